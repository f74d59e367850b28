/** Caps requests in flight and, optionally, requests started per second. */
export interface Limiter {
  /** Waits for a slot (rejecting when `signal` aborts first) and returns its release. */
  acquire(signal?: AbortSignal): Promise<() => void>;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (ms <= 0) return resolve();
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });

export { sleep };

/**
 * A limiter of `concurrency` requests in flight, each start spaced at least 1/`ratePerSecond` seconds after the
 * previous one (`--rate-limit`).
 */
export function createLimiter(concurrency: number, ratePerSecond?: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  let nextStart = 0;
  const interval = ratePerSecond && ratePerSecond > 0 ? 1000 / ratePerSecond : 0;
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async acquire(signal) {
      if (active >= concurrency) {
        await new Promise<void>((resolve, reject) => {
          const go = () => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          };
          const onAbort = () => {
            const index = waiting.indexOf(go);
            if (index >= 0) waiting.splice(index, 1);
            reject(signal?.reason);
          };
          waiting.push(go);
          signal?.addEventListener("abort", onAbort, { once: true });
        });
      }
      active++;
      if (interval) {
        const now = Date.now();
        const start = Math.max(now, nextStart);
        nextStart = start + interval;
        try {
          await sleep(start - now, signal);
        } catch (error) {
          release();
          throw error;
        }
      }
      let released = false;
      return () => {
        if (!released) {
          released = true;
          release();
        }
      };
    },
  };
}

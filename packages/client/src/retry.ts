import { discard, type Fetch } from "./fetch.ts";
import { retryAfterMs } from "./retry-after.ts";

/** When and how long to wait before sending a request again after 429 `rate-limited` or 503 `service-unavailable`. */
export interface RetryOptions {
  /** Retries after the first attempt; 3 when absent. */
  readonly retries?: number;
  /** The backoff before the first retry when the platform gives no `Retry-After`; doubled for each retry. 250 ms. */
  readonly baseDelayMs?: number;
  /**
   * The cap: no backoff is longer, and a `Retry-After` longer than this is not waited for (the 429 or 503 is
   * returned instead). 30 s.
   */
  readonly maxDelayMs?: number;
  /** For tests: the source of jitter, in [0, 1). */
  readonly random?: () => number;
  /** For tests: how the client waits. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** For tests: the clock an HTTP-date `Retry-After` is read against, in epoch milliseconds. */
  readonly now?: () => number;
}

/** Statuses that say "not now": the request was not processed and may be sent again later. */
const RETRYABLE_STATUSES = new Set([429, 503]);
/** Methods whose repetition has the same effect as one request (RFC 9110 section 9.2.2). */
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** Whether a request may be sent again: idempotent by its method, or made so by the caller's idempotency key. */
export const replayable = (request: Request): boolean =>
  IDEMPOTENT_METHODS.has(request.method) || request.headers.has("idempotency-key");

/** Waits, unless the request is aborted first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", abort, { once: true });
  });
}

/**
 * The delay before retry number `attempt + 1`: the platform's `Retry-After` (at least that, plus up to one base
 * delay of jitter) or, without one, exponential backoff with full jitter — uniform in [0, min(cap, base × 2^attempt)).
 * Undefined when `Retry-After` asks for longer than the cap.
 */
export function retryDelay(response: Response, attempt: number, options: RetryOptions = {}): number | undefined {
  const base = options.baseDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  const asked = retryAfterMs(response.headers.get("retry-after"), (options.now ?? Date.now)());
  if (asked !== undefined) return asked > cap ? undefined : asked + random() * base;
  return random() * Math.min(cap, base * 2 ** attempt);
}

/**
 * Sends a request again after 429 or 503, waiting as `retryDelay` says, when it is safe to: GET, HEAD, OPTIONS, PUT
 * and DELETE always; POST and PATCH only when the caller gave an idempotency key (the `Idempotency-Key` header).
 * A write without one is sent exactly once, whatever the answer.
 */
export function withRetry(next: Fetch, options: RetryOptions = {}): Fetch {
  const retries = options.retries ?? 3;
  const wait = options.sleep ?? sleep;
  return async (request) => {
    if (!replayable(request)) return next(request);
    for (let attempt = 0; ; attempt++) {
      const response = await next(request.clone());
      if (attempt >= retries || !RETRYABLE_STATUSES.has(response.status)) return response;
      const delay = retryDelay(response, attempt, options);
      if (delay === undefined) return response;
      discard(response);
      await wait(delay, request.signal);
    }
  };
}

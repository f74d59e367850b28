import type { SentRequest } from "./recording-fetch.ts";

/** What replaying a list of requests took. */
export interface Replay {
  readonly wallMs: number;
  /** Responses by status; "fault" counts requests that got none (timeout, reset). */
  readonly statuses: Readonly<Record<string, number>>;
}

/**
 * Sends the requests again with plain fetch, in order, `concurrency` at a time, reading every response body whole:
 * what the same traffic costs with no harness around it.
 */
export async function replay(requests: readonly SentRequest[], concurrency: number): Promise<Replay> {
  const statuses: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      let status: string;
      try {
        const response = await fetch(request.url, {
          method: request.method,
          headers: request.headers,
          redirect: "manual",
          signal: AbortSignal.timeout(10_000),
          ...(request.body === undefined ? {} : { body: request.body }),
        });
        await response.arrayBuffer();
        status = String(response.status);
      } catch {
        status = "fault";
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { wallMs: performance.now() - started, statuses };
}

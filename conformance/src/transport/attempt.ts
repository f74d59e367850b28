import { decodeBody, recordedBody } from "./decode.ts";
import type { Exchange, RecordedExchange, RecordedRequest, TransportFault } from "./exchange.ts";
import type { Limiter } from "./limiter.ts";
import { readBody } from "./read-body.ts";

/** What one attempt needs from the client: its limits and its fetch. */
export interface AttemptLimits {
  readonly limiter: Limiter;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
}

/** One attempt's outcome: a response to judge, or a fault. Either way, the recorded exchange. */
export type Outcome =
  | { kind: "response"; exchange: Exchange; recorded: RecordedExchange }
  | { kind: "fault"; fault: TransportFault; message: string; recorded: RecordedExchange };

const headersOf = (headers: Headers) => {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
};

function networkMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message;
  return detail ? `${(error as Error).message} (${detail})` : (error as Error).message;
}

/** One attempt: fetch and read the body under one timeout, within the size limit. */
export async function attempt(
  limits: AttemptLimits,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signals: readonly AbortSignal[],
  request: RecordedRequest,
  attempt: number,
): Promise<Outcome> {
  const { timeoutMs, maxResponseBytes: limit } = limits;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  for (const signal of signals) {
    if (signal.aborted) controller.abort();
    else signal.addEventListener("abort", onAbort, { once: true });
  }
  const failed = (kind: TransportFault, message: string): Outcome => ({
    kind: "fault",
    fault: kind,
    message,
    recorded: { request, fault: { kind, message }, attempt, durationMs: elapsed() },
  });
  let release: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    release = await limits.limiter.acquire(controller.signal);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const response = await limits.fetch(url, {
      method,
      headers,
      redirect: "manual",
      signal: controller.signal,
      ...(body === undefined ? {} : { body }),
    });
    const responseHeaders = headersOf(response.headers);
    const read = await readBody(response.body, limit);
    if (read.tooLarge) {
      return failed("too-large", `the response body is larger than the limit of ${limit} bytes`);
    }
    const decoded = decodeBody(read.bytes, responseHeaders);
    const recorded: RecordedExchange = {
      request,
      response: {
        status: response.status,
        headers: responseHeaders,
        bytes: read.bytes.byteLength,
        ...(decoded.jsonError === undefined ? {} : { jsonError: decoded.jsonError }),
        ...(decoded.text ? { body: recordedBody(decoded.text, decoded.json) } : {}),
      },
      attempt,
      durationMs: elapsed(),
    };
    return {
      kind: "response",
      exchange: { response: { status: response.status, headers: responseHeaders, ...decoded }, recorded },
      recorded,
    };
  } catch (error) {
    if (timedOut) return failed("timeout", `no complete response within ${timeoutMs} ms`);
    if (controller.signal.aborted) return failed("aborted", "the request was abandoned: the run's deadline passed");
    return failed("network", `the connection failed: ${networkMessage(error)}`);
  } finally {
    clearTimeout(timer);
    release?.();
    for (const signal of signals) signal.removeEventListener("abort", onAbort);
  }
}

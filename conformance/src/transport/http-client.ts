import { attempt } from "./attempt.ts";
import type { Exchange, RecordedExchange, RecordedRequest, TransportFault } from "./exchange.ts";
import { createLimiter, type Limiter, sleep } from "./limiter.ts";
import { isIdempotent, isRetryableStatus, retryDelay } from "./retry.ts";
import { TransportError } from "./transport-error.ts";

/** How the suite talks to a platform: bounded in time, size, concurrency and rate. */
export interface TransportOptions {
  /** The platform's base URL: request paths are appended to it. */
  readonly baseUrl: string;
  /** Per-request timeout, covering the whole body (default 10 s). */
  readonly timeoutMs?: number;
  /** The largest response body read (default 8 MiB); a larger one is a `too-large` fault. */
  readonly maxResponseBytes?: number;
  /** Requests in flight at once (default 4). */
  readonly concurrency?: number;
  /** Requests started per second, at most (`--rate-limit`); unlimited when absent. */
  readonly rateLimit?: number;
  /** Retries of an idempotent request after a network fault, 429 or 503 (default 2). */
  readonly retries?: number;
  /** The longest wait before a retry, whatever Retry-After says (default 5 s). */
  readonly maxRetryDelayMs?: number;
  /** Same-origin redirects followed (default 3); a redirect to another origin is never followed. */
  readonly maxRedirects?: number;
  /** Origins besides the base URL's that requests may go to (the token endpoint's). */
  readonly allowedOrigins?: readonly string[];
  /** Aborts every request: the run's deadline. */
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
  readonly userAgent?: string;
}

/** One request of a check. */
export interface HttpRequest {
  readonly method?: string;
  /** A path under the base URL (`/health`), or an absolute URL on an allowed origin. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | readonly string[]>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON body, serialised, with Content-Type application/json unless the headers say otherwise. */
  readonly json?: unknown;
  /** A body sent exactly as given. */
  readonly body?: string;
  /** `false`: never retry, even an idempotent request (a check that must see a 429 itself). */
  readonly retry?: boolean;
  /** `false`: return a same-origin 3xx as it is instead of following it. */
  readonly followRedirects?: boolean;
  readonly signal?: AbortSignal;
}

/** Sends requests to one platform and records every exchange. */
export interface HttpClient {
  readonly baseUrl: string;
  /** The response; throws TransportError (with the recorded exchange) when there is none to read. */
  request(request: HttpRequest): Promise<Exchange>;
  /** The same client (same limits) reporting its exchanges to `observer` and aborting on `signal`. */
  observed(observer: (exchange: RecordedExchange) => void, signal?: AbortSignal): HttpClient;
}

const DEFAULTS = {
  timeoutMs: 10_000,
  maxResponseBytes: 8 * 1024 * 1024,
  concurrency: 4,
  retries: 2,
  maxRetryDelayMs: 5_000,
  maxRedirects: 3,
};

interface Shared {
  readonly options: TransportOptions;
  readonly limiter: Limiter;
  readonly origins: ReadonlySet<string>;
  readonly fetch: typeof fetch;
}

/** A fetch wrapper that turns every way a platform can misbehave into a recorded response or a recorded fault. */
export function createHttpClient(options: TransportOptions): HttpClient {
  const base = new URL(options.baseUrl);
  const shared: Shared = {
    options,
    limiter: createLimiter(options.concurrency ?? DEFAULTS.concurrency, options.rateLimit),
    origins: new Set([base.origin, ...(options.allowedOrigins ?? []).map((url) => new URL(url).origin)]),
    fetch: options.fetch ?? fetch,
  };
  return client(shared, () => {}, undefined);
}

function client(shared: Shared, observer: (exchange: RecordedExchange) => void, signal?: AbortSignal): HttpClient {
  const baseUrl = shared.options.baseUrl.replace(/\/+$/, "");
  return {
    baseUrl,
    observed: (next, nextSignal) =>
      client(
        shared,
        (exchange) => {
          observer(exchange);
          next(exchange);
        },
        nextSignal ?? signal,
      ),
    request: (request) => send(shared, baseUrl, request, observer, signal),
  };
}

function targetUrl(baseUrl: string, request: HttpRequest): URL {
  const url = /^https?:\/\//i.test(request.path) ? new URL(request.path) : new URL(`${baseUrl}${request.path}`);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    for (const item of typeof value === "string" ? [value] : value) url.searchParams.append(name, item);
  }
  return url;
}

async function send(
  shared: Shared,
  baseUrl: string,
  request: HttpRequest,
  observer: (exchange: RecordedExchange) => void,
  checkSignal: AbortSignal | undefined,
): Promise<Exchange> {
  const { options } = shared;
  let method = (request.method ?? "GET").toUpperCase();
  const headers: Record<string, string> = {
    accept: "application/json, application/problem+json",
    "user-agent": options.userAgent ?? "lds-conformance",
  };
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  let body = request.body;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers["content-type"] ??= "application/json";
  }
  let url = targetUrl(baseUrl, request);
  const retries = request.retry === false || !isIdempotent(method) ? 0 : (options.retries ?? DEFAULTS.retries);
  const signals = [options.signal, checkSignal, request.signal].filter((s): s is AbortSignal => s !== undefined);
  let redirects = 0;
  let attemptNumber = 1;
  for (;;) {
    const recordedRequest: RecordedRequest = {
      method,
      url: url.href,
      headers,
      ...(body === undefined ? {} : { body: parseMaybe(body) }),
    };
    if (!shared.origins.has(url.origin)) {
      throw fault("off-host", `refused to send a request to ${url.origin}, which is not the platform's`, {
        request: recordedRequest,
        attempt: attemptNumber,
        durationMs: 0,
      });
    }
    const limits = {
      limiter: shared.limiter,
      fetch: shared.fetch,
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      maxResponseBytes: options.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
    };
    const outcome = await attempt(limits, url, method, headers, body, signals, recordedRequest, attemptNumber);
    observer(outcome.recorded);
    if (outcome.kind === "fault") {
      const retryable = outcome.fault === "network" && attemptNumber <= retries;
      if (!retryable) throw new TransportError(outcome.fault, outcome.message, outcome.recorded);
      await wait(retryDelay(undefined, 250 * 2 ** (attemptNumber - 1), maxDelay(options)), signals, outcome.recorded);
      attemptNumber++;
      continue;
    }
    const { exchange } = outcome;
    const { status } = exchange.response;
    if (isRetryableStatus(status) && attemptNumber <= retries) {
      const delay = retryDelay(
        exchange.response.headers["retry-after"],
        500 * 2 ** (attemptNumber - 1),
        maxDelay(options),
      );
      await wait(delay, signals, exchange.recorded);
      attemptNumber++;
      continue;
    }
    const location = exchange.response.headers.location;
    if (status >= 300 && status < 400 && location !== undefined && request.followRedirects !== false) {
      const next = new URL(location, url);
      if (next.origin !== url.origin) {
        throw new TransportError(
          "redirect-off-host",
          `the platform redirected to another origin (${next.origin}); the suite never follows a redirect off-host`,
          exchange.recorded,
        );
      }
      if (++redirects > (options.maxRedirects ?? DEFAULTS.maxRedirects)) {
        throw new TransportError("too-many-redirects", `more than ${redirects - 1} redirects`, exchange.recorded);
      }
      if (status === 303 || ((status === 301 || status === 302) && method === "POST")) {
        method = "GET";
        body = undefined;
        delete headers["content-type"];
      }
      url = next;
      continue;
    }
    return exchange;
  }
}

const maxDelay = (options: TransportOptions) => options.maxRetryDelayMs ?? DEFAULTS.maxRetryDelayMs;

function fault(kind: TransportFault, message: string, partial: Omit<RecordedExchange, "fault">): TransportError {
  return new TransportError(kind, message, { ...partial, fault: { kind, message } });
}

async function wait(ms: number, signals: readonly AbortSignal[], recorded: RecordedExchange): Promise<void> {
  try {
    await sleep(ms, signals.length ? AbortSignal.any([...signals]) : undefined);
  } catch {
    throw new TransportError("aborted", "the run's deadline passed while waiting to retry", recorded);
  }
}

function parseMaybe(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

import { LdsTransportError } from "./errors.ts";

/** The one thing the client needs of HTTP: a request in, a response out. `globalThis.fetch` is one. */
export type Fetch = (request: Request) => Promise<Response>;

/**
 * The bottom layer: the injected fetch (or the global one, looked up on each call so that msw and other interceptors
 * installed later are seen), with network faults thrown as LdsTransportError. A cancelled request rethrows the
 * reason it was aborted with.
 */
export function transportFetch(fetch?: Fetch): Fetch {
  return async (request) => {
    try {
      return await (fetch ?? globalThis.fetch)(request);
    } catch (cause) {
      if (request.signal.aborted) throw request.signal.reason;
      if (cause instanceof LdsTransportError) throw cause;
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new LdsTransportError(`${request.method} ${request.url} failed: ${reason}`, { cause });
    }
  };
}

/** Lets go of a response that will not be read; not awaited, since some bodies never settle a cancel. */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

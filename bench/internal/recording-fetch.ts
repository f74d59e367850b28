/** A request as sent: enough to send it again. */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** A fetch that records every request it sends, and how long at least one request was waiting for a response. */
export interface RecordingFetch {
  readonly fetch: typeof fetch;
  readonly sent: readonly SentRequest[];
  /** Milliseconds during which at least one request was sent and its response headers not yet received. */
  waitingMs(): number;
  /** The most requests in flight at once. */
  maxInFlight(): number;
  /** The integral of requests in flight over time, in request-milliseconds: divided by wall time, the mean. */
  inFlightMs(): number;
}

/** Wraps the global fetch; requests must be sent with string bodies (the conformance transport's). */
export function recordingFetch(): RecordingFetch {
  const sent: SentRequest[] = [];
  let inFlight = 0;
  let most = 0;
  let waiting = 0;
  let integral = 0;
  let since = 0;
  const change = (by: number) => {
    const now = performance.now();
    if (inFlight > 0) waiting += now - since;
    integral += inFlight * (now - since);
    since = now;
    inFlight += by;
    most = Math.max(most, inFlight);
  };
  const recording = async (input: string | URL | Request, init: RequestInit = {}) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    if (init.body !== undefined && init.body !== null && typeof init.body !== "string")
      throw new TypeError("the recording fetch sends string bodies only");
    const url = input instanceof Request ? input.url : String(input);
    sent.push({
      method: init.method ?? "GET",
      url,
      headers,
      ...(typeof init.body === "string" ? { body: init.body } : {}),
    });
    change(1);
    try {
      return await fetch(input, init);
    } finally {
      change(-1);
    }
  };
  return {
    fetch: recording as typeof fetch,
    sent,
    waitingMs: () => waiting,
    maxInFlight: () => most,
    inFlightMs: () => integral,
  };
}

/** A request as the suite sent it, for evidence. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as sent: parsed JSON when it was JSON, else text. */
  readonly body?: unknown;
}

/** A response as the suite received it, for evidence. */
export interface RecordedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON when the body parsed, else its text (truncated). */
  readonly body?: unknown;
  /** Why the body did not parse as JSON, when it claimed to be JSON or was expected to be. */
  readonly jsonError?: string;
  readonly bytes: number;
}

/** Kinds of transport fault: each ends the exchange without a usable response. */
export type TransportFault =
  | "timeout"
  | "network"
  | "too-large"
  | "redirect-off-host"
  | "too-many-redirects"
  | "off-host"
  | "aborted";

/** One request and what came of it: a response, or a transport fault. */
export interface RecordedExchange {
  readonly request: RecordedRequest;
  readonly response?: RecordedResponse;
  readonly fault?: { readonly kind: TransportFault; readonly message: string };
  /** Which attempt this was (1 unless retried). */
  readonly attempt: number;
  readonly durationMs: number;
}

/** A response the checks read: status, lower-case headers, the text, and the JSON when it parsed. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** The parsed body; undefined when it is empty or not JSON (see `jsonError`). */
  readonly json: unknown;
  readonly jsonError?: string;
  /** The media type of Content-Type, lower case, without parameters. */
  readonly mediaType: string | undefined;
}

/** A completed exchange: what the check reads, and what the evidence records. */
export interface Exchange {
  readonly response: HttpResponse;
  readonly recorded: RecordedExchange;
}

import type { RecordedExchange } from "../transport/exchange.ts";
import { redact, redactHeaders, redactString } from "./redact.ts";

/** The most of a body's text a report keeps for one exchange. */
export const EVIDENCE_TEXT_LIMIT = 4096;

function truncate(value: unknown): unknown {
  if (typeof value === "string") {
    return value.length > EVIDENCE_TEXT_LIMIT
      ? `${value.slice(0, EVIDENCE_TEXT_LIMIT)}… [${value.length - EVIDENCE_TEXT_LIMIT} more characters]`
      : value;
  }
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text.length > EVIDENCE_TEXT_LIMIT * 4 ? truncate(text) : value;
}

const withBody = <T extends object>(target: T, body: unknown): T =>
  body === undefined ? target : { ...target, body: truncate(redact(body)) };

/** An exchange as a report shows it: personal data and secrets redacted, long bodies cut. */
export function evidenceExchange(exchange: RecordedExchange): RecordedExchange {
  const { request, response } = exchange;
  return {
    request: withBody(
      { method: request.method, url: redactString(request.url), headers: redactHeaders(request.headers) },
      request.body,
    ),
    ...(response
      ? {
          response: withBody(
            {
              status: response.status,
              headers: redactHeaders(response.headers),
              bytes: response.bytes,
              ...(response.jsonError === undefined ? {} : { jsonError: response.jsonError }),
            },
            response.body,
          ),
        }
      : {}),
    ...(exchange.fault ? { fault: exchange.fault } : {}),
    attempt: exchange.attempt,
    durationMs: exchange.durationMs,
  };
}

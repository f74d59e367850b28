import type { HttpResponse } from "./exchange.ts";

/** The most of a body's text kept in a recorded exchange. */
export const RECORDED_TEXT_LIMIT = 64 * 1024;

const JSON_MEDIA = /^application\/(?:[\w.-]+\+)?json$/;

/** The media type of a Content-Type header: lower case, without parameters. */
export const mediaTypeOf = (contentType: string | undefined) =>
  contentType?.split(";", 1)[0]?.trim().toLowerCase() || undefined;

/**
 * A response body as the checks read it: UTF-8 text and, when it parses, its JSON. A body that is not UTF-8, or
 * claims to be JSON and is not, is recorded as such (`jsonError`) rather than thrown.
 */
export function decodeBody(
  bytes: Uint8Array,
  headers: Readonly<Record<string, string>>,
): Pick<HttpResponse, "text" | "json" | "jsonError" | "mediaType"> {
  const mediaType = mediaTypeOf(headers["content-type"]);
  let text: string;
  let jsonError: string | undefined;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("utf-8").decode(bytes);
    jsonError = "the body is not valid UTF-8";
  }
  let json: unknown;
  if (text.trim() && jsonError === undefined) {
    try {
      json = JSON.parse(text);
    } catch (error) {
      if (mediaType === undefined || JSON_MEDIA.test(mediaType)) {
        jsonError = `malformed JSON: ${(error as Error).message}`;
      }
    }
  }
  return { text, json, mediaType, ...(jsonError === undefined ? {} : { jsonError }) };
}

/** What a recorded exchange keeps of a body: the JSON, or the text cut to a limit. */
export function recordedBody(text: string, json: unknown): unknown {
  if (json !== undefined) return json;
  if (!text) return undefined;
  return text.length > RECORDED_TEXT_LIMIT
    ? `${text.slice(0, RECORDED_TEXT_LIMIT)}… [${text.length - RECORDED_TEXT_LIMIT} more characters]`
    : text;
}

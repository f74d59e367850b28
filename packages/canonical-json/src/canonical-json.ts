/**
 * The JSON Canonicalization Scheme (RFC 8785): the one serialisation of a JSON value that every audit chain verifier
 * recomputes (LDS-07-R10) and the bytes a conformance report's signature covers. Object members sorted by their names' UTF-16 code units, no whitespace, strings escaped and
 * numbers written exactly as ECMAScript's `JSON.stringify` writes them (RFC 8785 sections 3.2.2 and 3.2.3).
 */

/** A value RFC 8785 can serialise: I-JSON (RFC 7493) data. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [name: string]: JsonValue };

/** A value that has no RFC 8785 serialisation: a non-finite number, a lone surrogate, or a non-JSON type. */
export class CanonicalJsonError extends Error {
  override name = "CanonicalJsonError";
}

/** A UTF-16 surrogate without its partner: I-JSON strings are Unicode, so RFC 8785 section 3.2.2.2 rejects them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The string with every lone surrogate replaced by U+FFFD: text taken from elsewhere (a platform's response, a
 * generated case) made serialisable before it goes into a signed document.
 */
export const wellFormed = (text: string): string => text.replace(new RegExp(LONE_SURROGATE, "g"), "\uFFFD");

/** The RFC 8785 serialisation of a JSON value. Object members whose value is `undefined` are absent, as in JSON. */
export function canonicalize(value: unknown): string {
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    // ECMAScript Number::toString is exactly RFC 8785's number serialisation (section 3.2.2.3); -0 becomes 0.
    if (!Number.isFinite(value)) throw new CanonicalJsonError(`${value} is not a JSON number`);
    return JSON.stringify(value);
  }
  if (typeof value === "string") {
    if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError("a string holds a lone surrogate");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? "null" : canonicalize(item))).join(",")}]`;
  }
  if (typeof value === "object" && isPlain(value)) {
    const members = Object.entries(value as Record<string, unknown>).filter(([, member]) => member !== undefined);
    // The default sort compares UTF-16 code units, which is RFC 8785's order (section 3.2.3).
    members.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([name, member]) => `${canonicalize(name)}:${canonicalize(member)}`).join(",")}}`;
  }
  throw new CanonicalJsonError(`a ${typeof value} is not a JSON value`);
}

/** A plain object or one without a prototype: never a Date, Map or class instance, which JSON cannot carry. */
function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

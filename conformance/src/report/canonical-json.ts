/**
 * RFC 8785 JSON Canonicalization Scheme: members sorted by the UTF-16 code units of their names, no whitespace,
 * strings and numbers as ECMAScript serialises them (which is what RFC 8785 specifies). `undefined` members are
 * left out, as JSON.stringify leaves them out.
 *
 * The reference platform's audit hash chain (LDS-07) needs the same function; until one package owns it, this is
 * the conformance suite's copy.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`RFC 8785 has no form for ${value}`);
    return JSON.stringify(value);
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined || typeof item === "function" ? "null" : canonicalJson(item))).join(",")}]`;
  }
  if (typeof value === "object") {
    const toJSON = (value as { toJSON?: () => unknown }).toJSON;
    if (typeof toJSON === "function") return canonicalJson(toJSON.call(value));
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined && typeof item !== "function")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  throw new TypeError(`RFC 8785 has no form for a ${typeof value}`);
}

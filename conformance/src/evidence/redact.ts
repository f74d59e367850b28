import { nhsNumber, nino, upn } from "@lds/identifiers";

/**
 * Personal data and secrets out of evidence, keeping its shape so that it stays useful: a redacted value becomes
 * `[redacted:<what>]` in the same place. Synthetic personas are redacted too: evidence is published, and the
 * suite cannot tell a persona from a real person on a supplier's platform.
 */

/** LDS-01 systems whose values identify a person or their home (LDS-00-R16). */
const PERSON_SYSTEMS: ReadonlyMap<string, string> = new Map([
  ["https://fhir.nhs.uk/Id/nhs-number", "nhs-number"],
  ["urn:lds:id:upn", "upn"],
  ["urn:lds:id:nino", "nino"],
  ["urn:lds:id:postcode", "postcode"],
  ["urn:lds:id:uprn", "uprn"],
]);

/** Members whose values are names or birth dates of people. */
const PERSONAL_KEYS: ReadonlyMap<string, string> = new Map([
  ["given_name", "name"],
  ["family_name", "name"],
  ["given", "name"],
  ["family", "name"],
  ["full_name", "name"],
  ["birth_date", "birth-date"],
  ["date_of_birth", "birth-date"],
  ["expected_date_of_birth", "birth-date"],
]);

/** Members whose values are secrets, wherever they appear. */
const SECRET_KEYS = new Set([
  "client_secret",
  "access_token",
  "refresh_token",
  "id_token",
  "password",
  "secret",
  "d", // the private part of a JWK
]);

/** Headers that carry credentials. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);

const mark = (what: string) => `[redacted:${what}]`;

const NHS_LIKE = /(?<![\d])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])/g;
const NINO_LIKE = /(?<![A-Za-z0-9])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![A-Za-z0-9])/g;
const UPN_LIKE = /(?<![A-Za-z0-9])[A-Za-z]\d{11}[0-9A-Za-z](?![A-Za-z0-9])/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi;
const JWT = /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const FORM_SECRET = /\b(client_secret|access_token|refresh_token|password)=[^&\s]*/gi;

/** NHS numbers, NINOs and UPNs that pass their rules, tokens and form secrets, anywhere in a string. */
export function redactString(text: string): string {
  return text
    .replace(JWT, mark("token"))
    .replace(BEARER, (_, scheme: string) => `${scheme} ${mark("token")}`)
    .replace(FORM_SECRET, (_, key: string) => `${key}=${mark("secret")}`)
    .replace(NHS_LIKE, (match) => (nhsNumber.validate(match).valid ? mark("nhs-number") : match))
    .replace(NINO_LIKE, (match) => (nino.validate(match).valid ? mark("nino") : match))
    .replace(UPN_LIKE, (match) => (upn.validate(match).valid ? mark("upn") : match));
}

/** A name object `{given, family}` or a string, wholly redacted. */
const isPersonName = (value: unknown) =>
  value !== null &&
  typeof value === "object" &&
  !Array.isArray(value) &&
  Object.keys(value).some((key) => key === "given" || key === "family");

/** How deep evidence keeps structure: a hostile platform's deeply nested body is cut off, not recursed into. */
const MAX_DEPTH = 64;

/** Any JSON value with personal data and secrets replaced, structure kept (to a depth of 64). */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactString(value);
  if (value !== null && typeof value === "object" && depth >= MAX_DEPTH) return "[truncated: nested too deeply]";
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value === null || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  const system = typeof object.system === "string" ? PERSON_SYSTEMS.get(object.system) : undefined;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(object)) {
    if (system && key === "value" && item !== undefined && item !== null) out[key] = mark(system);
    else if (SECRET_KEYS.has(key) && typeof item === "string") out[key] = mark("secret");
    else if (PERSONAL_KEYS.has(key) && item !== undefined && item !== null) out[key] = mark(PERSONAL_KEYS.get(key)!);
    else if (key === "name" && isPersonName(item)) out[key] = mark("name");
    else out[key] = redact(item, depth + 1);
  }
  return out;
}

/** Headers with credentials redacted. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === "authorization" || lower === "proxy-authorization") {
      const scheme = /^\s*(\S+)\s+/.exec(value)?.[1];
      out[name] = scheme ? `${scheme} ${mark("token")}` : mark("token");
    } else out[name] = SECRET_HEADERS.has(lower) ? mark("secret") : redactString(value);
  }
  return out;
}

// The names of the identifier systems LDS-01 defines. Each name is also the JSON Schema `format`
// value that marks a string as that identifier, and `invalid-<name>` is its validation error code.

export const identifierNames = [
  "nhs-number",
  "upn",
  "nino",
  "postcode",
  "uprn",
  "usrn",
  "gss",
  "gss-local-authority",
  "ods",
  "dfe-urn",
] as const;

export type IdentifierName = (typeof identifierNames)[number];

export function isIdentifierName(value: unknown): value is IdentifierName {
  return typeof value === "string" && (identifierNames as readonly string[]).includes(value);
}

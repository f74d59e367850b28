// The JSON Schema 2020-12 vocabulary as this package reads it: schema values, JSON types, and which
// keywords hold subschemas (everything else is data or annotation).

/** A schema object; `true` accepts everything and `false` nothing. */
export type SchemaObject = Readonly<Record<string, unknown>>;
export type Schema = boolean | SchemaObject;

export const jsonTypes = ["null", "boolean", "object", "array", "number", "integer", "string"] as const;
export type JsonType = (typeof jsonTypes)[number];

/** Keywords whose value is one subschema. */
export const singleSubschemaKeywords = [
  "additionalProperties",
  "propertyNames",
  "items",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
] as const;

/** Keywords whose value is an array of subschemas. */
export const arraySubschemaKeywords = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;

/** Keywords whose value maps names to subschemas. */
export const mapSubschemaKeywords = [
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
] as const;

export function isSchemaObject(value: unknown): value is SchemaObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function isSchema(value: unknown): value is Schema {
  return typeof value === "boolean" || isSchemaObject(value);
}

/** The JSON type of a JSON value (`integer` for whole numbers), or undefined for what JSON cannot carry. */
export function jsonTypeOf(value: unknown): JsonType | undefined {
  if (value === null) return "null";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  if (typeof value === "number")
    return Number.isFinite(value) ? (Number.isInteger(value) ? "integer" : "number") : undefined;
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "object";
  return undefined;
}

/** Whether `value` is of JSON Schema type `type` (an integer is also a number). */
export function hasType(value: unknown, type: JsonType): boolean {
  const actual = jsonTypeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

/** JSON text with object members in sorted order: equal JSON values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** JSON Schema equality: numbers by value, objects regardless of member order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** Whether `value` is a member of `values` by JSON equality. */
export function includesJson(values: readonly unknown[], value: unknown): boolean {
  return values.some((candidate) => jsonEqual(candidate, value));
}

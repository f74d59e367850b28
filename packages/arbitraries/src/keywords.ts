// Reading keyword values: which keywords only annotate, typed access to values, and type intersection.
import { type JsonType, jsonTypes } from "./schema.ts";

/** Keywords that never constrain an instance. */
export const annotationKeywords: ReadonlySet<string> = new Set([
  "$id",
  "$schema",
  "$anchor",
  "$comment",
  "$defs",
  "definitions",
  "title",
  "description",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "contentMediaType",
  "contentEncoding",
  "x-mappings",
]);

/** Keywords read together with another one (then/else with if, minContains with contains, …). */
export const companionKeywords: ReadonlySet<string> = new Set([
  "then",
  "else",
  "minContains",
  "maxContains",
  "patternProperties",
  "additionalProperties",
]);

/** How deep `$ref` and `allOf` may nest in one node before it is taken for a cycle. */
export const maxNesting = 64;

/** The strings of an array keyword value (`required`, …). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

export function numberOr(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}

/** The types in `types` an instance of one of `allowed` can have. */
export function intersectTypes(types: Set<JsonType> | undefined, allowed: readonly JsonType[]): Set<JsonType> {
  const result = new Set<JsonType>();
  for (const type of types ?? jsonTypes) {
    if (allowed.includes(type) || (type === "integer" && allowed.includes("number"))) result.add(type);
    else if (type === "number" && allowed.includes("integer")) result.add("integer");
  }
  return result;
}

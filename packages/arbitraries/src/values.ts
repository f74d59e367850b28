// Nodes with finitely many values (const, enum, oneOf of consts, booleans): one of them; near misses just
// outside them.
import * as fc from "fast-check";
import { type Candidate, mutated } from "./mutation.ts";
import type { Built } from "./node-context.ts";
import { includesJson, isSchemaObject } from "./schema.ts";
import type { Shape } from "./shape.ts";

export function valuesArbitrary(values: readonly unknown[], shape: Shape): Built {
  const scalars = values.every((value) => value === null || typeof value !== "object");
  return {
    arbitrary: fc.constantFrom(...values),
    // Formats are not checked when values are collected, nor object and array keywords.
    exact: scalars && shape.formats.length === 0,
  };
}

/** Values like the allowed ones that are not among them. */
function outsiders(values: readonly unknown[]): unknown[] {
  const candidates = values.flatMap((value): unknown[] => {
    if (typeof value === "string") return [`${value}-x`, value.toUpperCase(), ` ${value}`, value.slice(0, -1)];
    if (typeof value === "number") return [value + 1, value - 1];
    if (typeof value === "boolean") return [!value];
    if (Array.isArray(value)) return [[...value, null]];
    if (isSchemaObject(value)) return [{ ...value, unexpected: true }];
    return [];
  });
  const unique: unknown[] = [];
  for (const candidate of candidates) {
    if (!includesJson(values, candidate) && !includesJson(unique, candidate)) unique.push(candidate);
  }
  return unique;
}

export function valuesMutations(values: readonly unknown[]): fc.Arbitrary<Candidate>[] {
  const others = outsiders(values);
  return others.length ? [fc.constantFrom(...others).map((value) => mutated(value, "not-allowed-value"))] : [];
}

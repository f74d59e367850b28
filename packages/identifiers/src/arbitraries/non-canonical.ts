// Non-canonical spellings of valid identifiers: what a person or another system might type, which
// LDS-01-R02 canonicalises back to `canonical`.
import * as fc from "fast-check";
import { asciiWhitespace } from "../normalise.ts";
import { charFrom } from "./characters.ts";

export type NonCanonical = { value: string; canonical: string };

/** `value` with runs of characters of `separators` (mostly none) inserted before, between and after its characters. */
export function separated(value: string, separators: string): fc.Arbitrary<string> {
  const gap = fc.oneof(
    { weight: 4, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: fc.string({ unit: charFrom(separators), minLength: 1, maxLength: 2 }) },
  );
  const units = [...value];
  return fc
    .array(gap, { minLength: units.length + 1, maxLength: units.length + 1 })
    .map((gaps) => `${gaps[0]}${units.map((unit, index) => `${unit}${gaps[index + 1]}`).join("")}`);
}

/**
 * For each canonical value from `valid`, a spelling from `spellings(canonical)` (which may return the canonical value
 * itself) with ASCII whitespace, or the other `separators` LDS-01-R02 removes, inserted anywhere; never the canonical
 * value itself.
 */
export function nonCanonicalOf(
  valid: fc.Arbitrary<string>,
  spellings: (canonical: string) => fc.Arbitrary<string>,
  separators = asciiWhitespace,
): fc.Arbitrary<NonCanonical> {
  return valid
    .chain((canonical) =>
      spellings(canonical)
        .chain((spelling) => separated(spelling, separators))
        .map((value) => ({ value, canonical })),
    )
    .filter(({ value, canonical }) => value !== canonical);
}

/** `value` with a random subset of its ASCII letters in lower case. */
export function mixedCase(value: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: value.length, maxLength: value.length })
    .map((lower) => [...value].map((char, index) => (lower[index] === true ? char.toLowerCase() : char)).join(""));
}

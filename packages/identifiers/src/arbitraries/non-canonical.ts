// Non-canonical spellings of valid identifiers: what a person or another system might type, which
// validates and canonicalises to `canonical`.
import * as fc from "fast-check";

export type NonCanonical = { value: string; canonical: string };

const outerWhitespace = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0"), maxLength: 3 });

/**
 * For each canonical value from `valid`, a spelling from `spellings(canonical)` (which may return
 * the canonical value itself) with optional outer whitespace; never the canonical value itself.
 */
export function nonCanonicalOf(
  valid: fc.Arbitrary<string>,
  spellings: (canonical: string) => fc.Arbitrary<string>,
): fc.Arbitrary<NonCanonical> {
  return valid
    .chain((canonical) =>
      fc
        .tuple(outerWhitespace, spellings(canonical), outerWhitespace)
        .map(([before, body, after]) => ({ value: `${before}${body}${after}`, canonical })),
    )
    .filter(({ value, canonical }) => value !== canonical);
}

/** `value` with a random subset of its ASCII letters in lower case. */
export function mixedCase(value: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: value.length, maxLength: value.length })
    .map((lower) => [...value].map((char, index) => (lower[index] === true ? char.toLowerCase() : char)).join(""));
}

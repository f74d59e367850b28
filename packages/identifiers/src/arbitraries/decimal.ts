// Generators for whole-number identifiers in a range (UPRN, USRN, DfE URN): valid (canonical),
// near misses (invalid by construction) and non-canonical spellings.
import * as fc from "fast-check";
import type { DecimalRange } from "../decimal-identifier.ts";
import { charFrom, digits } from "./characters.ts";
import { withForeignCharacter } from "./foreign-character.ts";
import { type NonCanonical, nonCanonicalOf } from "./non-canonical.ts";

export function validDecimal(range: DecimalRange): fc.Arbitrary<string> {
  return fc.bigInt({ min: range.min, max: range.max }).map(String);
}

export function nearMissDecimal(range: DecimalRange): fc.Arbitrary<string> {
  const valid = validDecimal(range);
  return fc.oneof(
    fc.bigInt({ min: 0n, max: range.min - 1n }).map(String),
    fc.bigInt({ min: range.max + 1n, max: range.max * 1000n }).map(String),
    fc.integer({ min: 1, max: 4 }).map((count) => "0".repeat(count)),
    fc.tuple(charFrom("+-"), valid).map(([sign, value]) => `${sign}${value}`),
    valid.map((value) => `${value}.0`),
    fc.tuple(valid, digits(1)).map(([value, exponent]) => `${value}e${exponent}`),
    // A grouping character LDS-01-R02 does not remove ("1,000", a non-breaking space, …).
    withForeignCharacter(valid),
  );
}

/** Valid values with leading zeros, and ASCII whitespace anywhere (LDS-01-R02). */
export function nonCanonicalDecimal(range: DecimalRange): fc.Arbitrary<NonCanonical> {
  return nonCanonicalOf(validDecimal(range), (value) =>
    fc.integer({ min: 0, max: 4 }).map((zeros) => `${"0".repeat(zeros)}${value}`),
  );
}

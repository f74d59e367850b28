// Generators of ODS codes: valid (canonical), near misses (invalid by construction) and
// non-canonical spellings.
import * as fc from "fast-check";
import { asciiLetters, charFrom, decimalDigits } from "./characters.ts";
import { withForeignCharacter } from "./foreign-character.ts";
import { mixedCase, type NonCanonical, nonCanonicalOf } from "./non-canonical.ts";

const alphanumeric = charFrom(`${asciiLetters}${decimalDigits}`);

/** Valid ODS codes in canonical form: 1 to 9 upper-case letters and digits. */
export function validOds(): fc.Arbitrary<string> {
  return fc.string({ unit: alphanumeric, minLength: 1, maxLength: 9 });
}

/** Strings that are close to ODS codes but are not valid ones. */
export function nearMissOds(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: alphanumeric, minLength: 10, maxLength: 12 }),
    fc.tuple(validOds(), fc.nat(), charFrom("-*é")).map(([value, at, bad]) => {
      const index = at % (value.length + 1);
      return `${value.slice(0, index)}${bad}${value.slice(index)}`;
    }),
    withForeignCharacter(validOds()),
  );
}

/** Valid ODS codes in mixed case, with ASCII whitespace anywhere (LDS-01-R02). */
export function nonCanonicalOds(): fc.Arbitrary<NonCanonical> {
  return nonCanonicalOf(validOds(), mixedCase);
}

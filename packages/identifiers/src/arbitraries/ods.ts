// Generators of ODS codes: valid (canonical), near misses (invalid by construction) and
// non-canonical spellings.
import * as fc from "fast-check";
import { asciiLetters, charFrom, decimalDigits } from "./characters.ts";
import { mixedCase, type NonCanonical, nonCanonicalOf } from "./non-canonical.ts";

const alphanumeric = charFrom(`${asciiLetters}${decimalDigits}`);

/** Valid ODS codes in canonical form: 3 to 9 upper-case letters and digits. */
export function validOds(): fc.Arbitrary<string> {
  return fc.string({ unit: alphanumeric, minLength: 3, maxLength: 9 });
}

/** Strings that are close to ODS codes but are not valid ones. */
export function nearMissOds(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: alphanumeric, minLength: 1, maxLength: 2 }),
    fc.string({ unit: alphanumeric, minLength: 10, maxLength: 12 }),
    fc.tuple(validOds(), fc.nat(), charFrom("-_./*é")).map(([value, at, bad]) => {
      const index = at % (value.length + 1);
      return `${value.slice(0, index)}${bad}${value.slice(index)}`;
    }),
  );
}

/** Valid ODS codes in mixed case, or with outer whitespace. */
export function nonCanonicalOds(): fc.Arbitrary<NonCanonical> {
  return nonCanonicalOf(validOds(), mixedCase);
}

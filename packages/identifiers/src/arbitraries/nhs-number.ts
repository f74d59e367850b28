// Generators of NHS numbers: valid (canonical), near misses (invalid by construction) and
// non-canonical spellings.
import * as fc from "fast-check";
import { nhsNumberCheckValue } from "../nhs-number.ts";
import { asciiWhitespace } from "../normalise.ts";
import { asciiLetters, charFrom, digits, replaceAt } from "./characters.ts";
import { withForeignCharacter } from "./foreign-character.ts";
import { type NonCanonical, nonCanonicalOf } from "./non-canonical.ts";

const repeated = /^(\d)\1{9}$/;

/** Valid NHS numbers in canonical form (10 digits). */
export function validNhsNumber(): fc.Arbitrary<string> {
  return digits(9)
    .filter((firstNine) => nhsNumberCheckValue(firstNine) !== 10)
    .map((firstNine) => `${firstNine}${nhsNumberCheckValue(firstNine)}`)
    .filter((value) => !repeated.test(value));
}

const position = fc.integer({ min: 0, max: 9 });

/** Strings that are close to NHS numbers but are not valid ones. */
export function nearMissNhsNumber(): fc.Arbitrary<string> {
  const valid = validNhsNumber();
  return fc.oneof(
    // One digit substituted: modulus 11 with weights 10…1 detects every single substitution.
    fc
      .tuple(valid, position, fc.integer({ min: 1, max: 9 }))
      .map(([value, index, delta]) => replaceAt(value, index, String((Number(value[index]) + delta) % 10))),
    // Two different adjacent digits swapped: also always detected.
    fc
      .tuple(valid, fc.integer({ min: 0, max: 8 }))
      .filter(([value, index]) => value[index] !== value[index + 1])
      .map(([value, index]) => `${value.slice(0, index)}${value[index + 1]}${value[index]}${value.slice(index + 2)}`),
    // First nine digits whose check value is 10, with any final digit.
    fc
      .tuple(
        digits(9).filter((firstNine) => nhsNumberCheckValue(firstNine) === 10),
        digits(1),
      )
      .map(([firstNine, last]) => `${firstNine}${last}`),
    // Ten identical digits.
    digits(1).map((digit) => digit.repeat(10)),
    // A digit dropped or added.
    fc.tuple(valid, position).map(([value, index]) => `${value.slice(0, index)}${value.slice(index + 1)}`),
    fc.tuple(valid, digits(1)).map(([value, extra]) => `${value}${extra}`),
    // A letter in place of a digit.
    fc.tuple(valid, position, charFrom(asciiLetters)).map(([value, index, letter]) => replaceAt(value, index, letter)),
    // A separator LDS-01-R02 does not remove: a dot, a non-breaking space, …
    withForeignCharacter(valid),
  );
}

/**
 * Valid NHS numbers spelt as people write them (3-3-4 groups split by spaces or hyphens) or not, with ASCII whitespace
 * and hyphens anywhere (LDS-01-R02).
 */
export function nonCanonicalNhsNumber(): fc.Arbitrary<NonCanonical> {
  return nonCanonicalOf(
    validNhsNumber(),
    (value) => {
      const [a, b, c] = [value.slice(0, 3), value.slice(3, 6), value.slice(6)];
      return fc.constantFrom(value, `${a} ${b} ${c}`, `${a}-${b}-${c}`);
    },
    `${asciiWhitespace}-`,
  );
}

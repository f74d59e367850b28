// Generators of Unique Pupil Numbers: valid (canonical), near misses (invalid by construction) and
// non-canonical spellings.
import * as fc from "fast-check";
import { upnAlphabet, upnCheckLetter } from "../upn.ts";
import { asciiLetters, charFrom, digits, replaceAt } from "./characters.ts";
import { withForeignCharacter } from "./foreign-character.ts";
import { mixedCase, type NonCanonical, nonCanonicalOf } from "./non-canonical.ts";

/** Characters 2 to 13 of a UPN: 11 digits, then a digit (permanent) or a letter (temporary). */
export function upnBody(): fc.Arbitrary<string> {
  const last = fc.oneof({ arbitrary: digits(1), weight: 3 }, { arbitrary: charFrom(upnAlphabet), weight: 1 });
  return fc.tuple(digits(11), last).map(([digitPart, final]) => `${digitPart}${final}`);
}

/** Valid UPNs in canonical form (upper case). */
export function validUpn(): fc.Arbitrary<string> {
  return upnBody().map((body) => `${upnCheckLetter(body)}${body}`);
}

const bodyDigit = fc.integer({ min: 1, max: 11 });

/** Strings that are close to UPNs but are not valid ones. */
export function nearMissUpn(): fc.Arbitrary<string> {
  const valid = validUpn();
  return fc.oneof(
    // Another check letter (I, O and S included).
    fc
      .tuple(valid, charFrom(asciiLetters))
      .filter(([value, letter]) => value[0] !== letter)
      .map(([value, letter]) => replaceAt(value, 0, letter)),
    // One of digits 2 to 12 substituted: weights 2…12 and 23 is prime, so always detected.
    fc
      .tuple(valid, bodyDigit, fc.integer({ min: 1, max: 9 }))
      .map(([value, index, delta]) => replaceAt(value, index, String((Number(value[index]) + delta) % 10))),
    // A letter among characters 2 to 12.
    fc.tuple(valid, bodyDigit, charFrom(asciiLetters)).map(([value, index, letter]) => replaceAt(value, index, letter)),
    // Temporary UPN ending in I, O or S.
    fc
      .tuple(charFrom(upnAlphabet), digits(11), charFrom("IOS"))
      .map(([check, middle, last]) => `${check}${middle}${last}`),
    // A character dropped or a digit added.
    fc
      .tuple(valid, fc.integer({ min: 0, max: 12 }))
      .map(([value, index]) => `${value.slice(0, index)}${value.slice(index + 1)}`),
    fc.tuple(valid, digits(1)).map(([value, extra]) => `${value}${extra}`),
    withForeignCharacter(valid),
  );
}

/** Valid UPNs in mixed case, with ASCII whitespace anywhere (LDS-01-R02). */
export function nonCanonicalUpn(): fc.Arbitrary<NonCanonical> {
  return nonCanonicalOf(validUpn(), mixedCase);
}

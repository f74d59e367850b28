// Generators of National Insurance numbers: valid (canonical), near misses (invalid by
// construction) and non-canonical spellings.
import * as fc from "fast-check";
import {
  ninoAdministrativePrefixes,
  ninoNeverFirst,
  ninoNeverSecond,
  ninoSuffixes,
  ninoUnusedPrefixes,
} from "../nino.ts";
import { asciiLetters, charFrom, digits, lettersExcept } from "./characters.ts";
import { withForeignCharacter } from "./foreign-character.ts";
import { mixedCase, type NonCanonical, nonCanonicalOf } from "./non-canonical.ts";

const excludedPrefixes: readonly string[] = [...ninoUnusedPrefixes, ...ninoAdministrativePrefixes];
const firstLetter = charFrom(lettersExcept(ninoNeverFirst));
const secondLetter = charFrom(lettersExcept(ninoNeverSecond));
const suffix = charFrom(ninoSuffixes);

function validPrefix(): fc.Arbitrary<string> {
  return fc
    .tuple(firstLetter, secondLetter)
    .map(([first, second]) => `${first}${second}`)
    .filter((prefix) => !excludedPrefixes.includes(prefix));
}

function assemble(parts: fc.Arbitrary<readonly string[]>): fc.Arbitrary<string> {
  return parts.map((strings) => strings.join(""));
}

/** Valid NINOs in canonical form (upper case, no spaces). */
export function validNino(): fc.Arbitrary<string> {
  return assemble(fc.tuple(validPrefix(), digits(6), suffix));
}

/** Strings that are close to NINOs but are not valid ones. */
export function nearMissNino(): fc.Arbitrary<string> {
  return fc.oneof(
    assemble(fc.tuple(fc.constantFrom(...excludedPrefixes), digits(6), suffix)),
    assemble(fc.tuple(charFrom(ninoNeverFirst), secondLetter, digits(6), suffix)),
    assemble(fc.tuple(firstLetter, charFrom(ninoNeverSecond), digits(6), suffix)),
    assemble(fc.tuple(validPrefix(), digits(6), charFrom(lettersExcept(ninoSuffixes)))),
    assemble(fc.tuple(validPrefix(), fc.oneof(digits(5), digits(7)), suffix)),
    // Suffix missing.
    assemble(fc.tuple(validPrefix(), digits(6))),
    // A Temporary Reference Number: "11 a1 11 11".
    assemble(fc.tuple(digits(2), charFrom(asciiLetters), digits(5))),
    withForeignCharacter(validNino()),
  );
}

/** Valid NINOs in mixed case, spaced as "AB 12 34 56 C" or not, with ASCII whitespace anywhere (LDS-01-R02). */
export function nonCanonicalNino(): fc.Arbitrary<NonCanonical> {
  return nonCanonicalOf(validNino(), (value) => {
    const spaced = `${value.slice(0, 2)} ${value.slice(2, 4)} ${value.slice(4, 6)} ${value.slice(6, 8)} ${value[8]}`;
    return fc.constantFrom(value, spaced).chain(mixedCase);
  });
}

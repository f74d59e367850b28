// Generators of postcodes: valid and strict (canonical), valid but not strict, near misses (invalid
// by construction) and non-canonical spellings.
import * as fc from "fast-check";
import { postcodeStrictPattern } from "../postcode.ts";
import { asciiLetters, charFrom, digits, lettersExcept, replaceAt } from "./characters.ts";
import { withForeignCharacter } from "./foreign-character.ts";
import { mixedCase, type NonCanonical, nonCanonicalOf } from "./non-canonical.ts";

const digit = digits(1);
const first = charFrom(lettersExcept("QVX"));
const second = charFrom(lettersExcept("IJZ"));
const third = charFrom("ABCDEFGHJKSTUW");
const fourth = charFrom("ABEHMNPRVWXY");
const unit = charFrom(lettersExcept("CIKMOV"));

function joined(...parts: fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  return fc.tuple(...parts).map((strings) => strings.join(""));
}

/** Outward codes meeting BS 7666: AN, ANN, AAN, AANN, ANA, AANA. */
function strictOutward(): fc.Arbitrary<string> {
  return fc.oneof(
    joined(first, digit),
    joined(first, digit, digit),
    joined(first, second, digit),
    joined(first, second, digit, digit),
    joined(first, digit, third),
    joined(first, second, digit, fourth),
  );
}

/** Postcodes meeting the strict BS 7666 pattern, in canonical form (including GIR 0AA). */
export function validPostcode(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: joined(strictOutward(), fc.constant(" "), digit, unit, unit), weight: 20 },
    { arbitrary: fc.constant("GIR 0AA"), weight: 1 },
  );
}

/** Postcodes that are valid (lenient pattern) but miss the strict pattern, in canonical form. */
export function nonStrictPostcode(): fc.Arbitrary<string> {
  const letter = charFrom(asciiLetters);
  const outward = fc.oneof(
    joined(letter, digit),
    joined(letter, letter, digit),
    joined(letter, digit, fc.oneof(letter, digit)),
    joined(letter, letter, digit, fc.oneof(letter, digit)),
  );
  return joined(outward, fc.constant(" "), digit, letter, letter).filter((value) => !postcodeStrictPattern.test(value));
}

/** Strings that are close to postcodes but are not valid ones. */
export function nearMissPostcode(): fc.Arbitrary<string> {
  const valid = validPostcode().filter((value) => value !== "GIR 0AA");
  const letter = charFrom(asciiLetters);
  const lastIndex = (value: string) => value.length - 1;
  return fc.oneof(
    // Inward code starting with a letter.
    fc.tuple(valid, letter).map(([value, replacement]) => replaceAt(value, lastIndex(value) - 2, replacement)),
    // A digit among the inward letters.
    fc
      .tuple(valid, fc.integer({ min: 0, max: 1 }), digit)
      .map(([value, offset, replacement]) => replaceAt(value, lastIndex(value) - offset, replacement)),
    // Outward code starting with a digit.
    fc.tuple(valid, digit).map(([value, replacement]) => replaceAt(value, 0, replacement)),
    // Last letter missing, or a letter too many.
    valid.map((value) => value.slice(0, -1)),
    fc.tuple(valid, letter).map(([value, extra]) => `${value}${extra}`),
    // Hyphen instead of a space.
    valid.map((value) => value.replace(" ", "-")),
    // Another character LDS-01-R02 does not remove (a non-breaking space, a dot, …).
    withForeignCharacter(valid),
  );
}

/** Valid postcodes in mixed case, with or without their space, with ASCII whitespace anywhere (LDS-01-R02). */
export function nonCanonicalPostcode(): fc.Arbitrary<NonCanonical> {
  return nonCanonicalOf(validPostcode(), (value) => fc.constantFrom(value, value.replace(" ", "")).chain(mixedCase));
}

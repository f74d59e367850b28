// Generators of GSS codes and local-authority GSS codes: valid (canonical), near misses (invalid by
// construction) and non-canonical spellings.
import * as fc from "fast-check";
import { gssCountryLetters } from "../gss.ts";
import { localAuthorityEntities } from "../gss-local-authority.ts";
import { asciiLetters, charFrom, digits, lettersExcept, replaceAt } from "./characters.ts";
import { withForeignCharacter } from "./foreign-character.ts";
import { mixedCase, type NonCanonical, nonCanonicalOf } from "./non-canonical.ts";

/** Valid GSS codes in canonical form: a country letter and 8 digits. */
export function validGss(): fc.Arbitrary<string> {
  return fc.tuple(charFrom(gssCountryLetters), digits(8)).map(([letter, rest]) => `${letter}${rest}`);
}

/** Strings that are close to GSS codes but are not valid ones. */
export function nearMissGss(): fc.Arbitrary<string> {
  const valid = validGss();
  return fc.oneof(
    fc.tuple(charFrom(lettersExcept(gssCountryLetters)), digits(8)).map(([letter, rest]) => `${letter}${rest}`),
    digits(9),
    fc.tuple(charFrom(gssCountryLetters), fc.oneof(digits(7), digits(9))).map(([letter, rest]) => `${letter}${rest}`),
    fc
      .tuple(valid, fc.integer({ min: 1, max: 8 }), charFrom(asciiLetters))
      .map(([value, index, letter]) => replaceAt(value, index, letter)),
    withForeignCharacter(valid),
  );
}

/** Valid GSS codes with a lower-case country letter or ASCII whitespace anywhere (LDS-01-R02). */
export function nonCanonicalGss(): fc.Arbitrary<NonCanonical> {
  return nonCanonicalOf(validGss(), mixedCase);
}

const isLocalAuthority = (value: string) => (localAuthorityEntities as readonly string[]).includes(value.slice(0, 3));

/** Valid local-authority GSS codes in canonical form. */
export function validGssLocalAuthority(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...localAuthorityEntities), digits(6)).map(([entity, rest]) => `${entity}${rest}`);
}

/** Strings that are not local-authority GSS codes: GSS codes of other entities (E05 wards, …), and GSS near misses. */
export function nearMissGssLocalAuthority(): fc.Arbitrary<string> {
  return fc.oneof(
    validGss().filter((value) => !isLocalAuthority(value)),
    nearMissGss(),
  );
}

/** Valid local-authority GSS codes with a lower-case country letter or ASCII whitespace anywhere (LDS-01-R02). */
export function nonCanonicalGssLocalAuthority(): fc.Arbitrary<NonCanonical> {
  return nonCanonicalOf(validGssLocalAuthority(), mixedCase);
}

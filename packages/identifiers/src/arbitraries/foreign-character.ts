// Near misses that LDS-01-R02 does not rescue: a valid value with one character inserted that the
// canonicalisation neither removes nor changes and that no identifier rule allows, such as a
// non-breaking or other Unicode space, a full-width digit or a separator other than whitespace (and,
// for NHS numbers, the hyphen).
import * as fc from "fast-check";
import { charFrom } from "./characters.ts";

/** Characters that look like whitespace, digits or separators but are none of those LDS-01-R02 handles. */
export const foreignCharacters =
  "\u00a0\u1680\u2000\u2007\u2009\u200b\u202f\u205f\u3000\ufeff\u0085\u000b\uff10\uff11\u0660\u0966._/,:;+'";

/** Values from `valid` with one foreign character inserted at any position. */
export function withForeignCharacter(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(valid, fc.nat(), charFrom(foreignCharacters)).map(([value, at, foreign]) => {
    const index = at % (value.length + 1);
    return `${value.slice(0, index)}${foreign}${value.slice(index)}`;
  });
}

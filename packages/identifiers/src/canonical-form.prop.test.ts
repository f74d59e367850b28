// Properties of LDS-01-R02 (non-canonical input is the same identifier) and LDS-01-R14 (an invalid
// identifier has exactly one error), for every identifier rule.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { nearMissIdentifier, nonCanonicalIdentifier, validIdentifier } from "./arbitraries/index.ts";
import { separated } from "./arbitraries/non-canonical.ts";
import { identifierNames } from "./identifier-name.ts";
import { asciiWhitespace } from "./normalise.ts";
import { validate } from "./validate.ts";

/** The characters JavaScript's `\s` (and String.prototype.trim) treat as whitespace, but LDS-01-R02 does not remove. */
const otherSpaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
  (character) => /\s/.test(character) && !asciiWhitespace.includes(character),
);

const decimalNames: readonly string[] = ["uprn", "usrn", "dfe-urn"];

const insert = (value: string, at: number, inserted: string) => {
  const index = at % (value.length + 1);
  return `${value.slice(0, index)}${inserted}${value.slice(index)}`;
};

const lowerAscii = (value: string) => value.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

test("the other spaces include U+00A0, U+2007, U+202F, U+3000 and U+FEFF", () => {
  expect(otherSpaces).toEqual(expect.arrayContaining(["\u00a0", "\u2007", "\u202f", "\u3000", "\ufeff", "\u000b"]));
});

describe.each(identifierNames)("%s", (name) => {
  const separators = name === "nhs-number" ? `${asciiWhitespace}-` : asciiWhitespace;
  /** Any value: valid, near misses, spellings, and arbitrary strings. */
  const anyValue = fc.oneof(
    validIdentifier(name),
    nearMissIdentifier(name),
    nonCanonicalIdentifier(name).map(({ value }) => value),
    fc.string({ maxLength: 14 }),
    fc.string({ unit: "binary", maxLength: 14 }),
  );

  test.prop([
    validIdentifier(name).chain((valid) => separated(valid, separators).map((spelt) => [valid, spelt] as const)),
  ])(
    "inserting ASCII whitespace anywhere (and hyphens in NHS numbers) keeps a valid value and its canonical form",
    ([valid, spelt]) => {
      expect(validate(name, spelt)).toEqual(validate(name, valid));
      expect(validate(name, spelt)).toMatchObject({ valid: true, canonical: valid });
    },
  );

  test.prop([anyValue.chain((value) => separated(value, separators).map((spelt) => [value, spelt] as const))])(
    "inserting ASCII whitespace anywhere (and hyphens in NHS numbers) never changes the result of any value",
    ([value, spelt]) => {
      expect(validate(name, spelt)).toEqual(validate(name, value));
    },
  );

  test.prop([anyValue])("lower-casing ASCII letters never changes the result", (value) => {
    expect(validate(name, lowerAscii(value))).toEqual(validate(name, value));
  });

  test.prop([validIdentifier(name), fc.nat(), fc.constantFrom(...otherSpaces)])(
    "inserting U+00A0 or any other non-ASCII space anywhere makes a valid value invalid",
    (valid, at, space) => {
      const result = validate(name, insert(valid, at, space));
      expect(result).toEqual({ valid: false, errors: [{ code: `invalid-${name}`, message: expect.any(String) }] });
    },
  );

  test.prop([
    validIdentifier(name),
    fc.nat(),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }).filter((character) => !separators.includes(character)),
  ])("inserting any other character anywhere makes a valid value invalid or another value", (valid, at, character) => {
    // A zero before a UPRN, USRN or DfE URN is a leading zero, which LDS-01-R02 removes.
    fc.pre(!(decimalNames.includes(name) && character === "0" && at % (valid.length + 1) === 0));
    const result = validate(name, insert(valid, at, character));
    if (result.valid) expect(result.canonical).not.toBe(valid);
  });

  test.prop([anyValue])("an invalid result has exactly one error, coded for the rule (LDS-01-R14)", (value) => {
    const result = validate(name, value);
    if (result.valid) expect(result.errors).toEqual([]);
    else expect(result.errors).toEqual([{ code: `invalid-${name}`, message: expect.any(String) }]);
  });
});

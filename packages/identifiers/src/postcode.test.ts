import { describe, expect, test } from "vitest";
import { postcode } from "./postcode.ts";

// Strict pattern: BS 7666 v2.0 PostCodeType
// (http://webarchive.nationalarchives.gov.uk/+/http://www.cabinetoffice.gov.uk/media/291370/bs7666-v2-0-xsd-PostCodeType.htm).
// Vectors cover every outward form (AN, ANN, ANA, AAN, AANN, AANA) and GIR 0AA.
describe("postcode vectors", () => {
  test.each(["SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "GIR 0AA"])(
    "%s is valid and strict",
    (value) => {
      expect(postcode.validate(value)).toEqual({ valid: true, canonical: value, errors: [] });
    },
  );

  test.each([
    ["QA1 1AA", "postcode does not match the BS 7666 pattern: first letter Q is never used"],
    ["AB1 1CI", "postcode does not match the BS 7666 pattern: inward letters never include C or I"],
    ["AI1 1AA", "postcode does not match the BS 7666 pattern: second letter I is never used"],
    ["W1L 1AA", "postcode does not match the BS 7666 pattern: third-position letter L is never used"],
    ["EC1C 1AA", "postcode does not match the BS 7666 pattern: fourth-position letter C is never used"],
  ])("%s is valid but not strict", (value, message) => {
    expect(postcode.validate(value)).toEqual({
      valid: true,
      canonical: value,
      errors: [],
      warnings: [{ code: "postcode-not-strict", message }],
    });
  });
});

describe("postcode input forms", () => {
  test.each(["sw1a1aa", " SW1A  1AA ", "Sw1A 1aA", "SW1A\t1AA", "  Sw1A   1aA ", "S W 1 A 1 A A", "SW1\r\nA1AA"])(
    "%j canonicalises to SW1A 1AA",
    (value) => {
      expect(postcode.validate(value)).toEqual({ valid: true, canonical: "SW1A 1AA", errors: [] });
    },
  );

  const onlyAlphanumeric = "postcode may contain only letters A to Z, digits and ASCII whitespace";
  test.each([
    ["SW1A", "postcode has 4 characters without whitespace, expected 5 to 7"],
    ["SW1A 1AAA", "postcode has 8 characters without whitespace, expected 5 to 7"],
    ["SW1A AAA", "postcode inward code must be a digit followed by 2 letters"],
    ["1W1A 1AA", "postcode outward code must be 1 or 2 letters, a digit, and optionally a letter or digit"],
    ["SW1A-1AA", onlyAlphanumeric],
    ["SW1A\u00a01AA", onlyAlphanumeric],
    ["SW1A\u30001AA", onlyAlphanumeric],
    // Two problems, one error (LDS-01-R14).
    [
      "AA0 0A",
      "postcode outward code must be 1 or 2 letters, a digit, and optionally a letter or digit; postcode inward code must be a digit followed by 2 letters",
    ],
  ])("%j is invalid", (value, message) => {
    expect(postcode.validate(value)).toEqual({ valid: false, errors: [{ code: "invalid-postcode", message }] });
  });

  test("BFPO numbers are not postcodes", () => {
    expect(postcode.validate("BFPO 1234").valid).toBe(false);
  });
});

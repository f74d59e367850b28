import { describe, expect, test } from "vitest";
import { dfeUrn } from "./dfe-urn.ts";
import { uprn } from "./uprn.ts";
import { usrn } from "./usrn.ts";

// UPRN: "numbers of up to 12 digits" (Data Standards Authority, UPRN standard,
// https://github.com/alphagov/data-standards-authority/blob/main/content/standards/UPRN/index.html.md);
// 100023336956 (10 Downing Street) and 000000199356 (shown zero-padded) are published examples.
describe("UPRN", () => {
  test("100023336956 is valid", () => {
    expect(uprn.validate("100023336956")).toEqual({ valid: true, canonical: "100023336956", errors: [] });
  });

  test("zero-padded 000000199356 canonicalises to 199356", () => {
    expect(uprn.validate("000000199356")).toEqual({ valid: true, canonical: "199356", errors: [] });
  });

  test.each(["1", "999999999999"])("%s is at a bound and valid", (value) => {
    expect(uprn.validate(value).valid).toBe(true);
  });

  test.each([
    ["0", "UPRN must be between 1 and 999999999999"],
    ["000000000000", "UPRN must be between 1 and 999999999999"],
    ["1000000000000", "UPRN must be between 1 and 999999999999"],
    ["-1", "UPRN must contain only the digits 0 to 9"],
    ["1e5", "UPRN must contain only the digits 0 to 9"],
    ["12.0", "UPRN must contain only the digits 0 to 9"],
    ["1,000", "UPRN must contain only the digits 0 to 9"],
    ["1\u00a0000", "UPRN must contain only the digits 0 to 9"],
    ["１２３", "UPRN must contain only the digits 0 to 9"],
  ])("%j is invalid", (value, message) => {
    expect(uprn.validate(value)).toEqual({ valid: false, errors: [{ code: "invalid-uprn", message }] });
  });

  // LDS-01-R02: ASCII whitespace goes wherever it is, then leading zeros.
  test.each([
    ["1 000", "1000"],
    [" 0 0 0 199 356\t", "199356"],
    ["000000\n199356", "199356"],
  ])("%j canonicalises to %s", (value, canonical) => {
    expect(uprn.validate(value)).toEqual({ valid: true, canonical, errors: [] });
  });
});

// USRN: OS Open USRN technical specification, "Type: Integer, Size: 8" (https://docs.os.uk/os-downloads).
describe("USRN", () => {
  test.each([
    ["1", "1"],
    ["99999999", "99999999"],
    ["00012345", "12345"],
  ])("%s is valid as %s", (value, canonical) => {
    expect(usrn.validate(value)).toEqual({ valid: true, canonical, errors: [] });
  });

  test.each(["0", "100000000"])("%s is out of range", (value) => {
    expect(usrn.validate(value)).toEqual({
      valid: false,
      errors: [{ code: "invalid-usrn", message: "USRN must be between 1 and 99999999" }],
    });
  });
});

// DfE URN: a six-digit number (Get Information about Schools, https://get-information-schools.service.gov.uk/).
describe("DfE URN", () => {
  test.each([
    ["100000", "100000"],
    ["999999", "999999"],
    ["0123456", "123456"],
  ])("%s is valid as %s", (value, canonical) => {
    expect(dfeUrn.validate(value)).toEqual({ valid: true, canonical, errors: [] });
  });

  test.each(["99999", "099999", "1000000"])("%s is out of range", (value) => {
    expect(dfeUrn.validate(value)).toEqual({
      valid: false,
      errors: [{ code: "invalid-dfe-urn", message: "DfE URN must be between 100000 and 999999" }],
    });
  });

  test("an Ofsted early-years registration number is not a URN", () => {
    expect(dfeUrn.validate("EY123456").valid).toBe(false);
  });
});

import { describe, expect, test } from "vitest";
import { nhsNumber, nhsNumberCheckValue } from "./nhs-number.ts";

// Vectors: the modulus 11 rule of the NHS Data Dictionary "NHS NUMBER"
// (https://v2.datadictionary.nhs.uk/data_dictionary/attributes/n/nhs_number_de.asp), applied to
// numbers that appear in HL7 UK Core examples (https://github.com/NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN),
// some of which fail the check.
describe("NHS number vectors", () => {
  test.each(["9434765919", "9434765870", "9912003888"])("%s is valid", (value) => {
    expect(nhsNumber.validate(value)).toEqual({ valid: true, canonical: value, errors: [] });
  });

  test.each([
    ["9912003814", "NHS number check digit is 4, expected 0"],
    ["4123456879", "NHS number check digit is 9, expected 1"],
    ["1234567890", "NHS number's first nine digits have check value 10, so no valid NHS number starts with them"],
  ])("%s is invalid", (value, message) => {
    expect(nhsNumber.validate(value)).toEqual({ valid: false, errors: [{ code: "invalid-nhs-number", message }] });
  });

  test.each(["0000000000", "1111111111", "9999999999"])("%s (ten identical digits) is rejected", (value) => {
    expect(nhsNumber.validate(value).valid).toBe(false);
  });

  test("ten identical digits pass the modulus 11 check, so the rejection is an LDS addition", () => {
    expect(nhsNumberCheckValue("000000000")).toBe(0);
    expect(nhsNumberCheckValue("111111111")).toBe(1);
  });
});

describe("NHS number input forms", () => {
  test.each(["943 476 5919", "943-476-5919", "  9434765919\t", "943476 5919"])("%j canonicalises", (value) => {
    expect(nhsNumber.validate(value)).toMatchObject({ valid: true, canonical: "9434765919" });
  });

  test.each([
    ["9434 765 919", "NHS number separators may only split the digits into groups of 3, 3 and 4"],
    ["943  476 5919", "NHS number separators may only split the digits into groups of 3, 3 and 4"],
    ["943476591", "NHS number has 9 digits, expected 10"],
    ["94347659190", "NHS number has 11 digits, expected 10"],
    ["943.476.5919", "NHS number may contain only digits, with single spaces or hyphens between groups"],
    ["", "NHS number is empty"],
  ])("%j is rejected", (value, message) => {
    expect(nhsNumber.validate(value)).toEqual({ valid: false, errors: [{ code: "invalid-nhs-number", message }] });
  });

  test("non-ASCII digits are rejected", () => {
    expect(nhsNumber.validate("٩٤٣٤٧٦٥٩١٩").valid).toBe(false);
  });
});

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
  // LDS-01-R02: every ASCII whitespace character and every hyphen-minus goes, wherever it is.
  test.each([
    ["943 476 5919", "9434765919"],
    ["943-476-5919", "9434765919"],
    ["  9434765919\t", "9434765919"],
    ["943476 5919", "9434765919"],
    ["9434 765 919", "9434765919"],
    ["943  476 5919", "9434765919"],
    ["9-4-3-4-7-6-5-9-1-9", "9434765919"],
    ["\f943\r476\n5919-", "9434765919"],
    ["9990 000018", "9990000018"],
    ["999 - 000 - 0018", "9990000018"],
  ])("%j canonicalises to %s", (value, canonical) => {
    expect(nhsNumber.validate(value)).toEqual({ valid: true, canonical, errors: [] });
  });

  const onlyDigits = "NHS number may contain only digits, with ASCII whitespace or hyphens as separators";
  test.each([
    ["943476591", "NHS number has 9 digits, expected 10"],
    ["94347659190", "NHS number has 11 digits, expected 10"],
    ["943.476.5919", onlyDigits],
    ["943/476/5919", onlyDigits],
    ["943\u00a0476\u00a05919", onlyDigits],
    ["943\u2009476\u20095919", onlyDigits],
    ["943\v476 5919", onlyDigits],
    ["943\u2010476\u20105919", onlyDigits],
    ["", "NHS number is empty"],
    [" - ", "NHS number is empty"],
  ])("%j is rejected", (value, message) => {
    expect(nhsNumber.validate(value)).toEqual({ valid: false, errors: [{ code: "invalid-nhs-number", message }] });
  });

  test.each(["٩٤٣٤٧٦٥٩١٩", "９４３４７６５９１９"])("non-ASCII digits %s are rejected", (value) => {
    expect(nhsNumber.validate(value)).toEqual({
      valid: false,
      errors: [{ code: "invalid-nhs-number", message: onlyDigits }],
    });
  });
});

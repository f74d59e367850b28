import { describe, expect, test } from "vitest";
import { identifierNames } from "./identifier-name.ts";
import { InvalidIdentifierError } from "./invalid-identifier-error.ts";
import { identifierRules, ruleForSystem } from "./rules.ts";
import { canonicalise, validate } from "./validate.ts";

describe("canonicalise", () => {
  test("returns the canonical form", () => {
    expect(canonicalise("nhs-number", "943 476 5919")).toBe("9434765919");
    expect(canonicalise("postcode", "sw1a1aa")).toBe("SW1A 1AA");
    expect(canonicalise("uprn", "000000199356")).toBe("199356");
  });

  test("throws InvalidIdentifierError keeping the issues", () => {
    let caught: unknown;
    try {
      canonicalise("nhs-number", "9434765918");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidIdentifierError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as InvalidIdentifierError;
    expect(error.name).toBe("InvalidIdentifierError");
    expect(error.identifier).toBe("nhs-number");
    expect(error.issues).toEqual([{ code: "invalid-nhs-number", message: "NHS number check digit is 8, expected 9" }]);
    expect(error.message).toBe("invalid nhs-number: NHS number check digit is 8, expected 9");
  });

  test("an unknown name is a TypeError", () => {
    expect(() => canonicalise("passport" as never, "123")).toThrow(TypeError);
  });
});

describe("validate", () => {
  test("dispatches by name", () => {
    expect(validate("nino", "ab 12 34 56 c")).toEqual({ valid: true, canonical: "AB123456C", errors: [] });
  });

  test("refuses a non-string value instead of throwing", () => {
    expect(validate("ods", 42 as unknown as string)).toEqual({
      valid: false,
      errors: [{ code: "invalid-ods", message: "ODS code must be a string" }],
    });
  });

  test.each(identifierNames)("%s: whitespace alone is empty and invalid", (name) => {
    expect(validate(name, " \t")).toEqual({
      valid: false,
      errors: [{ code: `invalid-${name}`, message: `${identifierRules[name].title} is empty` }],
    });
  });

  test.each(identifierNames)("%s: a non-breaking space is not whitespace that LDS-01-R02 removes", (name) => {
    const result = validate(name, "\u00a0");
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).not.toBe(`${identifierRules[name].title} is empty`);
  });
});

describe("the rule registry", () => {
  test.each(identifierNames)("%s is registered under its own name", (name) => {
    const rule = identifierRules[name];
    expect(rule.name).toBe(name);
    expect(rule.sources.length).toBeGreaterThan(0);
    expect(() => new URL(rule.system)).not.toThrow();
  });

  test.each([
    ["https://fhir.nhs.uk/Id/nhs-number", "nhs-number"],
    ["urn:lds:id:upn", "upn"],
    ["urn:lds:id:nino", "nino"],
    ["urn:lds:id:postcode", "postcode"],
    ["urn:lds:id:uprn", "uprn"],
    ["urn:lds:id:usrn", "usrn"],
    ["urn:lds:id:gss", "gss"],
    ["https://fhir.nhs.uk/Id/ods-organization-code", "ods"],
    ["urn:lds:id:dfe-urn", "dfe-urn"],
  ])("ruleForSystem(%s) is %s", (system, name) => {
    expect(ruleForSystem(system)?.name).toBe(name);
  });

  test("an unknown system has no rule", () => {
    expect(ruleForSystem("urn:lds:id:passport")).toBeUndefined();
  });
});

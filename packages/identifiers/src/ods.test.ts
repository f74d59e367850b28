import { describe, expect, test } from "vitest";
import { ods } from "./ods.ts";

// Examples: G3472185 (GP), FVR79 (pharmacy), K81003001 (branch surgery) from NHS England's
// "Organisations and services" guide
// (https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services);
// RXX (NHS trust frame) and A81001 (GP practice frame).
describe("ODS code", () => {
  test.each(["RXX", "A81001", "G3472185", "FVR79", "K81003001"])("%s is valid", (value) => {
    expect(ods.validate(value)).toEqual({ valid: true, canonical: value, errors: [] });
  });

  test("lower case canonicalises to upper case", () => {
    expect(ods.validate("a81001")).toMatchObject({ valid: true, canonical: "A81001" });
  });

  test.each([
    ["RX", ["ODS code has 2 characters, expected 3 to 9"]],
    ["A810010000", ["ODS code has 10 characters, expected 3 to 9"]],
    ["A81-001", ["ODS code may contain only letters A to Z and digits"]],
    ["A81 001", ["ODS code may contain only letters A to Z and digits"]],
    ["RXı", ["ODS code may contain only letters A to Z and digits"]],
  ])("%j is invalid", (value, messages) => {
    expect(ods.validate(value)).toEqual({
      valid: false,
      errors: messages.map((message) => ({ code: "invalid-ods", message })),
    });
  });
});

import { describe, expect, test } from "vitest";
import { ods } from "./ods.ts";

// Examples: G3472185 (GP), FVR79 (pharmacy), K81003001 (branch surgery) from NHS England's
// "Organisations and services" guide
// (https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services);
// RXX (NHS trust frame) and A81001 (GP practice frame).
describe("ODS code", () => {
  // LDS-01-R11: 1 to 9 letters and digits.
  test.each(["R", "RX", "RXX", "A81001", "G3472185", "FVR79", "K81003001"])("%s is valid", (value) => {
    expect(ods.validate(value)).toEqual({ valid: true, canonical: value, errors: [] });
  });

  test.each(["a81001", "A81 001", " a81\t001\n"])("%j canonicalises to A81001 (LDS-01-R02)", (value) => {
    expect(ods.validate(value)).toEqual({ valid: true, canonical: "A81001", errors: [] });
  });

  const onlyAlphanumeric = "ODS code may contain only letters A to Z and digits";
  test.each([
    ["A810010000", "ODS code has 10 characters, expected 1 to 9"],
    ["A81-001", onlyAlphanumeric],
    ["A81\u00a0001", onlyAlphanumeric],
    ["RXı", onlyAlphanumeric],
    // Two problems, one error (LDS-01-R14).
    ["-AAAAAAAAA", `ODS code has 10 characters, expected 1 to 9; ${onlyAlphanumeric}`],
  ])("%j is invalid", (value, message) => {
    expect(ods.validate(value)).toEqual({ valid: false, errors: [{ code: "invalid-ods", message }] });
  });
});

import { describe, expect, test } from "vitest";
import { gss } from "./gss.ts";
import { gssLocalAuthority } from "./gss-local-authority.ts";

// Examples from the ONS GSS coding system: Greenwich E09000011 (London borough), Middlesbrough
// E06000002 (unitary authority), Cambridge E07000008 (non-metropolitan district)
// (https://www.liquisearch.com/ons_coding_system/current_gss_coding_system).
describe("GSS code", () => {
  test.each(["E09000011", "E06000002", "E07000008", "E05000026", "W92000004", "K02000001"])("%s is valid", (value) => {
    expect(gss.validate(value)).toEqual({ valid: true, canonical: value, errors: [] });
  });

  test.each([" e09000011 ", "e09 000 011", "E09\t000011"])("%j canonicalises to E09000011 (LDS-01-R02)", (value) => {
    expect(gss.validate(value)).toEqual({ valid: true, canonical: "E09000011", errors: [] });
  });

  test.each([
    ["E0900001", "GSS code has 8 characters, expected 9"],
    ["X09000011", "GSS code starts with X, expected a country letter (E, W, S, N, K, L or M)"],
    ["E0900001A", "GSS code characters 2 to 9 must be digits"],
    ["109000011", "GSS code starts with 1, expected a country letter (E, W, S, N, K, L or M)"],
    ["E09\u00a000011", "GSS code characters 2 to 9 must be digits"],
    // Two problems, one error (LDS-01-R14).
    [
      "X0900001A",
      "GSS code starts with X, expected a country letter (E, W, S, N, K, L or M); GSS code characters 2 to 9 must be digits",
    ],
  ])("%j is invalid", (value, message) => {
    expect(gss.validate(value)).toEqual({ valid: false, errors: [{ code: "invalid-gss", message }] });
  });
});

describe("local authority GSS code", () => {
  // E07 (non-metropolitan district, e.g. Cambridge) is a local authority entity: lower tier in a
  // two-tier area, but a local authority all the same.
  test.each(["E09000011", "E06000002", "E07000008", "E08000003", "E10000003", "W06000015", "S12000036", "N09000003"])(
    "%s is a local authority",
    (value) => {
      expect(gssLocalAuthority.validate(value)).toEqual({ valid: true, canonical: value, errors: [] });
    },
  );

  test.each(["E05000026", "E11000001", "E12000007", "E92000001", "W05000001"])(
    "%s is not a local authority",
    (value) => {
      expect(gssLocalAuthority.validate(value)).toEqual({
        valid: false,
        errors: [
          {
            code: "invalid-gss-local-authority",
            message: `GSS entity ${value.slice(0, 3)} is not a local authority entity (E06, E07, E08, E09, E10, W06, S12, N09)`,
          },
        ],
      });
    },
  );

  test("shares the GSS system URI", () => {
    expect(gssLocalAuthority.system).toBe(gss.system);
  });
});

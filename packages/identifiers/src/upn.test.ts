import { describe, expect, test } from "vitest";
import { upn, upnCheckLetter } from "./upn.ts";

// Algorithm: UK Government Data Standards Catalogue, Unique Pupil Number v2.0
// (http://www.govtalk.gov.uk/gdsc/html/noframes/UniquePupilNumber-2-0-Release.htm).
describe("UPN vectors", () => {
  // python-stdnum gb.upn documentation (https://arthurdejong.org/python-stdnum/doc/1.19/stdnum.gb.upn).
  test("B801200005001 is valid and A801200005001 is not", () => {
    expect(upn.validate("B801200005001")).toEqual({ valid: true, canonical: "B801200005001", errors: [] });
    expect(upn.validate("A801200005001")).toEqual({
      valid: false,
      errors: [{ code: "invalid-upn", message: "UPN check letter is A, expected B" }],
    });
  });

  // MIS support articles (e.g. Arbor's census error 1510 guidance) work B207000016049 to a total of
  // 267 and the letter Q. The products are 2×2 + 4×7 + 9×1 + 10×6 + 12×4 + 13×9 = 266, and
  // 266 mod 23 = 13, which is P.
  test("B207000016049: the correct check letter is P, not Q", () => {
    expect(upnCheckLetter("207000016049")).toBe("P");
    expect(upn.validate("P207000016049").valid).toBe(true);
    expect(upn.validate("Q207000016049")).toEqual({
      valid: false,
      errors: [{ code: "invalid-upn", message: "UPN check letter is Q, expected P" }],
    });
    expect(upn.validate("B207000016049").valid).toBe(false);
  });

  test("a temporary UPN's final letter counts by its alphabet index", () => {
    // 8×2 + 0×3 + 1×4 + 2×5 + 5×10 + 0×11 + 0×12 + A(0)×13 = 80; 80 mod 23 = 11 → M.
    expect(upnCheckLetter("80120000500A")).toBe("M");
    expect(upn.validate("m80120000500a")).toMatchObject({ valid: true, canonical: "M80120000500A" });
  });
});

describe("UPN structure", () => {
  test.each([
    ["B80120000500", "UPN has 12 characters, expected 13"],
    ["I801200005001", "UPN check letter I is never used (I, O and S are excluded)"],
    ["1801200005001", "UPN character 1 must be the check letter"],
    ["X80120000A001", "UPN characters 2 to 12 must be digits"],
    ["B80120000500O", "UPN character 13 is O, which a temporary UPN never uses"],
    ["B80120000500-", "UPN character 13 must be a digit or, in a temporary UPN, a letter"],
    ["B80120000500\u00a0", "UPN character 13 must be a digit or, in a temporary UPN, a letter"],
    // Two problems, one error (LDS-01-R14).
    [
      "IX0120000500O",
      "UPN check letter I is never used (I, O and S are excluded); UPN characters 2 to 12 must be digits; UPN character 13 is O, which a temporary UPN never uses",
    ],
  ])("%j is rejected", (value, message) => {
    expect(upn.validate(value)).toEqual({ valid: false, errors: [{ code: "invalid-upn", message }] });
  });

  test.each(["b801 2000 0500 1", " B801200005001\n", "B 8 0 1 2 0 0 0 0 5 0 0 1"])(
    "%j canonicalises to B801200005001 (LDS-01-R02)",
    (value) => {
      expect(upn.validate(value)).toEqual({ valid: true, canonical: "B801200005001", errors: [] });
    },
  );
});

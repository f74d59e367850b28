import { describe, expect, test } from "vitest";
import { nino } from "./nino.ts";

// Rules and vectors: HMRC National Insurance Manual NIM39110
// (https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110).
describe("NINO vectors", () => {
  test.each(["AB123456C", "OA123456A"])("%s is valid", (value) => {
    expect(nino.validate(value)).toEqual({ valid: true, canonical: value, errors: [] });
  });

  test.each([
    // Two problems, one error (LDS-01-R14).
    ["QQ123456C", "NINO first letter Q is never used; NINO second letter Q is never used"],
    [
      "DO123456E",
      "NINO first letter D is never used; NINO second letter O is never used; NINO suffix E is not A, B, C or D",
    ],
    ["BG123456A", "NINO prefix BG is never issued"],
    ["DA123456A", "NINO first letter D is never used"],
    ["AO123456A", "NINO second letter O is never used"],
    ["TN123456D", "NINO prefix TN is never issued"],
    ["AB123456E", "NINO suffix E is not A, B, C or D"],
    ["ZZ123456A", "NINO prefix ZZ is never issued"],
  ])("%s is invalid", (value, message) => {
    expect(nino.validate(value)).toEqual({ valid: false, errors: [{ code: "invalid-nino", message }] });
  });

  test.each(["OO123456A", "CR123456A", "FY123456A", "MW123456A", "NC123456A"])(
    "%s has an administrative prefix and is not a NINO",
    (value) => {
      const result = nino.validate(value);
      expect(result.valid).toBe(false);
      expect(result.errors[0]?.message).toMatch(/administrative prefix/);
    },
  );

  test("a Temporary Reference Number (11 a1 11 11) is not a NINO", () => {
    expect(nino.validate("12 A1 23 45").errors[0]?.message).toMatch(/Temporary Reference Number/);
  });
});

describe("NINO input forms", () => {
  test.each(["AB 12 34 56 C", "ab123456c", " Ab 123456 c\n", "a b1 2 3\t4 5 6c"])(
    "%j canonicalises to AB123456C",
    (value) => {
      expect(nino.validate(value)).toEqual({ valid: true, canonical: "AB123456C", errors: [] });
    },
  );

  test.each(["AB123456", "AB12345C", "AB1234567C", "A1234567C", "AB\u00a012\u00a034\u00a056\u00a0C", "AB-12-34-56-C"])(
    "%j has the wrong shape",
    (value) => {
      expect(nino.validate(value).errors).toEqual([
        {
          code: "invalid-nino",
          message: "NINO must be 2 letters, 6 digits and a suffix letter, optionally separated by ASCII whitespace",
        },
      ]);
    },
  );
});

import { describe, expect, test } from "vitest";
import type { IdentifierName } from "./identifier-name.ts";
import { canonicalForm, isBlank } from "./normalise.ts";

// LDS-01-R02 and the table of input forms in LDS-01 §5.
describe("canonicalForm", () => {
  test.each<[IdentifierName, string, string]>([
    ["nhs-number", "943 476 5919", "9434765919"],
    ["nhs-number", "943-476-5919", "9434765919"],
    ["nhs-number", "9990 000018", "9990000018"],
    ["upn", "p207000016049", "P207000016049"],
    ["nino", "ab 12 34 56 c", "AB123456C"],
    ["postcode", "sw1a1aa", "SW1A 1AA"],
    ["postcode", " Sw1A   1aA", "SW1A 1AA"],
    ["uprn", "000000199356", "199356"],
    ["gss", "e09000011", "E09000011"],
    ["ods", "fvr79", "FVR79"],
    ["dfe-urn", "0100000", "100000"],
  ])("%s %j is %j", (name, value, canonical) => {
    expect(canonicalForm(name, value)).toBe(canonical);
  });

  test("removes exactly the five ASCII whitespace characters, wherever they are", () => {
    expect(canonicalForm("ods", "\tA\nB\fC\rD E ")).toBe("ABCDE");
    for (const kept of ["\u000b", "\u00a0", "\u2007", "\u202f", "\u3000", "\ufeff", "\u0085"]) {
      expect(canonicalForm("ods", `AB${kept}C`)).toBe(`AB${kept}C`);
    }
  });

  test("removes hyphen-minus from NHS numbers only, and no other dash", () => {
    expect(canonicalForm("nhs-number", "-943-476-5919-")).toBe("9434765919");
    expect(canonicalForm("nhs-number", "943\u2010476\u20135919")).toBe("943\u2010476\u20135919");
    expect(canonicalForm("ods", "FVR-79")).toBe("FVR-79");
    expect(canonicalForm("uprn", "-1")).toBe("-1");
  });

  test("upper-cases ASCII letters only", () => {
    expect(canonicalForm("gss", "e09000011")).toBe("E09000011");
    expect(canonicalForm("ods", "ıſéß")).toBe("ıſéß");
  });

  test("removes leading zeros only from UPRNs, USRNs and DfE URNs, after whitespace", () => {
    expect(canonicalForm("uprn", " 0 0 1 0 ")).toBe("10");
    expect(canonicalForm("usrn", "0000")).toBe("");
    expect(canonicalForm("dfe-urn", "0\u00a0100000")).toBe("\u00a0100000");
    expect(canonicalForm("ods", "00A1")).toBe("00A1");
    expect(canonicalForm("nhs-number", "0123456789")).toBe("0123456789");
  });

  test("inserts one space before a postcode's last three characters, after removing every space", () => {
    expect(canonicalForm("postcode", "S W 1 A 1 A A")).toBe("SW1A 1AA");
    expect(canonicalForm("postcode", "gir0aa")).toBe("GIR 0AA");
    expect(canonicalForm("nino", "AB 123456C")).toBe("AB123456C");
  });
});

describe("isBlank", () => {
  test("is true when step 1 leaves nothing", () => {
    expect(isBlank("gss", " \t\r\n\f")).toBe(true);
    expect(isBlank("nhs-number", " - -")).toBe(true);
  });

  test("is false when anything else is left", () => {
    expect(isBlank("gss", "\u00a0")).toBe(false);
    expect(isBlank("ods", "-")).toBe(false);
    expect(isBlank("uprn", "000")).toBe(false);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { CanonicalJsonError, canonicalize, wellFormed } from "../src/canonical-json.ts";

// RFC 8785 is a pure function of a JSON value: these tests need no storage engine.
describe("RFC 8785 JSON Canonicalization Scheme (LDS-07-R10)", () => {
  test("RFC 8785 section 3.2.2: the primitives example", () => {
    // The input of RFC 8785 section 3.2.2, as JSON.parse reads it (the number literals are the RFC's own).
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        ' "literals": [null, true, false]}',
    );
    expect(canonicalize(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  test("RFC 8785 section 3.2.3: members sorted by UTF-16 code units", () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",' +
        ' "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",' +
        ' "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    expect(canonicalize(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis",' +
        '"€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  test("RFC 8785: names are compared by code units, never by locale (the RFC's French example)", () => {
    const canonical = canonicalize({
      sin: "ignore locale",
      pêche: "but canonicalization MUST",
      péché: "is wrong according to French",
      peach: "This sorting order",
    });
    expect(canonical).toBe(
      '{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ignore locale"}',
    );
  });

  // RFC 8785 appendix B: IEEE 754 bit patterns and their serialisations.
  const numbers: [string, string][] = [
    ["0000000000000000", "0"],
    ["8000000000000000", "0"],
    ["0000000000000001", "5e-324"],
    ["8000000000000001", "-5e-324"],
    ["7fefffffffffffff", "1.7976931348623157e+308"],
    ["ffefffffffffffff", "-1.7976931348623157e+308"],
    ["4340000000000000", "9007199254740992"],
    ["c340000000000000", "-9007199254740992"],
    ["4430000000000000", "295147905179352830000"],
    ["44b52d02c7e14af5", "9.999999999999997e+22"],
    ["44b52d02c7e14af6", "1e+23"],
    ["44b52d02c7e14af7", "1.0000000000000001e+23"],
    ["444b1ae4d6e2ef4e", "999999999999999700000"],
    ["444b1ae4d6e2ef4f", "999999999999999900000"],
    ["444b1ae4d6e2ef50", "1e+21"],
    ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
    ["3eb0c6f7a0b5ed8d", "0.000001"],
    ["41b3de4355555553", "333333333.3333332"],
    ["41b3de4355555554", "333333333.33333325"],
    ["41b3de4355555555", "333333333.3333333"],
    ["41b3de4355555556", "333333333.3333334"],
    ["41b3de4355555557", "333333333.33333343"],
    ["becbf647612f3696", "-0.0000033333333333333333"],
    ["43143ff3c1cb0959", "1424953923781206.2"],
  ];
  test.each(numbers)("RFC 8785 appendix B: %s is %s", (bits, expected) => {
    expect(canonicalize(Buffer.from(bits, "hex").readDoubleBE(0))).toBe(expected);
  });

  test("NaN, Infinity, lone surrogates and non-JSON values have no canonical form", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, "\ud800", "a\udc00", new Date(0), undefined, 1n]) {
      expect(() => canonicalize(value)).toThrow(CanonicalJsonError);
    }
    expect(() => canonicalize({ nested: [Number.NEGATIVE_INFINITY] })).toThrow(CanonicalJsonError);
    expect(canonicalize("\ud83d\ude00")).toBe('"😀"');
  });

  test("members whose value is undefined are absent, as in JSON", () => {
    expect(canonicalize({ b: undefined, a: 1 })).toBe('{"a":1}');
  });

  test("a member named __proto__ is a member like any other", () => {
    expect(canonicalize(JSON.parse('{"b":1,"__proto__":{"a":2}}'))).toBe('{"__proto__":{"a":2},"b":1}');
  });

  test("wellFormed replaces lone surrogates only, so the result always has a canonical form", () => {
    expect(wellFormed("a\ud800b\udc00\ud83d\ude00")).toBe("a\ufffdb\ufffd\ud83d\ude00");
    expect(() => canonicalize(wellFormed("\udfff\ud800"))).not.toThrow();
  });

  test.prop([fc.string({ unit: "binary" })])("wellFormed keeps well-formed text unchanged", (text) => {
    const result = wellFormed(text);
    expect(result.length).toBe(text.length);
    expect(canonicalize(result)).toBe(JSON.stringify(result));
    if (!/[\ud800-\udfff]/.test(text)) expect(result).toBe(text);
  });

  test.prop([fc.jsonValue()])("the canonical form parses back to the same JSON value", (value) => {
    const canonical = canonicalize(value);
    expect(JSON.parse(canonical)).toEqual(JSON.parse(JSON.stringify(value)));
    // Canonicalising is idempotent over a parse: a verifier that re-reads the form gets the same octets.
    expect(canonicalize(JSON.parse(canonical))).toBe(canonical);
  });

  test.prop([fc.jsonValue()])("the canonical form does not depend on member order", (value) => {
    expect(canonicalize(reversed(value))).toBe(canonicalize(value));
  });

  test.prop([fc.dictionary(fc.string({ unit: "grapheme" }), fc.integer())])(
    "members are in UTF-16 code unit order of their names",
    (object) => {
      const names = Object.keys(object);
      const order = [...names].sort((a, b) => compareCodeUnits(a, b));
      const canonical = canonicalize(object);
      const positions = order.map((name) => canonical.indexOf(`${JSON.stringify(name)}:`));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    },
  );
});

/** The same JSON value with every object's members inserted in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value && typeof value === "object") {
    // Object.fromEntries defines members, so a member named "__proto__" stays a member.
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([name, member]) => [name, reversed(member)]),
    );
  }
  return value;
}

/** An independent comparison of strings by UTF-16 code units, one unit at a time. */
function compareCodeUnits(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

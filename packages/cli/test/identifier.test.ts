import { expect, test } from "vitest";
import { run } from "./run.ts";

test("one JSON object per value, canonical only when valid; exit 1 when any is invalid", async () => {
  const { code, out } = await run("identifier", "nhs-number", "943 476 5919", "9434765918");
  expect(code).toBe(1);
  const [valid, invalid] = out.map((line) => JSON.parse(line));
  expect(valid).toEqual({
    system: "nhs-number",
    value: "943 476 5919",
    valid: true,
    canonical: "9434765919",
    errors: [],
  });
  expect(invalid).toMatchObject({ system: "nhs-number", value: "9434765918", valid: false });
  expect(invalid).not.toHaveProperty("canonical");
  expect(invalid.errors[0].code).toBe("invalid-nhs-number");
  expect(Object.keys(valid)).toEqual(["system", "value", "valid", "canonical", "errors"]);
});

test("exit 0 when every value is valid, for each system", async () => {
  const cases: [string, string, string][] = [
    ["upn", "b801200005001", "B801200005001"],
    ["nino", "ab 12 34 56 c", "AB123456C"],
    ["postcode", "sw1a1aa", "SW1A 1AA"],
    ["uprn", "000000199356", "199356"],
    ["usrn", "8400740", "8400740"],
    ["gss", "E09000011", "E09000011"],
    ["ods", "rxx", "RXX"],
  ];
  for (const [system, value, canonical] of cases) {
    const { code, out } = await run("identifier", system, value);
    expect({ system, code }).toEqual({ system, code: 0 });
    expect(JSON.parse(out[0]!).canonical).toBe(canonical);
  }
});

test("an unknown system is a usage error: exit 2, one line", async () => {
  const { code, out, err } = await run("identifier", "passport", "123");
  expect(code).toBe(2);
  expect(out).toEqual([]);
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(/^lds: unknown identifier system "passport"/);
});

test("a missing value is a usage error", async () => {
  const { code, err } = await run("identifier", "nhs-number");
  expect(code).toBe(2);
  expect(err.join("\n")).toMatch(/^lds: missing required argument/);
});

// arbitraryFor keyword by keyword, on small inline schemas.
import { fc, test } from "@fast-check/vitest";
import { createValidator } from "@lds/validate";
import { describe, expect } from "vitest";
import { GenerationError } from "./combinators.ts";
import { arbitraryFor } from "./schema-arbitrary.ts";

const validator = createValidator();
const valid = (schema: object, value: unknown) => validator.validateWith(schema, value);
const sample = (schema: Parameters<typeof arbitraryFor>[0], numRuns = 200) =>
  fc.sample(arbitraryFor(schema, { validator }), { numRuns, seed: 42 });

/** Every inline schema below: each must only ever produce valid values. */
const schemas: Record<string, object> = {
  "type arrays": { type: ["string", "null"], minLength: 2 },
  enum: { enum: ["a", 1, null, { b: [true] }] },
  const: { const: { nested: ["x"] } },
  "closed object": {
    type: "object",
    required: ["id"],
    additionalProperties: false,
    properties: {
      id: { type: "string", format: "uuid" },
      note: { type: "string", maxLength: 5 },
      n: { type: "integer" },
    },
  },
  "open object": { type: "object", properties: { a: { type: "boolean" } }, additionalProperties: { type: "integer" } },
  "items and bounds": { type: "array", items: { type: "integer", minimum: 0 }, minItems: 2, maxItems: 4 },
  "unique items": { type: "array", items: { enum: [1, 2, 3, 4] }, uniqueItems: true, minItems: 3 },
  prefixItems: { type: "array", prefixItems: [{ const: "head" }, { type: "number" }], items: { type: "boolean" } },
  "prefixItems, no more": { type: "array", prefixItems: [{ type: "string" }], items: false, minItems: 1 },
  contains: { type: "array", items: { type: "integer" }, contains: { const: 7 }, maxContains: 2 },
  pattern: { type: "string", pattern: "^[A-Z]{2}-[0-9]{3}$" },
  "pattern with lookahead": { type: "string", pattern: "^P(?=[0-9])([0-9]+Y)?([0-9]+D)?$" },
  "unanchored pattern": { type: "string", pattern: "Z$", format: "date-time" },
  lengths: { type: "string", minLength: 3, maxLength: 5 },
  "integer bounds": { type: "integer", minimum: -3, exclusiveMaximum: 3 },
  multipleOf: { type: "integer", multipleOf: 5, minimum: 1, maximum: 100 },
  "number bounds": { type: "number", exclusiveMinimum: 0, maximum: 1 },
  oneOf: { oneOf: [{ type: "integer" }, { type: "number", minimum: 10 }] },
  anyOf: {
    anyOf: [
      { type: "string", format: "email" },
      { type: "array", maxItems: 0 },
    ],
  },
  allOf: {
    allOf: [
      { type: "object", required: ["a"], properties: { a: { type: "string" } } },
      { required: ["b"], properties: { a: { minLength: 2 }, b: { const: 1 } } },
    ],
  },
  "if/then/else": {
    type: "object",
    required: ["kind"],
    properties: { kind: { enum: ["cat", "dog", "fish"] }, legs: { type: "integer" } },
    if: { properties: { kind: { const: "fish" } } },
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
    then: { properties: { legs: false } },
    else: { required: ["legs"], properties: { legs: { const: 4 } } },
  },
  not: { type: "string", not: { enum: ["", "forbidden"] }, maxLength: 9 },
  "not required": { type: "object", properties: { a: { type: "string" } }, not: { required: ["a"] } },
  dependentRequired: {
    type: "object",
    properties: { a: { type: "string" }, b: { type: "string" } },
    dependentRequired: { a: ["b"] },
  },
  "boolean true": { type: "object", properties: { anything: true }, required: ["anything"] },
  formats: {
    type: "object",
    additionalProperties: false,
    required: [
      "date",
      "dateTime",
      "uuid",
      "uri",
      "email",
      "nhs",
      "upn",
      "nino",
      "postcode",
      "uprn",
      "usrn",
      "gss",
      "la",
      "ods",
      "urn",
    ],
    properties: {
      date: { type: "string", format: "date" },
      dateTime: { type: "string", format: "date-time" },
      uuid: { type: "string", format: "uuid" },
      uri: { type: "string", format: "uri" },
      email: { type: "string", format: "email" },
      nhs: { type: "string", format: "nhs-number" },
      upn: { type: "string", format: "upn" },
      nino: { type: "string", format: "nino" },
      postcode: { type: "string", format: "postcode" },
      uprn: { type: "string", format: "uprn" },
      usrn: { type: "string", format: "usrn" },
      gss: { type: "string", format: "gss" },
      la: { type: "string", format: "gss-local-authority" },
      ods: { type: "string", format: "ods" },
      urn: { type: "string", format: "dfe-urn" },
    },
  },
  "recursive tree": {
    $id: "https://example.test/arbitraries/tree.schema.json",
    type: "object",
    required: ["name"],
    additionalProperties: false,
    properties: {
      name: { type: "string" },
      children: { type: "array", items: { $ref: "#" } },
    },
  },
  "absolute $ref into the catalogue": {
    type: "object",
    required: ["who"],
    properties: {
      who: {
        $ref: "https://standards.lds.example/lds-01-identifiers/1/schemas/identifier.schema.json#/$defs/nhs_number_identifier",
      },
    },
  },
};

describe.each(Object.entries(schemas))("%s", (_, schema) => {
  test.prop([arbitraryFor(schema, { validator })], { numRuns: 50 })("generated values validate", (value) => {
    expect(valid(schema, value)).toEqual([]);
  });
});

describe("what arbitraryFor generates", () => {
  test("closed objects have only declared members, the required ones always and the optional ones sometimes", () => {
    const values = sample(schemas["closed object"] as object) as Record<string, unknown>[];
    for (const value of values) {
      expect(Object.keys(value).every((key) => ["id", "note", "n"].includes(key))).toBe(true);
      expect(value).toHaveProperty("id");
    }
    expect(values.some((value) => "note" in value)).toBe(true);
    expect(values.some((value) => !("note" in value))).toBe(true);
  });

  test("open objects sometimes get undeclared members", () => {
    const values = sample(schemas["open object"] as object) as Record<string, unknown>[];
    expect(values.some((value) => Object.keys(value).some((key) => key !== "a"))).toBe(true);
  });

  test("each branch of an if/then/else is taken", () => {
    const kinds = new Set(sample(schemas["if/then/else"] as object).map((value) => (value as { kind: string }).kind));
    expect(kinds).toEqual(new Set(["cat", "dog", "fish"]));
  });

  test("every identifier system of LDS-01 comes up, with a valid value", () => {
    const systems = new Set(sample("lds-01/identifier", 300).map((value) => (value as { system: string }).system));
    for (const system of [
      "https://fhir.nhs.uk/Id/nhs-number",
      "urn:lds:id:upn",
      "urn:lds:id:postcode",
      "urn:lds:id:dfe-urn",
    ]) {
      expect(systems).toContain(system);
    }
  });

  test("both oneOf branches are taken, each value matching exactly one", () => {
    const values = sample(schemas.oneOf as object) as number[];
    expect(values.some((value) => Number.isInteger(value))).toBe(true);
    expect(values.some((value) => !Number.isInteger(value))).toBe(true);
  });

  test("recursion stops at the depth limit", () => {
    const depth = (node: unknown): number => {
      const children = (node as { children?: unknown[] }).children ?? [];
      return 1 + Math.max(0, ...children.map(depth));
    };
    const values = fc.sample(arbitraryFor(schemas["recursive tree"] as object, { validator, maxDepth: 3 }), {
      numRuns: 100,
      seed: 1,
    });
    expect(Math.max(...values.map(depth))).toBeLessThanOrEqual(3);
  });

  test("a schema given by short name or $id", () => {
    const [byName] = sample("lds-00/problem-type", 1);
    const [byId] = sample("https://standards.lds.example/lds-00-common/1/schemas/problem-type.schema.json", 1);
    expect(typeof byName).toBe("string");
    expect(typeof byId).toBe("string");
  });

  test("relative $refs resolve against baseUri", () => {
    const schema = {
      type: "object",
      required: ["system"],
      properties: { system: { $ref: "identifier-system.schema.json" } },
    };
    const [value] = fc.sample(
      arbitraryFor(schema, { validator, baseUri: "https://standards.lds.example/lds-01-identifiers/1/schemas/x.json" }),
      { numRuns: 1, seed: 3 },
    );
    expect(validator.validate("lds-01/identifier-system", (value as { system: unknown }).system)).toEqual([]);
  });

  test("a schema without instances raises a GenerationError naming it", () => {
    expect(() => sample({ title: "Nothing", allOf: [{ type: "string" }, { type: "integer" }] }, 1)).toThrow(
      GenerationError,
    );
    expect(() => sample(false, 1)).toThrow(/no instances/);
    expect(() => sample({ type: "string", minLength: 3, maxLength: 2 }, 1)).toThrow(GenerationError);
    const tooFew = { type: "array", items: { enum: [1, 2] }, uniqueItems: true, minItems: 3 };
    expect(() => sample(tooFew, 1)).toThrow(GenerationError);
  });
});

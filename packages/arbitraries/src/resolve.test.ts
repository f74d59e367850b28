import { loadCatalogue } from "@lds/catalogue";
import { describe, expect, test } from "vitest";
import { absolutize, resolveUri, SchemaResolver } from "./resolve.ts";

const base = "https://standards.lds.example/lds-04-consent-and-objections/1/schemas/";
const resolver = new SchemaResolver(loadCatalogue());

describe("resolving $refs through the catalogue", () => {
  test("relative references resolve against the enclosing $id, and $id and $schema are dropped", () => {
    const copy = absolutize(
      {
        $id: `${base}x.schema.json`,
        $schema: "https://json-schema.org/draft/2020-12/schema",
        properties: { a: { $ref: "party.schema.json" }, b: { $ref: "#/$defs/c" } },
        items: { $ref: "../../../lds-01-identifiers/1/schemas/identifier.schema.json" },
        const: { $ref: "data, not a reference" },
      },
      undefined,
    );
    expect(copy).toEqual({
      properties: { a: { $ref: `${base}party.schema.json` }, b: { $ref: `${base}x.schema.json#/$defs/c` } },
      items: { $ref: "https://standards.lds.example/lds-01-identifiers/1/schemas/identifier.schema.json" },
      const: { $ref: "data, not a reference" },
    });
  });

  test("a fragment is a JSON pointer into the schema, and results are stable objects", () => {
    const ref =
      "https://standards.lds.example/lds-01-identifiers/1/schemas/identifier.schema.json#/$defs/nhs_number_identifier";
    const found = resolver.resolve(ref);
    expect(found).toMatchObject({ title: "NHS number identifier" });
    expect(resolver.resolve(ref)).toBe(found);
  });

  test("unknown schemas and missing fragments are errors", () => {
    expect(() => resolver.resolve("https://example.test/none.schema.json")).toThrow(/unknown schema/);
    expect(() => resolver.resolve(`${base}party.schema.json#/nothing`)).toThrow(/nothing at/);
    expect(() => resolveUri("party.schema.json", undefined)).toThrow(/relative reference/);
  });
});

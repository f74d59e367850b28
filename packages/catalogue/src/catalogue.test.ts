import { readdirSync } from "node:fs";
import { expect, test } from "vitest";
import { loadCatalogue } from "./catalogue.ts";
import { CatalogueError } from "./errors.ts";
import { standardsRoot } from "./location.ts";
import { findSchema, shortName } from "./schema-names.ts";

const catalogue = loadCatalogue();

test("every lds-NN folder of the standards is read, with its manifest and requirements", () => {
  const folders = readdirSync(standardsRoot()).filter((name) => /^lds-\d{2}-/.test(name));
  expect(new Set(catalogue.standards.map((standard) => standard.folder))).toEqual(new Set(folders));
  for (const standard of catalogue.standards) {
    expect(standard.id).toMatch(/^LDS-\d{2}$/);
    expect(standard.requirements.length).toBeGreaterThan(0);
  }
});

test("the meta-schemas are read", () => {
  expect(catalogue.meta.map((schema) => schema.name).sort()).toEqual(
    ["example", "personas", "requirements", "standard"].sort(),
  );
});

test("a schema is found by $id, by short name, and by bare name when unique", () => {
  const [schema] = catalogue.meta;
  expect(findSchema(catalogue, schema!.id).schema).toBe(schema);
  expect(findSchema(catalogue, shortName(catalogue, schema!)).schema).toBe(schema);
  expect(findSchema(catalogue, `${schema!.id}#/$defs/x`).fragment).toBe("/$defs/x");
});

test("an unknown schema name is a CatalogueError naming it", () => {
  expect(() => findSchema(catalogue, "no-such-schema")).toThrow(CatalogueError);
  expect(() => findSchema(catalogue, "no-such-schema")).toThrow(/no-such-schema/);
});

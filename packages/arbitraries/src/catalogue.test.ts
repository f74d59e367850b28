// Over every schema of the catalogue: generated values validate, near misses do not.
import { fc, test } from "@fast-check/vitest";
import { loadCatalogue, shortName } from "@lds/catalogue";
import { createValidator } from "@lds/validate";
import { describe, expect } from "vitest";
import { pointerTokens } from "./json-pointer.ts";
import { mutationKinds } from "./mutation.ts";
import { nearMissFor } from "./near-miss.ts";
import { arbitraryFor } from "./schema-arbitrary.ts";

const catalogue = loadCatalogue();
const validator = createValidator(catalogue);
const names = catalogue.schemas.map((file) => shortName(catalogue, file));
const runs = { numRuns: 20 };

/**
 * Catalogue schemas this package cannot generate instances of, each with the reason. Keep it empty: a schema
 * added to the standards that lands here needs the generator taught its construct.
 */
const cannotGenerate: Readonly<Record<string, string>> = {};

describe("the catalogue", () => {
  test("every schema has valid instances and near misses that can be generated", () => {
    const failures: Record<string, string> = {};
    for (const name of names) {
      try {
        fc.sample(arbitraryFor(name, { validator }), { numRuns: 1, seed: 1 });
        fc.sample(nearMissFor(name, { validator }), { numRuns: 1, seed: 1 });
      } catch (error) {
        failures[name] = error instanceof Error ? error.message : String(error);
      }
    }
    expect(failures).toEqual(cannotGenerate);
  });
});

describe.each(names.filter((name) => !(name in cannotGenerate)))("%s", (name) => {
  test.prop([arbitraryFor(name, { validator })], runs)("generated values validate", (value) => {
    expect(validator.validate(name, value)).toEqual([]);
  });

  test.prop([nearMissFor(name, { validator })], runs)("near misses fail validation", ({ value, mutation }) => {
    expect(validator.validate(name, value)).not.toEqual([]);
    expect(mutationKinds).toContain(mutation.kind);
    expect(() => pointerTokens(mutation.pointer)).not.toThrow();
  });
});

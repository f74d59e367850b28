// Seeds replay, and failures shrink to small counterexamples through the validity filters.
import { fc, test } from "@fast-check/vitest";
import { findSchema, loadCatalogue } from "@lds/catalogue";
import { createValidator } from "@lds/validate";
import { describe, expect } from "vitest";
import { nearMissFor } from "./near-miss.ts";
import { arbitraryFor } from "./schema-arbitrary.ts";

const catalogue = loadCatalogue();
const validator = createValidator(catalogue);
const schemaNames = ["lds-04/consent-record", "lds-05/agreement", "lds-07/audit-event", "lds-01/identifier"];

/** The counterexample fast-check reports for a property that always fails. */
function counterexample<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  const details = fc.check(
    fc.property(arbitrary, () => false),
    { seed },
  );
  if (!details.failed || !details.counterexample) throw new Error("the property did not fail");
  return details.counterexample[0] as T;
}

describe.each(schemaNames)("%s", (name) => {
  test("the same seed generates the same values", () => {
    const first = fc.sample(arbitraryFor(name, { validator }), { numRuns: 10, seed: 1234 });
    const again = fc.sample(arbitraryFor(name, { validator }), { numRuns: 10, seed: 1234 });
    expect(again).toEqual(first);
    const misses = fc.sample(nearMissFor(name, { validator }), { numRuns: 10, seed: 1234 });
    expect(fc.sample(nearMissFor(name, { validator }), { numRuns: 10, seed: 1234 })).toEqual(misses);
  });

  test("a failure shrinks to a small valid instance", () => {
    const minimal = counterexample(arbitraryFor(name, { validator }), 99);
    expect(validator.validate(name, minimal)).toEqual([]);
    const typical = fc.sample(arbitraryFor(name, { validator }), { numRuns: 20, seed: 99 });
    const size = (value: unknown) => JSON.stringify(value).length;
    const sizes = typical.map(size).sort((a, b) => a - b);
    expect(size(minimal)).toBeLessThanOrEqual(sizes[sizes.length >> 1] ?? 0);
  });

  test("a failure on near misses shrinks to a near miss that still fails validation", () => {
    const minimal = counterexample(nearMissFor(name, { validator }), 99);
    expect(validator.validate(name, minimal.value)).not.toEqual([]);
  });
});

/** Schemas whose if/then/else never require members the schema itself does not. */
describe.each(["lds-04/consent-record", "lds-07/audit-event", "lds-01/identifier", "lds-06/record-access-request"])(
  "%s",
  (name) => {
    test("a failure shrinks to a minimal valid instance: required members only", () => {
      const minimal = counterexample(arbitraryFor(name, { validator }), 99);
      expect(validator.validate(name, minimal)).toEqual([]);
      const required = (findSchema(catalogue, name).schema.schema.required ?? []) as string[];
      // Shrinking leaves out every optional member, and takes the side of each if/then/else that needs fewer.
      expect(Object.keys(minimal as object).filter((key) => !required.includes(key))).toEqual([]);
    });
  },
);

describe("replaying a reported failure", () => {
  test("seed and path give back the same counterexample", () => {
    const property = fc.property(arbitraryFor("lds-04/objection", { validator }), (value) => {
      return (value as { purposes: unknown[] }).purposes.length < 2;
    });
    const details = fc.check(property, { seed: 5 });
    expect(details.failed).toBe(true);
    const replayed = fc.check(property, { seed: 5, path: details.counterexamplePath ?? "" });
    expect(replayed.counterexample).toEqual(details.counterexample);
  });
});

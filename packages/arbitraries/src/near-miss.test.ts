// nearMissFor: one labelled mutation, always invalid, pointing at the place it changed.
import { fc, test } from "@fast-check/vitest";
import { createValidator } from "@lds/validate";
import { describe, expect } from "vitest";
import { pointerGet } from "./json-pointer.ts";
import type { MutationKind, NearMiss } from "./mutation.ts";
import { nearMissFor } from "./near-miss.ts";

const validator = createValidator();

const person = {
  type: "object",
  required: ["nhs_number", "a/b~c", "tags"],
  additionalProperties: false,
  properties: {
    nhs_number: { type: "string", format: "nhs-number" },
    "a/b~c": { type: "integer", minimum: 1, maximum: 9 },
    born: { type: "string", format: "date" },
    code: { type: "string", pattern: "^[A-Z]{3}$" },
    nickname: { type: "string", minLength: 2, maxLength: 4 },
    tags: { type: "array", items: { enum: ["x", "y", "z"] }, uniqueItems: true, minItems: 1, maxItems: 2 },
  },
};

const sample = (schema: Parameters<typeof nearMissFor>[0], numRuns = 400): NearMiss[] =>
  fc.sample(nearMissFor(schema, { validator }), { numRuns, seed: 7 });

describe("near misses", () => {
  test.prop([nearMissFor(person, { validator })], { numRuns: 200 })(
    "are invalid, with an error where the mutation points (or the member it removed)",
    ({ value, mutation }) => {
      const errors = validator.validateWith(person, value);
      expect(errors.map((error) => error.pointer)).toContain(mutation.pointer);
    },
  );

  test.prop([nearMissFor(person, { validator })], { numRuns: 200 })(
    "hold the mutated value where the pointer says (dropped members are absent)",
    ({ value, mutation }) => {
      const there = pointerGet(value, mutation.pointer);
      if (mutation.kind === "drop-required") expect(there).toBeUndefined();
      else expect(there).not.toBeUndefined();
      if (mutation.kind === "null") expect(there).toBeNull();
    },
  );

  test("cover every kind of mutation the schema allows", () => {
    const kinds = new Set(sample(person).map(({ mutation }) => mutation.kind));
    const expected: MutationKind[] = [
      "drop-required",
      "unknown-member",
      "null",
      "wrong-type",
      "format",
      "pattern",
      "too-short",
      "too-long",
      "below-minimum",
      "above-maximum",
      "too-few-items",
      "too-many-items",
      "duplicate-items",
      "not-allowed-value",
    ];
    for (const kind of expected) expect(kinds).toContain(kind);
  });

  test("escape member names in pointers (RFC 6901)", () => {
    const pointers = sample(person).map(({ mutation }) => mutation.pointer);
    expect(pointers).toContain("/a~1b~0c");
    expect(pointers).not.toContain("/a/b~c");
  });

  test("name dropped required members by where they were", () => {
    const drops = sample("lds-04/objection-input").filter(({ mutation }) => mutation.kind === "drop-required");
    expect(drops.length).toBeGreaterThan(0);
    for (const { value, mutation } of drops) {
      expect(validator.validate("lds-04/objection-input", value).map((error) => error.pointer)).toContain(
        mutation.pointer,
      );
    }
  });

  test("use the identifier near misses of @lds/identifiers for identifier formats", () => {
    const schema = { type: "string", format: "nhs-number" };
    const formats = sample(schema, 100).filter(({ mutation }) => mutation.kind === "format");
    expect(formats.length).toBeGreaterThan(0);
    for (const { value } of formats) {
      expect(validator.validateWith(schema, value).map((error) => error.code)).toEqual(["invalid-nhs-number"]);
    }
  });

  test("violate additionalProperties false with an unknown member", () => {
    const unknown = sample("lds-01/validation-request").filter(({ mutation }) => mutation.kind === "unknown-member");
    expect(unknown.length).toBeGreaterThan(0);
    for (const { value, mutation } of unknown) {
      const errors = validator.validate("lds-01/validation-request", value);
      expect(errors.some((error) => error.pointer === mutation.pointer && error.code === "unknown-member")).toBe(true);
    }
  });

  test("do not exist for a schema that accepts everything", () => {
    expect(() => sample(true, 1)).toThrow(/near miss/);
  });
});

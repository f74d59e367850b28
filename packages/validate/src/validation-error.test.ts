import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { addLdsFormats } from "./formats.ts";
import { toValidationErrors } from "./validation-error.ts";

function errorsOf(schema: object, document: unknown) {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
  addLdsFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(document) ? [] : toValidationErrors(validate.errors ?? []);
}

const person = {
  type: "object",
  required: ["nhs_number"],
  additionalProperties: false,
  properties: {
    nhs_number: { type: "string", format: "nhs-number" },
    nickname: { type: "string", minLength: 1 },
    tags: { type: "array", uniqueItems: true },
    role: { oneOf: [{ const: "parent" }, { const: "carer" }] },
  },
};

describe("Ajv errors become LDS validation errors", () => {
  test("a missing member points at where it belongs", () => {
    expect(errorsOf(person, {})).toEqual([
      { pointer: "/nhs_number", code: "required", message: '"nhs_number" is required' },
    ]);
  });

  test("an identifier format failure carries the identifier rule's reason", () => {
    const [error] = errorsOf(person, { nhs_number: "9434765918" });
    expect(error?.pointer).toBe("/nhs_number");
    expect(error?.code).toBe("invalid-nhs-number");
    expect(error?.message).toMatch(/check digit/i);
  });

  test("null is reported as null-not-allowed, not as a wrong type", () => {
    expect(errorsOf(person, { nhs_number: "9434765919", nickname: null }).map((e) => e.code)).toEqual([
      "null-not-allowed",
    ]);
  });

  test("unknown members, bounds, repeats and code-list misses each have their code", () => {
    const errors = errorsOf(person, { nhs_number: "9434765919", nick: 1, nickname: "", tags: [1, 1], role: "x" });
    expect(errors.map((e) => [e.pointer, e.code])).toEqual([
      ["/nick", "unknown-member"],
      ["/nickname", "out-of-range"],
      ["/tags", "not-unique"],
      ["/role", "not-allowed-value"],
    ]);
  });

  test("a oneOf over objects reports its branches' own errors", () => {
    const schema = {
      oneOf: [
        { type: "object", required: ["a"], properties: { a: { type: "string" } } },
        { type: "object", required: ["b"], properties: { b: { type: "string" } } },
      ],
    };
    expect(errorsOf(schema, {}).map((e) => e.code)).toEqual(["required", "required"]);
  });

  test("a valid document has no errors", () => {
    expect(errorsOf(person, { nhs_number: "943 476 5919", role: "carer" })).toEqual([]);
  });
});

import type { ValidationError } from "@lds/types/lds-00";
import type { ErrorObject } from "ajv/dist/2020.js";
import { formatMessage } from "./formats.ts";

/** One reason a document is invalid, as LDS-00 problem details carry it (`errors[]`). */
export type { ValidationError };

const RANGE = new Set([
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "multipleOf",
]);
const CHOICE = new Set(["oneOf", "anyOf"]);

const escapeKey = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

function translate(error: ErrorObject): ValidationError | undefined {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const name = String(params.missingProperty);
      return { pointer: `${at}/${escapeKey(name)}`, code: "required", message: `"${name}" is required` };
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      return {
        pointer: `${at}/${escapeKey(name)}`,
        code: "unknown-member",
        message: `"${name}" is not a member of this object`,
      };
    }
    case "type":
      return error.data === null
        ? { pointer: at, code: "null-not-allowed", message: "null is not allowed: omit an empty optional member" }
        : { pointer: at, code: "type", message: `must be ${String(params.type)}` };
    case "enum":
    case "const":
      return { pointer: at, code: "not-allowed-value", message: "is not one of the allowed values" };
    case "pattern":
      return { pointer: at, code: "pattern", message: `must match ${String(params.pattern)}` };
    case "format": {
      const format = String(params.format);
      const message = formatMessage(format, error.data) ?? `is not a valid ${format}`;
      return { pointer: at, code: `invalid-${format}`, message };
    }
    case "uniqueItems":
      return { pointer: at, code: "not-unique", message: "must not repeat an item" };
    case "if":
      return undefined; // the failing `then`/`else` branch reports the cause
    default:
      if (RANGE.has(error.keyword))
        return { pointer: at, code: "out-of-range", message: error.message ?? "out of range" };
      return { pointer: at, code: "invalid", message: error.message ?? `fails ${error.keyword}` };
  }
}

/**
 * Ajv's errors as LDS validation errors. A failed `oneOf`/`anyOf` whose branches were all constants becomes one
 * `not-allowed-value`; otherwise its branches' own errors stand for it. Duplicates are dropped.
 */
export function toValidationErrors(errors: readonly ErrorObject[]): ValidationError[] {
  const choices = errors.filter((error) => CHOICE.has(error.keyword));
  const inChoice = (error: ErrorObject, choice: ErrorObject) =>
    error !== choice && error.schemaPath.startsWith(`${choice.schemaPath}/`);
  const result: ValidationError[] = [];
  for (const error of errors) {
    if (choices.some((choice) => inChoice(error, choice))) continue;
    if (CHOICE.has(error.keyword)) {
      const branches = errors.filter((other) => inChoice(other, error));
      const constant = branches.length > 0 && branches.every((b) => b.keyword === "const" || b.keyword === "enum");
      if (constant) {
        result.push({
          pointer: error.instancePath,
          code: "not-allowed-value",
          message: "is not one of the allowed values",
        });
        continue;
      }
      if (branches.length > 0) {
        for (const branch of branches) {
          const translated = translate(branch);
          if (translated) result.push(translated);
        }
        continue;
      }
    }
    const translated = translate(error);
    if (translated) result.push(translated);
  }
  return result.filter(
    (error, i) => result.findIndex((other) => other.pointer === error.pointer && other.code === error.code) === i,
  );
}

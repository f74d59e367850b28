import type { ApiOperation } from "@lds/catalogue";
import type { Validator } from "@lds/validate";
import { badRequest, type ProblemErrorItem } from "./problem.ts";

const pointerTo = (name: string) => `/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;

/** A query or path value as its schema's type: "2" is 2 for an integer parameter; anything unparseable stays a string. */
export function coerce(value: string, schema: Record<string, unknown>): unknown {
  const type = schema.type;
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value)) return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

/**
 * The operation's query parameters, coerced and validated, with defaults applied. An invalid value is 400
 * `bad-request` (LDS-00-R11); on personal-data operations, so is a parameter the operation does not define
 * (LDS-00-R12), so that a misspelt filter never silently widens a result.
 */
export function readQuery(operation: ApiOperation, url: URL, validator: Validator): Record<string, unknown> {
  const defined = operation.parameters.filter((parameter) => parameter.in === "query");
  const errors: ProblemErrorItem[] = [];
  const query: Record<string, unknown> = {};
  if (operation.scopeSets.length > 0) {
    for (const name of new Set(url.searchParams.keys())) {
      if (!defined.some((parameter) => parameter.name === name)) {
        errors.push({
          pointer: pointerTo(name),
          code: "unknown-member",
          message: `"${name}" is not a parameter of this operation`,
        });
      }
    }
  }
  for (const parameter of defined) {
    const values = url.searchParams.getAll(parameter.name);
    if (values.length > 1) {
      errors.push({ pointer: pointerTo(parameter.name), code: "invalid", message: "give the parameter once" });
      continue;
    }
    const [raw] = values;
    if (raw === undefined) {
      if (parameter.required)
        errors.push({ pointer: pointerTo(parameter.name), code: "required", message: "required" });
      else if (parameter.schema.default !== undefined) query[parameter.name] = parameter.schema.default;
      continue;
    }
    const value = coerce(raw, parameter.schema);
    for (const error of validator.validateWith(parameter.schema, value)) {
      errors.push({ ...error, pointer: pointerTo(parameter.name) + error.pointer });
    }
    query[parameter.name] = value;
  }
  if (errors.length) throw badRequest(`${errors.length} query parameter(s) are invalid.`, errors);
  return query;
}

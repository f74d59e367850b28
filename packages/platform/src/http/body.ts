import type { ApiOperation } from "@lds/catalogue";
import type { Validator } from "@lds/validate";
import { checkContentType } from "./negotiation.ts";
import { badRequest, validationFailed } from "./problem.ts";

/**
 * The request body, parsed and validated against the operation's request schema: 415 when it is not JSON, 400 when
 * it is not well-formed, 422 with every error when it is invalid (LDS-00-R03, R09, R10).
 */
export function readBody(operation: ApiOperation, headers: Headers, text: string, validator: Validator): unknown {
  const body = operation.requestBody;
  if (!body) return undefined;
  if (text === "" && !body.required) return undefined;
  checkContentType(headers);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw badRequest("The request body is not well-formed JSON.");
  }
  const errors = validator.validateWith(body.schema, document);
  if (errors.length) throw validationFailed(errors);
  return document;
}

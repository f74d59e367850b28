import { type ApiOperation, apiOperations } from "@lds/catalogue";
import type { Middleware } from "openapi-fetch";
import { standards, validators } from "./internal/catalogue.ts";
import { problemFor, problemResponse, type ValidationError } from "./problem.ts";

let operations: Map<string, ApiOperation> | undefined;

/** Every operation of the standards by `STANDARD method path`. */
function operation(standard: string, method: string, path: string): ApiOperation | undefined {
  operations ??= new Map(apiOperations(standards()).map((o) => [`${o.standard.id} ${o.method} ${o.path}`, o]));
  return operations.get(`${standard} ${method.toLowerCase()} ${path}`);
}

const pointerTo = (name: string) => `/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;

/** The query parameters' errors, as the platform reports them (LDS-00-R11, R12). */
function queryErrors(operation: ApiOperation, query: Record<string, unknown>): ValidationError[] {
  const defined = operation.parameters.filter((parameter) => parameter.in === "query");
  const given = Object.entries(query).filter(([, value]) => value !== undefined);
  const errors: ValidationError[] = given
    .filter(([name]) => !defined.some((parameter) => parameter.name === name))
    .map(([name]) => ({ pointer: pointerTo(name), code: "unknown-member", message: `"${name}" is not a parameter` }));
  for (const parameter of defined) {
    const value = query[parameter.name];
    if (value === undefined) {
      if (parameter.required)
        errors.push({ pointer: pointerTo(parameter.name), code: "required", message: "required" });
      continue;
    }
    for (const error of validators().validateWith(parameter.schema, value)) {
      errors.push({ ...error, pointer: pointerTo(parameter.name) + error.pointer });
    }
  }
  return errors;
}

/**
 * Checks a request against its operation before it is sent, with the LDS validators: query parameters, then the
 * body against the request schema. An invalid request is not sent; the client answers it with the problem the
 * platform would give — 400 `bad-request` for the query, 422 `validation-failed` for the body (LDS-00-R09, R11).
 */
export function validationMiddleware(standard: string): Middleware {
  return {
    async onRequest({ request, schemaPath, params }) {
      const found = operation(standard, request.method, schemaPath);
      if (!found) return undefined;
      const query = queryErrors(found, params.query ?? {});
      if (query.length) {
        return problemResponse(problemFor(400, `Not sent: ${query.length} query parameter error(s).`, query));
      }
      if (!found.requestBody) return undefined;
      const text = await request.clone().text();
      if (text === "" && !found.requestBody.required) return undefined;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return problemResponse(problemFor(400, "Not sent: the request body is not JSON."));
      }
      const errors = validators().validateWith(found.requestBody.schema, body);
      if (!errors.length) return undefined;
      return problemResponse(problemFor(422, `Not sent: the request body has ${errors.length} error(s).`, errors));
    },
  };
}

import { randomUUID } from "node:crypto";
import type { ApiOperation } from "@lds/catalogue";
import type { Context, Hono } from "hono";
import { authenticate, authorise } from "../auth/bearer.ts";
import type { GuardedRequest, OperationHandler, PlatformContext, Requester } from "../context.ts";
import { noteStated } from "../lds-07/audit-notes.ts";
import { readBody } from "./body.ts";
import { checkAccept } from "./negotiation.ts";
import { ProblemError } from "./problem.ts";
import { coerce, readQuery } from "./query.ts";
import { checkResponse } from "./response-check.ts";

/** `/agreements/{agreement_id}` → `/agreements/:agreement_id`. */
export const honoPath = (path: string) => path.replace(/\{([^}]+)\}/g, ":$1");

/** Path parameters are opaque ids the platform assigns: one that fails its schema names no resource (404). */
function readParams(operation: ApiOperation, c: Context, context: PlatformContext): Record<string, string> {
  const params: Record<string, string> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === "path")) {
    const value = c.req.param(parameter.name) ?? "";
    if (context.validator.validateWith(parameter.schema, coerce(value, parameter.schema)).length) {
      throw new ProblemError(404, "not-found", `No resource has this ${parameter.name}.`);
    }
    params[parameter.name] = value;
  }
  return params;
}

/**
 * Serves one operation exactly as its standard's OpenAPI document describes it, answering the first fault in this
 * order: content negotiation; authentication (LDS-00-R14); the path parameters (404); the guard's `found` check; the
 * scope (LDS-00-R15); the guard's `permitted` check; the query and the body (400, 415, 422); then the handler, and
 * in a sandbox the check of its response. From the guard on, everything runs in the request's transaction, so what
 * the guard found still holds for the handler. An audited request gets exactly one audit event, committed with the
 * handler's writes, or on its own when the request ends in a problem (LDS-07).
 */
async function serve(c: Context, operation: ApiOperation, handler: OperationHandler, context: PlatformContext) {
  // An open operation (no security requirement: no personal data) may be read from any origin, errors included.
  if (!operation.scopeSets.length) c.header("Access-Control-Allow-Origin", "*");
  checkAccept(c.req.raw.headers);
  const headers = c.req.raw.headers;
  const requester: Requester | undefined = operation.scopeSets.length
    ? await authenticate(headers, context)
    : undefined;
  const audited = requester !== undefined && context.audit.audited(operation);
  const eventId = audited ? randomUUID() : undefined;
  const notes = {};
  const entry = (status: number, problemCode: string | undefined) => ({
    eventId: eventId!,
    operation,
    requester: requester!,
    status,
    problemCode,
    notes,
    headers,
    at: context.now(),
  });
  try {
    const url = new URL(c.req.url);
    const params = readParams(operation, c, context);
    const text = operation.requestBody ? await c.req.text() : "";
    // What the request stated is recorded even when it is refused before a handler runs, 422s included (LDS-07-R03).
    if (audited) noteStated(notes, text, context.validator);
    const baseUrl = `${url.origin}${context.config.basePath}`;
    const result = await context.db.transaction(async (tx) => {
      const guardedRequest: GuardedRequest = {
        operation,
        params,
        headers,
        url,
        baseUrl,
        requester,
        tx,
        auditEventId: eventId,
        audit: notes,
      };
      await handler.guard?.found?.(guardedRequest, context);
      if (requester) authorise(operation, requester);
      await handler.guard?.permitted?.(guardedRequest, context);
      const query = readQuery(operation, url, context.validator);
      const body = readBody(operation, headers, text, context.validator);
      const outcome = await handler({ ...guardedRequest, query, body }, context);
      // A response its standard forbids is a defect: it rolls the request back and is audited as the 500 it becomes.
      if (context.checkResponses) checkResponse(operation, outcome.status ?? 200, outcome.body, context);
      if (audited) await context.audit.record(tx, entry(outcome.status ?? 200, undefined));
      return outcome;
    });
    const status = result.status ?? 200;
    for (const [name, value] of Object.entries(result.headers ?? {})) c.header(name, value);
    if (result.body === undefined) return c.body(null, status as 204);
    return c.json(result.body as object, status as 200);
  } catch (error) {
    if (audited) {
      const status = error instanceof ProblemError ? error.status : 500;
      const code = error instanceof ProblemError ? error.code : "internal-error";
      await context.db.transaction((tx) => context.audit.record(tx, entry(status, code)));
    }
    throw error;
  }
}

/** Routes every operation of the standards to its handler; a missing handler is a programming error. */
export function mountOperations(
  app: Hono,
  context: PlatformContext,
  handlers: Readonly<Record<string, OperationHandler>>,
) {
  for (const operation of context.operations) {
    const handler = handlers[operation.operationId];
    if (!handler) throw new Error(`no handler for operation ${operation.operationId} (${operation.standard.id})`);
    const path =
      operation.path === "/" ? context.config.basePath : `${context.config.basePath}${honoPath(operation.path)}`;
    app.on(operation.method.toUpperCase(), path, (c) => serve(c, operation, handler, context));
  }
}

import type { ApiOperation } from "@lds/catalogue";
import type { Personas } from "@lds/types/meta";
import type { CheckContext } from "../../engine/context.ts";
import type { Exchange } from "../../transport/exchange.ts";
import { personasOf } from "./personas.ts";

/** A request to one collection operation, about the personas, that the declared clients may make. */
export interface Collection {
  readonly operation: ApiOperation;
  /** The path with its parameters filled in. */
  readonly path: string;
  /** The body of a collection operation invoked with POST. */
  readonly json?: unknown;
  /** The organisation whose client makes the request (none for an open operation). */
  readonly organisation: string | undefined;
  /** `METHOD /path` for evidence. */
  readonly what: string;
}

/** Values of path parameters, from the personas' fixed ids: the first agreement, consent record and objection. */
function pathValue(operation: ApiOperation, name: string, personas: Personas): string | undefined {
  if (name === "agreement_id") return personas.agreements?.[0]?.id;
  if (name === "version") return "1";
  if (name === "id" && operation.path.startsWith("/consent-records/")) return personas.consents?.[0]?.id;
  if (name === "id" && operation.path.startsWith("/objections/")) return personas.objections?.[0]?.id;
  return undefined;
}

/** The path of an operation about the personas, or undefined when a parameter has no persona value. */
export function personaPath(operation: ApiOperation, personas: Personas): string | undefined {
  let missing = false;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = pathValue(operation, name, personas);
    if (value === undefined) missing = true;
    return encodeURIComponent(value ?? "");
  });
  return missing ? undefined : path;
}

/**
 * A body for an operation about the personas: the subject of the first seeded consent record or objection for a
 * search by subject, or an empty body where the request schema allows one. Undefined when none fits.
 */
export function personaBody(context: CheckContext, operation: ApiOperation): unknown {
  const schema = operation.requestBody?.schema;
  if (!schema) return undefined;
  const personas = personasOf(context);
  const subject = operation.path.startsWith("/consent-records")
    ? personas.consents?.[0]?.subject
    : operation.path.startsWith("/objections")
      ? personas.objections?.[0]?.subject
      : undefined;
  for (const body of [{}, ...(subject ? [{ subject }] : [])]) {
    if (!context.validator.validateWith(schema, body).length) return body;
  }
  return undefined;
}

/** Whether an operation's success response is the LDS-00 page envelope (a collection operation, LDS-00-R18). */
export function isCollection(context: CheckContext, operation: ApiOperation): boolean {
  const names = new Set(operation.parameters.filter((p) => p.in === "query").map((p) => p.name));
  if (!names.has("page") || !names.has("size")) return false;
  const ok = operation.responses.find((response) => response.status === "200");
  if (!ok?.schema) return false;
  // An empty page (page.schema.json's own shape) is valid against a list schema built on the envelope, and only then.
  const link = "https://lds.example/v1/collection?page=1&size=20";
  const empty = {
    items: [],
    page: { number: 1, size: 20, total_items: 0, total_pages: 0 },
    links: { self: link, first: link, last: link },
  };
  return context.validator.validateWith(ok.schema, empty).length === 0;
}

/** The claimed collection operations that the declared clients can call about the personas. */
export function collections(context: CheckContext): Collection[] {
  const personas = personasOf(context);
  return context.claimedOperations().flatMap((operation) => {
    if (!isCollection(context, operation)) return [];
    const path = personaPath(operation, personas);
    const organisation = operation.secured ? context.clientFor(operation) : undefined;
    if (path === undefined || (operation.secured && !organisation)) return [];
    const json = operation.requestBody ? personaBody(context, operation) : undefined;
    if (operation.requestBody && json === undefined) return [];
    const what = `${operation.method.toUpperCase()} ${operation.path}`;
    return [{ operation, path, organisation, what, ...(json === undefined ? {} : { json }) }];
  });
}

/** Requests a page of a collection (or any URL of it, for links), with the same body for a POST collection. */
export async function requestPage(
  context: CheckContext,
  collection: Collection,
  query: Readonly<Record<string, string | readonly string[]>> = {},
  url?: string,
): Promise<Exchange> {
  const token = collection.organisation ? await context.token(collection.organisation) : undefined;
  return context.http.request({
    method: collection.operation.method,
    path: url ?? collection.path,
    ...(url ? {} : { query }),
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    ...(collection.json === undefined ? {} : { json: collection.json }),
  });
}

/** The page envelope, as LDS-00 defines it. */
export interface PageBody {
  readonly items: unknown[];
  readonly page: { number: number; size: number; total_items: number; total_pages: number };
  readonly links: { self: string; first: string; last: string; next?: string; prev?: string };
}

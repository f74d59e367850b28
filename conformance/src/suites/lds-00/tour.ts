import type { ApiOperation } from "@lds/catalogue";
import type { CheckContext } from "../../engine/context.ts";
import type { Exchange } from "../../transport/exchange.ts";
import { collections, personaBody, personaPath } from "./collections.ts";
import { narrowToken } from "./narrow-token.ts";
import { personasOf } from "./personas.ts";

/** One response the suite observed on a tour of the platform, with the operation it came from (if any). */
export interface Observation {
  readonly operation: ApiOperation | undefined;
  /** The request in words, for evidence: `GET /agreements/{agreement_id} by org-test-requester-a`. */
  readonly what: string;
  readonly exchange: Exchange;
}

/** The identifiers of a batch validation about the personas: every identifier of the first three people. */
export function personaValidationBody(context: CheckContext) {
  const people = personasOf(context).people.slice(0, 3);
  return {
    identifiers: [
      ...people.flatMap((person) => person.identifiers.map(({ system, value }) => ({ system, value }))),
      { system: "https://fhir.nhs.uk/Id/nhs-number", value: "999 000 0018" },
      { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000019" },
      { system: "urn:lds:id:postcode", value: "nm14ab" },
      { system: "urn:lds:id:la-child-id", value: "LA-000123" },
    ],
  };
}

/**
 * A tour of the platform: every read the declared clients may make about the personas (the discovery operations,
 * each collection's first page, each resource a persona id names, a batch validation of persona identifiers), and a
 * request provoking each common error (404, 405, 406, 401, 400, 422, 403). Checks of rules that hold for every
 * response (LDS-00-R02, R04, R05, R07, R16, R26) judge what it observed; it changes nothing on the platform.
 */
export async function tour(context: CheckContext): Promise<Observation[]> {
  const personas = personasOf(context);
  const seen: Observation[] = [];
  const send = async (
    operation: ApiOperation | undefined,
    what: string,
    request: Parameters<CheckContext["http"]["request"]>[0],
  ) => {
    seen.push({ operation, what, exchange: await context.http.request(request) });
  };
  const bearer = async (organisation: string | undefined) =>
    organisation ? { authorization: `Bearer ${await context.token(organisation)}` } : undefined;

  const paged = new Map(collections(context).map((collection) => [collection.operation, collection]));
  for (const operation of context.claimedOperations()) {
    const organisation = operation.secured ? context.clientFor(operation) : undefined;
    if (operation.secured && !organisation) continue;
    const by = organisation ? ` by ${organisation}` : "";
    const what = `${operation.method.toUpperCase()} ${operation.path}${by}`;
    const headers = await bearer(organisation);
    const collection = paged.get(operation);
    if (collection) {
      await send(operation, what, {
        method: operation.method,
        path: collection.path,
        query: { size: "5" },
        ...(headers ? { headers } : {}),
        ...(collection.json === undefined ? {} : { json: collection.json }),
      });
      continue;
    }
    const path = personaPath(operation, personas);
    if (path === undefined) continue;
    if (operation.method === "get") {
      await send(operation, what, { path, ...(headers ? { headers } : {}) });
    } else if (operation.operationId === "validateIdentifiers") {
      await send(operation, what, {
        method: "POST",
        path,
        json: personaValidationBody(context),
        ...(headers ? { headers } : {}),
      });
    } else if (operation.method === "post" && operation.path.includes("$search")) {
      const json = personaBody(context, operation);
      if (json !== undefined)
        await send(operation, what, { method: "POST", path, json, ...(headers ? { headers } : {}) });
    }
  }

  await send(undefined, "GET /lds-conformance-no-such-path", { path: "/lds-conformance-no-such-path" });
  await send(undefined, "DELETE /health", { method: "DELETE", path: "/health" });
  await send(context.operation("getApiInfo"), "GET / with Accept: application/xml", {
    path: "/",
    headers: { accept: "application/xml" },
  });
  const secured = context.claimedOperations().find((operation) => operation.secured);
  if (secured) {
    const path = secured.path.replace(/\{[^}]+\}/g, "00000000-0000-4000-8000-000000000000");
    await send(secured, `${secured.method.toUpperCase()} ${secured.path} without a token`, {
      method: secured.method,
      path,
      retry: false,
    });
  }
  const validate = context.claimedOperations().find((operation) => operation.operationId === "validateIdentifiers");
  const validator = validate && context.clientFor(validate);
  if (validate && validator) {
    const headers = (await bearer(validator))!;
    await send(validate, "POST /identifiers/$validate with truncated JSON", {
      method: "POST",
      path: validate.path,
      headers: { ...headers, "content-type": "application/json" },
      body: '{"identifiers": [',
    });
    await send(validate, "POST /identifiers/$validate with an empty batch", {
      method: "POST",
      path: validate.path,
      headers,
      json: { identifiers: [] },
    });
  }
  for (const collection of paged.values()) {
    const narrow = collection.operation.secured ? await narrowToken(context, collection.operation) : undefined;
    if (!narrow) continue;
    await send(
      collection.operation,
      `${collection.what} by ${narrow.organisation} with only ${narrow.scopes.join(" ")}`,
      {
        method: collection.operation.method,
        path: collection.path,
        headers: { authorization: `Bearer ${narrow.token}` },
        ...(collection.json === undefined ? {} : { json: collection.json }),
      },
    );
    break;
  }
  return seen;
}

import type { CheckContext } from "../../engine/context.ts";
import type { Exchange } from "../../transport/exchange.ts";

/** An LDS-01 identifier as LDS-04 carries it: a subject, an organisation. */
export interface Identifier {
  readonly system: string;
  readonly value: string;
}

/** The test requester organisations whose clients a declaration gives (personas.yaml). */
export const REQUESTER = {
  a: "org-test-requester-a",
  b: "org-test-requester-b",
  c: "org-test-requester-c",
  d: "org-test-requester-d",
} as const;

export type Requester = (typeof REQUESTER)[keyof typeof REQUESTER];

/** The ten LDS-04 operations, by operationId. */
export const OPERATIONS = [
  "createConsentRecord",
  "readConsentRecord",
  "appendConsentEvent",
  "searchConsentRecords",
  "createObjection",
  "readObjection",
  "withdrawObjection",
  "searchObjections",
  "checkObjections",
  "decide",
] as const;

export type OperationId = (typeof OPERATIONS)[number];

/** How a call is made: which organisation's client, with which scopes (all the client's when absent). */
export interface CallOptions {
  readonly scopes?: readonly string[];
  readonly query?: Readonly<Record<string, string>>;
}

/** The LDS-04 API of the platform under test, called as one of the test requester organisations. */
export interface Lds04Api {
  /** The organisation's LDS-01 identifier, from the personas. */
  organisation(org: string): Identifier;
  call(
    operationId: OperationId,
    org: string,
    input: { id?: string; body?: unknown },
    options?: CallOptions,
  ): Promise<Exchange>;
  createConsentRecord(org: string, body: unknown): Promise<Exchange>;
  readConsentRecord(org: string, id: string): Promise<Exchange>;
  appendConsentEvent(org: string, id: string, body: unknown): Promise<Exchange>;
  searchConsentRecords(org: string, body: unknown, query?: Record<string, string>): Promise<Exchange>;
  createObjection(org: string, body: unknown): Promise<Exchange>;
  readObjection(org: string, id: string): Promise<Exchange>;
  withdrawObjection(org: string, id: string, body: unknown): Promise<Exchange>;
  searchObjections(org: string, body: unknown, query?: Record<string, string>): Promise<Exchange>;
  checkObjections(org: string, body: unknown): Promise<Exchange>;
  decide(org: string, body: unknown): Promise<Exchange>;
}

/** The LDS-04 operations over the check's HTTP client, paths taken from the standard's OpenAPI document. */
export function lds04Api(context: CheckContext): Lds04Api {
  const organisation = (org: string): Identifier => {
    const found = context.catalogue.personas?.organisations.find((candidate) => candidate.id === org);
    const identifier = found?.identifiers[0];
    if (!identifier) throw new Error(`the personas have no organisation ${org}`);
    return { system: identifier.system, value: identifier.value };
  };
  const call: Lds04Api["call"] = async (operationId, org, input, options = {}) => {
    const operation = context.operation(operationId);
    const token = await context.token(org, options.scopes);
    const path = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(input.id ?? ""));
    return context.http.request({
      method: operation.method.toUpperCase(),
      path,
      headers: { authorization: `Bearer ${token}` },
      ...(input.body === undefined ? {} : { json: input.body }),
      ...(options.query ? { query: options.query } : {}),
    });
  };
  return {
    organisation,
    call,
    createConsentRecord: (org, body) => call("createConsentRecord", org, { body }),
    readConsentRecord: (org, id) => call("readConsentRecord", org, { id }),
    appendConsentEvent: (org, id, body) => call("appendConsentEvent", org, { id, body }),
    searchConsentRecords: (org, body, query) => call("searchConsentRecords", org, { body }, query ? { query } : {}),
    createObjection: (org, body) => call("createObjection", org, { body }),
    readObjection: (org, id) => call("readObjection", org, { id }),
    withdrawObjection: (org, id, body) => call("withdrawObjection", org, { id, body }),
    searchObjections: (org, body, query) => call("searchObjections", org, { body }, query ? { query } : {}),
    checkObjections: (org, body) => call("checkObjections", org, { body }),
    decide: (org, body) => call("decide", org, { body }),
  };
}

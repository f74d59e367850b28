import type { ApiOperation, Catalogue } from "@lds/catalogue";
import type { Validator } from "@lds/validate";
import type { Tokens } from "./auth/tokens.ts";
import type { Database, Queryable } from "./storage/database.ts";

/** How this instance presents itself (LDS-00 ApiInfo). */
export interface PlatformConfig {
  readonly name: string;
  /** The platform's API version: the value of every `API-Version` header (LDS-00-R24). */
  readonly apiVersion: string;
  readonly environment: "sandbox" | "production";
  /** Where the LDS operations are served: `/v{major}` (LDS-00-R24). */
  readonly basePath: string;
}

/** Everything a handler may use: storage, the standards, tokens, the clock. One per platform instance. */
export interface PlatformContext {
  readonly config: PlatformConfig;
  readonly db: Database;
  readonly catalogue: Catalogue;
  readonly validator: Validator;
  readonly operations: readonly ApiOperation[];
  readonly tokens: Tokens;
  /** Records the one audit event of each audited request (LDS-07). */
  readonly audit: AuditTrail;
  /** Whether every response is checked against the operation's response schema before it is sent. */
  readonly checkResponses: boolean;
  /** Problem titles by code, from the standards' problem-type code lists. */
  readonly problemTitles: ReadonlyMap<string, string>;
  now(): Date;
}

/** The organisation a bearer token was issued to. */
export interface Requester {
  readonly clientId: string;
  /** The organisation's LDS-01 identifier. */
  readonly organisation: { readonly system: string; readonly value: string };
  readonly name: string;
  readonly scopes: readonly string[];
}

/** What the audit event of a request records beyond the operation and its outcome (LDS-07). */
export interface AuditNotes {
  purpose?: string;
  agreement?: { id: string; version: number };
  subjects?: { system: string; value: string }[];
  breakGlass?: boolean;
  conditions?: string[];
  [key: string]: unknown;
}

/** What the audit trail is told of a finished request. */
export interface AuditEntry {
  /** Assigned before the handler runs, so that a response can cite its own audit event. */
  readonly eventId: string;
  readonly operation: ApiOperation;
  readonly requester: Requester;
  readonly status: number;
  /** The problem's code, for 4xx and 5xx. */
  readonly problemCode: string | undefined;
  readonly notes: AuditNotes;
  readonly headers: Headers;
  readonly at: Date;
}

/** The access audit (LDS-07): which operations it covers, and how an event is appended. */
export interface AuditTrail {
  audited(operation: ApiOperation): boolean;
  /** Appends the request's event inside the given transaction. */
  record(tx: Queryable, entry: AuditEntry): Promise<void>;
}

/** One request to an LDS operation, checked against the operation's OpenAPI description. */
export interface OperationRequest {
  readonly operation: ApiOperation;
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters, coerced to their schema types, defaults applied. */
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  readonly headers: Headers;
  readonly url: URL;
  /** The absolute base URL, without a trailing slash: `http://127.0.0.1:8080/v1`. */
  readonly baseUrl: string;
  readonly requester: Requester | undefined;
  /**
   * The request's transaction: every write of a request commits together with its audit event, or not at all.
   * Handlers query through it only (embedded Postgres has one connection, which the transaction holds).
   */
  readonly tx: Queryable;
  /** The request's audit event id (LDS-07), when the operation is audited. */
  readonly auditEventId: string | undefined;
  /** What the handler learns that the audit event records: purpose, agreement, subjects… */
  readonly audit: AuditNotes;
}

export interface OperationResult {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a guard sees of a request: everything but its query and body, which are validated after it. */
export type GuardedRequest = Omit<OperationRequest, "query" | "body">;

export type GuardCheck = (request: GuardedRequest, context: PlatformContext) => Promise<void>;

/**
 * The checks an operation makes on the resource its path names before the request's query and body are validated,
 * in the request's transaction, so that a request with several faults gets the answer its standard puts first
 * (LDS-05-R29): `found` right after authentication, before the scope check (404 for the path); `permitted` right
 * after the scope check (403 for this requester on this resource).
 */
export interface OperationGuard {
  readonly found?: GuardCheck;
  readonly permitted?: GuardCheck;
}

/** The handler of one operation, and its guard when it has one. */
export interface OperationHandler {
  (request: OperationRequest, context: PlatformContext): Promise<OperationResult>;
  readonly guard?: OperationGuard;
}

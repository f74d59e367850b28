import { randomBytes } from "node:crypto";
import type { ApiOperation } from "@lds/catalogue";
import { expect } from "vitest";
import type { Platform } from "../src/index.ts";
import { type ChainedEvent, type ChainLinkBefore, GENESIS_HASH, verifyChain } from "../src/lds-07/hash-chain.ts";
import { call, json } from "./harness.ts";

/** The LDS-07 operations that return audit data about people: audited, unlike the chain operations (LDS-07-R01). */
const AUDITED_LDS07 = ["searchAuditEvents", "getAuditEvent", "exportAuditEvents", "generateAccessReport"];

/**
 * Whether every authenticated request to the operation has an audit event, as LDS-07-R01 lists them: every operation
 * of LDS-04 and LDS-06, the LDS-05 operations that create or change an agreement (POST, PUT, PATCH, DELETE), and four
 * LDS-07 operations.
 */
export function auditedOperation(operation: ApiOperation): boolean {
  switch (operation.standard.id) {
    case "LDS-04":
    case "LDS-06":
      return true;
    case "LDS-05":
      return ["post", "put", "patch", "delete"].includes(operation.method.toLowerCase());
    case "LDS-07":
      return AUDITED_LDS07.includes(operation.operationId);
    default:
      return false;
  }
}

/** Who sends a request: the holder of a token the platform issued, the holder of one it never issued, or nobody. */
export type Sender = { readonly token: string } | "bogus-token" | "no-token";

export interface SendOptions {
  readonly params?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** The query string, with its `?`. */
  readonly query?: string;
}

const hex = (bytes: number) => randomBytes(bytes).toString("hex");

/**
 * Sends requests to the platform's operations by operationId, each with a fresh W3C `traceparent`, and counts what
 * LDS-07-R01 says the audit trail must then hold: one event for each request to an audited operation that carries a
 * token the platform issued (a request answered 401 has none), whatever the outcome. `check` compares the trail with
 * the count and verifies the hash chain over the events appended since the last check.
 */
export function auditLedger(platform: Platform, auditorToken: string) {
  const operations = new Map(platform.context.operations.map((operation) => [operation.operationId, operation]));
  /** Authenticated requests to audited operations, since the platform started. */
  let requests = 0;
  /** The trace ids of those requests whose events no check has seen yet. */
  const unseen: string[] = [];
  let verified: ChainLinkBefore = { sequence: 0, hash: GENESIS_HASH };

  async function send(operationId: string, as: Sender, options: SendOptions = {}): Promise<Response> {
    const operation = operations.get(operationId);
    if (!operation) throw new Error(`the platform serves no operation ${operationId}`);
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(options.params?.[name] ?? ""),
    );
    const traceId = hex(16);
    const token =
      as === "no-token" ? undefined : as === "bogus-token" ? randomBytes(32).toString("base64url") : as.token;
    const response = await call(platform, operation.method.toUpperCase(), `/v1${path}${options.query ?? ""}`, {
      ...(token === undefined ? {} : { token }),
      ...(options.body === undefined ? {} : { body: options.body }),
      headers: { traceparent: `00-${traceId}-${hex(8)}-01` },
    });
    if (typeof as === "object" && auditedOperation(operation)) {
      requests++;
      unseen.push(traceId);
    }
    return response;
  }

  /**
   * LDS-07-R01, R07, R09 to R11: the chain is exactly as long as the count of audited requests; the events appended
   * since the last check are the unseen requests', one each by trace id; their sequence numbers follow on without a
   * gap, each links to the one before and its hash recomputes; the chain's head is the last of them. Reading the
   * events is itself an audited request, which the next check sees.
   */
  async function check(): Promise<void> {
    const auditor = { token: auditorToken };
    const expected = unseen.splice(0).sort();
    const chainResponse = await send("getAuditChain", auditor);
    expect(chainResponse.status).toBe(200);
    const chain = await json(chainResponse);
    expect(chain.length, "audit events = authenticated requests to audited operations (LDS-07-R01)").toBe(requests);
    const events: ChainedEvent[] = [];
    for (let page = 1; chain.length > verified.sequence; page++) {
      const response = await send("searchAuditEvents", auditor, {
        query: `?size=100&page=${page}`,
        body: { sequence_from: verified.sequence + 1, sequence_to: chain.length },
      });
      expect(response.status).toBe(200);
      const body = await json(response);
      events.push(...body.items);
      if (!body.links.next) break;
    }
    expect(events.map((event) => event.trace_id).sort(), "one event per request, by trace id").toEqual(expected);
    expect(verifyChain(events, verified), "the first sequence at which the chain breaks").toBeUndefined();
    const last = events.at(-1);
    if (!last) return;
    expect(last.sequence).toBe(chain.length);
    expect(chain.head.hash).toBe(last.hash);
    verified = { sequence: last.sequence, hash: last.hash };
  }

  /**
   * Counts on from the chain as it is now: the start of a sequence of requests, whatever an earlier sequence that
   * failed part-way left uncounted or unchecked.
   */
  async function restart(): Promise<void> {
    const response = await send("getAuditChain", { token: auditorToken });
    expect(response.status).toBe(200);
    const chain = await json(response);
    requests = chain.length;
    unseen.splice(0);
    verified = chain.head
      ? { sequence: chain.head.sequence, hash: chain.head.hash }
      : { sequence: 0, hash: GENESIS_HASH };
  }

  return { send, check, restart };
}

import type { AuditEvent, Outcome } from "@lds/types/lds-07";
import type { AuditEntry } from "../context.ts";
import { notedMembers } from "./audit-notes.ts";
import { actionOf } from "./audited-operations.ts";
import { traceIdOf, userRefOf } from "./request-headers.ts";

/** The audit event's own members: the generated type without the open index signature codegen gives it. */
export type AuditEventMembers = {
  [K in keyof AuditEvent as string extends K ? never : K]: AuditEvent[K];
};

/** An audit event before it is appended: everything but its place in the chain. */
export type AuditEventContent = Omit<AuditEventMembers, "sequence" | "prev_hash" | "hash" | "recorded_at">;

/**
 * The outcome of a request from its HTTP status alone (LDS-07-R04): 2xx permit, 403 deny, any other 4xx or 5xx
 * error; the problem's code for deny and error, never for permit.
 */
export function outcomeOf(status: number, problemCode: string | undefined): Outcome {
  if (status < 400) return { result: "permit", http_status: status };
  return {
    result: status === 403 ? "deny" : "error",
    http_status: status,
    // A handler ends a request in a problem by throwing one, so a code is always known; a bare failure is internal.
    problem_code: problemCode ?? "internal-error",
  };
}

/**
 * The audit event of a finished request (LDS-07 section 4.1), from the operation, the token, the request's
 * `traceparent` and `LDS-User-Ref` headers, what its handler noted and the response status.
 */
export function auditEventContent(entry: AuditEntry): AuditEventContent {
  const userRef = userRefOf(entry.headers);
  const traceId = traceIdOf(entry.headers);
  const outcome = outcomeOf(entry.status, entry.problemCode);
  const { disclosed, conditions, ...noted } = notedMembers(entry.notes);
  // Only a performed request disclosed anything: a refused or failed one has no record content and no provenance
  // whose conditions it could carry (LDS-07-R03, R06).
  const disclosure =
    outcome.result === "permit" ? { ...(disclosed ? { disclosed } : {}), ...(conditions ? { conditions } : {}) } : {};
  return {
    id: entry.eventId,
    standard: entry.operation.standard.id,
    operation: entry.operation.operationId,
    action: actionOf(entry.operation),
    requester: {
      organisation: { system: entry.requester.organisation.system, value: entry.requester.organisation.value },
      client_id: entry.requester.clientId,
      ...(userRef ? { user_ref: userRef } : {}),
    },
    ...noted,
    ...disclosure,
    outcome,
    ...(traceId ? { trace_id: traceId } : {}),
  };
}

import { canonicalize } from "@lds/canonical-json";
import type { ApiOperation } from "@lds/catalogue";
import type { AuditEvent } from "@lds/types/lds-07";
import type { AuditEntry, AuditTrail } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import type { Identifier } from "../people/people.ts";
import type { Queryable } from "../storage/database.ts";
import { fitsInteger } from "../storage/integers.ts";
import { auditEventContent } from "./audit-event.ts";
import { audited } from "./audited-operations.ts";
import { eventHash } from "./hash-chain.ts";

/** The reference platform's audit trail, and the organisation that keeps it. */
export interface AccessAuditTrail extends AuditTrail {
  /** The custodian (LDS-07 section 3), named by getAuditChain and as the observer of exported events. */
  readonly custodian: Identifier | undefined;
}

export interface AuditTrailOptions {
  /** The organisation operating the platform; the personas' host council when absent (see custodian.ts). */
  readonly custodian?: Identifier;
}

interface ChainHeadRow {
  length: number;
  hash: string;
  recorded_at: string | null;
}

/**
 * The access audit of LDS-07: which operations are audited, and the append of each request's event to the one hash
 * chain (LDS-07 section 6). An append locks the chain head row for the rest of its transaction, so appends from any
 * number of platform instances over one database take turns and the sequence has no gaps (LDS-07-R09). When the event
 * cannot be appended the request ends in 503 `audit-unavailable`, its transaction rolled back: no audit, no
 * disclosure (LDS-07-R02).
 */
export function createAuditTrail(options: AuditTrailOptions = {}): AccessAuditTrail {
  return {
    custodian: options.custodian,
    audited: (operation: ApiOperation) => audited(operation),
    async record(tx: Queryable, entry: AuditEntry): Promise<void> {
      // A 401 identifies no requester (LDS-07-R01); a request refused because audit failed has no event (R02).
      if (entry.status === 401 || entry.problemCode === "audit-unavailable") return;
      try {
        await append(tx, entry);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ProblemError(503, "audit-unavailable", `The platform could not record this request: ${reason}`);
      }
    },
  };
}

/** Appends one event at the head of the chain, inside the request's transaction. */
async function append(tx: Queryable, entry: AuditEntry): Promise<AuditEvent> {
  const [head] = await tx.query<ChainHeadRow>(
    "SELECT length, hash, recorded_at FROM audit_chain_head WHERE id = 1 FOR UPDATE",
  );
  if (!head) throw new Error("the audit chain has no head row");
  const content = auditEventContent(entry);
  const event = {
    ...content,
    sequence: head.length + 1,
    prev_hash: head.hash,
    recorded_at: appendTime(entry.at, head.recorded_at),
  };
  const recorded: AuditEvent = { ...event, hash: eventHash(event) };
  await tx.query(
    `INSERT INTO audit_events (sequence, id, event, recorded_at, standard, operation, requester_system,
       requester_value, requester_name, purpose_class, agreement_id, agreement_version, outcome, break_glass, trace_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      recorded.sequence,
      recorded.id,
      canonicalize(recorded),
      recorded.recorded_at,
      recorded.standard,
      recorded.operation,
      recorded.requester.organisation.system,
      recorded.requester.organisation.value,
      entry.requester.name.trim().slice(0, 200) || null,
      recorded.purpose_class ?? null,
      recorded.agreement_id ?? null,
      // The search column; a version past what it holds is searched for in the event itself (event-search.ts).
      recorded.agreement_version !== undefined && fitsInteger(recorded.agreement_version)
        ? recorded.agreement_version
        : null,
      recorded.outcome.result,
      recorded.break_glass,
      recorded.trace_id ?? null,
    ],
  );
  for (const [position, subject] of (recorded.subjects ?? []).entries()) {
    await tx.query("INSERT INTO audit_event_subjects (sequence, position, system, value) VALUES ($1, $2, $3, $4)", [
      recorded.sequence,
      position,
      subject.system,
      subject.value,
    ]);
  }
  await tx.query("UPDATE audit_chain_head SET length = $1, hash = $2, recorded_at = $3 WHERE id = 1", [
    recorded.sequence,
    recorded.hash,
    recorded.recorded_at,
  ]);
  return recorded;
}

/**
 * The event's `recorded_at` (LDS-07-R13): the time the request finished, in UTC, but never before the event ahead of
 * it — a request that finished first may append second, and recorded_at must not decrease along the chain.
 */
function appendTime(at: Date, previous: string | null): string {
  const now = at.toISOString();
  return previous !== null && Date.parse(previous) > at.getTime() ? previous : now;
}

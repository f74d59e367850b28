import type { AuditEvent, AuditEventQuery } from "@lds/types/lds-07";
import type { PageRequest } from "../http/page.ts";
import { canonicalIdentifier, findPerson, type Identifier, identifiersOf } from "../people/people.ts";
import type { Queryable } from "../storage/database.ts";
import { fitsInteger } from "../storage/integers.ts";

/** An event search: the filters of an audit event query, and whose events the caller may see. */
export interface EventSearch extends AuditEventQuery {
  /** Only this requester organisation's events (LDS-07-R17); every event when absent (LDS-07-R18). */
  readonly visibleTo?: Identifier;
}

/** An event as stored: the event exactly as recorded, and the requester organisation's name when known. */
export interface StoredEvent {
  readonly event: AuditEvent;
  readonly requesterName: string | undefined;
}

interface EventRow {
  event: string;
  requester_name: string | null;
}

/**
 * The events matching every filter, in ascending sequence order (LDS-07-R15), one page of them or all, with the
 * number that match. A subject filter matches the person (LDS-07-R16).
 */
export async function searchEvents(
  tx: Queryable,
  search: EventSearch,
  page?: PageRequest,
): Promise<{ events: StoredEvent[]; total: number }> {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const equal = (column: string, value: unknown) => {
    if (value !== undefined) where.push(`e.${column} = ${param(value)}`);
  };
  if (search.visibleTo) {
    equal("requester_system", search.visibleTo.system);
    equal("requester_value", search.visibleTo.value);
  }
  if (search.requester) {
    equal("requester_system", search.requester.system);
    equal("requester_value", search.requester.value);
  }
  equal("standard", search.standard);
  equal("operation", search.operation);
  equal("purpose_class", search.purpose_class);
  equal("agreement_id", search.agreement_id);
  // A version past what the integer column holds can still be one an event records (a decision cites any version):
  // those are compared in the event itself. A sequence number that large is no event's, and bounds none from above.
  const beyond = (value: number | undefined) => value !== undefined && !fitsInteger(value);
  if (beyond(search.agreement_version)) {
    where.push(
      `(e.event::jsonb ->> 'agreement_version')::numeric = ${param(String(search.agreement_version))}::numeric`,
    );
  } else {
    equal("agreement_version", search.agreement_version);
  }
  if (beyond(search.sequence_from)) where.push("FALSE");
  equal("outcome", search.outcome);
  equal("break_glass", search.break_glass);
  equal("trace_id", search.trace_id);
  if (search.recorded_from !== undefined) {
    where.push(`e.recorded_at::timestamptz >= ${param(search.recorded_from)}::timestamptz`);
  }
  if (search.recorded_to !== undefined) {
    where.push(`e.recorded_at::timestamptz < ${param(search.recorded_to)}::timestamptz`);
  }
  if (search.sequence_from !== undefined && !beyond(search.sequence_from)) {
    where.push(`e.sequence >= ${param(search.sequence_from)}`);
  }
  if (search.sequence_to !== undefined && !beyond(search.sequence_to)) {
    where.push(`e.sequence <= ${param(search.sequence_to)}`);
  }
  if (search.subject) {
    const identifiers = await samePerson(tx, search.subject);
    where.push(
      `EXISTS (SELECT 1 FROM audit_event_subjects s
         JOIN unnest(${param(identifiers.map((i) => i.system))}::text[], ${param(identifiers.map((i) => i.value))}::text[])
           AS m (system, value) ON s.system = m.system AND s.value = m.value
         WHERE s.sequence = e.sequence)`,
    );
  }
  const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const [count] = await tx.query<{ total: number }>(`SELECT count(*)::integer AS total FROM audit_events e ${filter}`, [
    ...params,
  ]);
  const limit = page ? ` LIMIT ${param(page.size)} OFFSET ${param(page.offset)}` : "";
  const rows = await tx.query<EventRow>(
    `SELECT e.event, e.requester_name FROM audit_events e ${filter} ORDER BY e.sequence${limit}`,
    params,
  );
  return {
    events: rows.map((row) => ({
      event: JSON.parse(row.event) as AuditEvent,
      requesterName: row.requester_name ?? undefined,
    })),
    total: count?.total ?? 0,
  };
}

/** One event by id, exactly as recorded, if the caller may see it (LDS-07-R17). */
export async function findEvent(
  tx: Queryable,
  id: string,
  visibleTo: Identifier | undefined,
): Promise<AuditEvent | undefined> {
  const [row] = await tx.query<EventRow>(
    `SELECT event, requester_name FROM audit_events
     WHERE id = $1 AND ($2::text IS NULL OR (requester_system = $2 AND requester_value = $3))`,
    [id.toLowerCase(), visibleTo?.system ?? null, visibleTo?.value ?? null],
  );
  return row ? (JSON.parse(row.event) as AuditEvent) : undefined;
}

/**
 * Every identifier that names the same person as the one given (LDS-07-R16): the identifier in LDS-01 canonical
 * form and, when the platform holds the person it names, every identifier it holds for them.
 */
async function samePerson(tx: Queryable, subject: Identifier): Promise<Identifier[]> {
  const canonical = canonicalIdentifier({ system: subject.system, value: subject.value });
  const person = await findPerson(tx, canonical);
  const held = person ? await identifiersOf(tx, person) : [];
  return [canonical, ...held.filter((i) => i.system !== canonical.system || i.value !== canonical.value)];
}

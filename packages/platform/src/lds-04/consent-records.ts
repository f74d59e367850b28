import type { ConsentEvent, ConsentRecord } from "@lds/types/lds-04";
import { findPerson } from "../people/people.ts";
import type { Queryable } from "../storage/database.ts";
import { derivedState } from "./consent-state.ts";
import { bare, canonical } from "./identifiers.ts";
import { idKey } from "./ids.ts";
import { belongingCondition, type SubjectColumns, type SubjectMatch } from "./subjects.ts";
import { orderable } from "./times.ts";

/** A stored record: its header and terms, without its events and state. */
interface RecordRow {
  id: string;
  record: Record<string, unknown>;
}

/** A consent record with its state derived from its events at the given moment (LDS-04-R09). */
function present(record: RecordRow["record"], events: ConsentEvent[], at: Date): ConsentRecord {
  return { ...record, state: derivedState(events, at), events } as ConsentRecord;
}

/**
 * Stores a consent record exactly as given — its terms, header and every event — without its `state`, which is
 * derived at every request (LDS-04-R09). createConsentRecord stores each new record through it, and the sandbox seeds
 * the personas' consents with it; seeding again replaces the record it seeded, events and all, which is the only
 * way an event is ever removed (no LDS-04 operation does so: LDS-04-R05).
 */
export async function putConsentRecord(tx: Queryable, record: ConsentRecord): Promise<void> {
  const { state: _derived, events, ...terms } = record;
  const id = idKey(record.id);
  const subject = bare(canonical(record.subject));
  await tx.query(
    `INSERT INTO consent_records (id, person_id, subject_system, subject_value, created_at, record)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET person_id = EXCLUDED.person_id, subject_system = EXCLUDED.subject_system,
       subject_value = EXCLUDED.subject_value, created_at = EXCLUDED.created_at, record = EXCLUDED.record`,
    [
      id,
      (await findPerson(tx, subject)) ?? null,
      subject.system,
      subject.value,
      orderable(record.created_at),
      JSON.stringify(terms),
    ],
  );
  await tx.query("DELETE FROM consent_events WHERE record_id = $1", [id]);
  for (const event of events) await appendConsentEventRow(tx, id, event);
}

/** Adds one event at the end of a record's history: the one write appendConsentEvent makes (LDS-04-R05). */
export async function appendConsentEventRow(tx: Queryable, recordId: string, event: ConsentEvent): Promise<void> {
  await tx.query("INSERT INTO consent_events (record_id, sequence, event) VALUES ($1, $2, $3)", [
    idKey(recordId),
    event.sequence,
    JSON.stringify(event),
  ]);
}

/** A consent record with the subject columns it is stored under, to tell whose it is (LDS-04-R10). */
export interface StoredConsentRecord {
  readonly record: ConsentRecord;
  readonly columns: SubjectColumns;
}

/**
 * The consent record with this id and its subject columns, its state derived at `at`, or undefined. `lock` holds the
 * record until the transaction ends, so that two appends to one record take turns and each sees the other's event.
 */
export async function readStoredConsentRecord(
  tx: Queryable,
  id: string,
  at: Date,
  lock = false,
): Promise<StoredConsentRecord | undefined> {
  const [row] = await tx.query<RecordRow & SubjectColumns>(
    `SELECT id, person_id, subject_system, subject_value, record FROM consent_records WHERE id = $1${lock ? " FOR UPDATE" : ""}`,
    [idKey(id)],
  );
  if (!row) return undefined;
  const events = await tx.query<{ event: ConsentEvent }>(
    "SELECT event FROM consent_events WHERE record_id = $1 ORDER BY sequence",
    [row.id],
  );
  return {
    record: present(
      row.record,
      events.map((e) => e.event),
      at,
    ),
    columns: { person_id: row.person_id, subject_system: row.subject_system, subject_value: row.subject_value },
  };
}

/** The consent record with this id, its state derived at `at`, or undefined; `lock` as readStoredConsentRecord. */
export async function readConsentRecord(
  tx: Queryable,
  id: string,
  at: Date,
  lock = false,
): Promise<ConsentRecord | undefined> {
  return (await readStoredConsentRecord(tx, id, at, lock))?.record;
}

/** Every consent record of a subject, states derived at `at`, in the order of LDS-04-R16: created_at, then id. */
export async function consentRecordsOf(tx: Queryable, match: SubjectMatch, at: Date): Promise<ConsentRecord[]> {
  const belonging = belongingCondition([match], 1);
  const rows = await tx.query<RecordRow>(
    `SELECT id, record FROM consent_records WHERE ${belonging.sql}
     ORDER BY created_at COLLATE "C", id COLLATE "C"`,
    belonging.params,
  );
  if (!rows.length) return [];
  const events = await tx.query<{ record_id: string; event: ConsentEvent }>(
    "SELECT record_id, event FROM consent_events WHERE record_id = ANY($1::text[]) ORDER BY record_id, sequence",
    [rows.map((row) => row.id)],
  );
  const byRecord = new Map<string, ConsentEvent[]>();
  for (const { record_id, event } of events) byRecord.set(record_id, [...(byRecord.get(record_id) ?? []), event]);
  return rows.map((row) => present(row.record, byRecord.get(row.id) ?? [], at));
}

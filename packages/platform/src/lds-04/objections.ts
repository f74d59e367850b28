import type { Objection, ObjectionSetEvent, ObjectionWithdrawnEvent } from "@lds/types/lds-04";
import { findPerson } from "../people/people.ts";
import type { Queryable } from "../storage/database.ts";
import { bare, canonical } from "./identifiers.ts";
import { idKey } from "./ids.ts";
import { belongingCondition, type SubjectColumns, type SubjectMatch } from "./subjects.ts";
import { orderable } from "./times.ts";

export type ObjectionEvent = ObjectionSetEvent | ObjectionWithdrawnEvent;

/** An objection with the subject columns it is stored under, to tell whose it is in a batch (LDS-04-R17). */
export interface StoredObjection {
  readonly objection: Objection;
  readonly columns: SubjectColumns;
}

interface ObjectionRow extends SubjectColumns {
  id: string;
  objection: Record<string, unknown>;
}

/**
 * An objection as returned: its status derived from its events, never stored — active until it has a withdrawn
 * event (LDS-04-R13, R14). Nothing else (time, death, identifiers) ends it.
 */
function present(objection: Record<string, unknown>, events: ObjectionEvent[]): Objection {
  const status = events.some((event) => event.type === "withdrawn") ? "withdrawn" : "active";
  return { ...objection, status, events } as Objection;
}

/** Whether an objection is active: it has not been withdrawn (LDS-04-R13). */
export const isActive = (objection: Objection) => objection.status === "active";

/**
 * Stores an objection exactly as given — id, subject, purposes and events — without its `status`, which is derived.
 * createObjection stores each new objection through it, and the sandbox seeds the personas' objections with it;
 * seeding again replaces the objection it seeded.
 */
export async function putObjection(tx: Queryable, objection: Objection): Promise<void> {
  const { status: _derived, events, ...rest } = objection;
  const id = idKey(objection.id);
  const subject = bare(canonical(objection.subject));
  const set = events[0]!;
  await tx.query(
    `INSERT INTO objections (id, person_id, subject_system, subject_value, recorded_at, objection)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET person_id = EXCLUDED.person_id, subject_system = EXCLUDED.subject_system,
       subject_value = EXCLUDED.subject_value, recorded_at = EXCLUDED.recorded_at, objection = EXCLUDED.objection`,
    [
      id,
      (await findPerson(tx, subject)) ?? null,
      subject.system,
      subject.value,
      orderable(set.recorded_at),
      JSON.stringify(rest),
    ],
  );
  await tx.query("DELETE FROM objection_events WHERE objection_id = $1", [id]);
  for (const event of events) await appendObjectionEvent(tx, id, event);
}

/** Adds an objection's event: its set event, or its one withdrawn event (LDS-04-R14). */
export async function appendObjectionEvent(tx: Queryable, id: string, event: ObjectionEvent): Promise<void> {
  await tx.query("INSERT INTO objection_events (objection_id, sequence, event) VALUES ($1, $2, $3)", [
    idKey(id),
    event.sequence,
    JSON.stringify(event),
  ]);
}

async function eventsOf(tx: Queryable, ids: readonly string[]): Promise<Map<string, ObjectionEvent[]>> {
  const rows = ids.length
    ? await tx.query<{ objection_id: string; event: ObjectionEvent }>(
        `SELECT objection_id, event FROM objection_events WHERE objection_id = ANY($1::text[])
         ORDER BY objection_id, sequence`,
        [ids],
      )
    : [];
  const byObjection = new Map<string, ObjectionEvent[]>();
  for (const { objection_id, event } of rows) {
    byObjection.set(objection_id, [...(byObjection.get(objection_id) ?? []), event]);
  }
  return byObjection;
}

/** The objection with this id, or undefined; `lock` holds it until the transaction ends (one withdrawal at a time). */
export async function readObjection(tx: Queryable, id: string, lock = false): Promise<Objection | undefined> {
  const [row] = await tx.query<ObjectionRow>(
    `SELECT id, objection FROM objections WHERE id = $1${lock ? " FOR UPDATE" : ""}`,
    [idKey(id)],
  );
  if (!row) return undefined;
  return present(row.objection, (await eventsOf(tx, [row.id])).get(row.id) ?? []);
}

/**
 * Every objection of any of the subjects, in the order of LDS-04-R16 and R23: the set event's `recorded_at`, then
 * `id`. `activeOnly` leaves out withdrawn objections.
 */
export async function objectionsOf(
  tx: Queryable,
  matches: readonly SubjectMatch[],
  activeOnly = false,
): Promise<StoredObjection[]> {
  if (!matches.length) return [];
  const belonging = belongingCondition(matches, 1);
  const active = activeOnly
    ? " AND NOT EXISTS (SELECT 1 FROM objection_events e WHERE e.objection_id = objections.id AND e.event->>'type' = 'withdrawn')"
    : "";
  const rows = await tx.query<ObjectionRow>(
    `SELECT id, person_id, subject_system, subject_value, objection FROM objections
     WHERE ${belonging.sql}${active}
     ORDER BY recorded_at COLLATE "C", id COLLATE "C"`,
    belonging.params,
  );
  const events = await eventsOf(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    objection: present(row.objection, events.get(row.id) ?? []),
    columns: { person_id: row.person_id, subject_system: row.subject_system, subject_value: row.subject_value },
  }));
}

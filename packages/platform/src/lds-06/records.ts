import type { RecordType } from "@lds/types/lds-06";
import { canonicalIdentifier, type Identifier } from "../people/people.ts";
import type { Queryable } from "../storage/database.ts";

/** A record summary the platform holds about a person, whole (LDS-06 §4). */
export interface HeldRecord {
  readonly record: Record<string, unknown>;
  /** When the source record last changed, if known (LDS-06-R25). */
  readonly updatedAt: string | undefined;
}

/**
 * Makes an organisation the source of a record type: the one on whose behalf this platform, at its base URL,
 * discloses records of that type (LDS-06 §2). Records held from any other source are not disclosed here.
 */
export async function setRecordSource(tx: Queryable, recordType: RecordType, organisation: Identifier): Promise<void> {
  const { system, value } = canonicalIdentifier(organisation);
  await tx.query(
    `INSERT INTO record_sources (record_type, organisation_system, organisation_value) VALUES ($1, $2, $3)
     ON CONFLICT (record_type) DO UPDATE SET organisation_system = EXCLUDED.organisation_system,
       organisation_value = EXCLUDED.organisation_value`,
    [recordType, system, value],
  );
}

/**
 * Holds a person's record of a record type from a source organisation, replacing any earlier one: the sandbox seeds
 * the personas' `records` with it. While a record type has no source (setRecordSource), the source of its first
 * record becomes the record type's source.
 */
export async function putRecord(
  tx: Queryable,
  personId: string,
  recordType: RecordType,
  source: Identifier,
  record: Record<string, unknown>,
  updatedAt?: string,
): Promise<void> {
  const { system, value } = canonicalIdentifier(source);
  await tx.query(
    `INSERT INTO record_sources (record_type, organisation_system, organisation_value) VALUES ($1, $2, $3)
     ON CONFLICT (record_type) DO NOTHING`,
    [recordType, system, value],
  );
  await tx.query(
    `INSERT INTO records (person_id, record_type, source_system, source_value, record, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (person_id, record_type) DO UPDATE SET source_system = EXCLUDED.source_system,
       source_value = EXCLUDED.source_value, record = EXCLUDED.record, updated_at = EXCLUDED.updated_at`,
    [personId, recordType, system, value, JSON.stringify(record), updatedAt ?? null],
  );
}

/** The organisation on whose behalf the platform discloses records of a type; undefined while it has none. */
export async function sourceOrganisation(tx: Queryable, recordType: RecordType): Promise<Identifier | undefined> {
  const [row] = await tx.query<{ organisation_system: string; organisation_value: string }>(
    "SELECT organisation_system, organisation_value FROM record_sources WHERE record_type = $1",
    [recordType],
  );
  return row ? { system: row.organisation_system, value: row.organisation_value } : undefined;
}

/** The person's record of a type that the platform discloses: one held from the record type's source. */
export async function heldRecord(
  tx: Queryable,
  personId: string,
  recordType: RecordType,
): Promise<HeldRecord | undefined> {
  const [row] = await tx.query<{ record: Record<string, unknown>; updated_at: string | null }>(
    `SELECT r.record, r.updated_at FROM records r
     JOIN record_sources s ON s.record_type = r.record_type AND s.organisation_system = r.source_system
       AND s.organisation_value = r.source_value
     WHERE r.person_id = $1 AND r.record_type = $2`,
    [personId, recordType],
  );
  return row ? { record: row.record, updatedAt: row.updated_at ?? undefined } : undefined;
}

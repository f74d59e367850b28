import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { PageRequest } from "../http/page.ts";
import { canonicalIdentifier, type Identifier } from "../people/people.ts";
import type { Queryable } from "../storage/database.ts";
import { fitsInteger } from "../storage/integers.ts";

export { isInForce } from "./in-force.ts";

/**
 * The stored agreement versions of LDS-05 (migration 0005): each version one immutable row, the agreement's head
 * naming its latest version. What other modules (LDS-04, LDS-06, the sandbox seed) read and write agreements with.
 */

/** An agreement id as stored: UUIDs compare without case (RFC 9562), so they are kept in lower case. */
export const agreementKey = (id: string): string => id.toLowerCase();

/** A version with its members in the order agreement.schema.json lists them, whatever order storage kept. */
export function inSchemaOrder(version: DataSharingAgreementVersion): DataSharingAgreementVersion {
  return {
    id: version.id,
    version: version.version,
    status: version.status,
    created_at: version.created_at,
    created_by: version.created_by,
    change_type: version.change_type,
    ...(version.change_summary === undefined ? {} : { change_summary: version.change_summary }),
    terms: version.terms,
  };
}

interface DocumentRow {
  document: DataSharingAgreementVersion;
}

/**
 * One version of an agreement, exactly as LDS-05 returns it (agreement.schema.json): the latest when `version` is
 * absent; undefined when the platform holds no such agreement or version.
 */
export async function getAgreementVersion(
  tx: Queryable,
  id: string,
  version?: number,
): Promise<DataSharingAgreementVersion | undefined> {
  if (version !== undefined && !fitsInteger(version)) return undefined;
  const [row] = await tx.query<DocumentRow>(
    `SELECT v.document FROM agreement_versions v JOIN agreements a ON a.agreement_id = v.agreement_id
     WHERE v.agreement_id = $1 AND v.version = COALESCE($2::integer, a.latest_version)`,
    [agreementKey(id), version ?? null],
  );
  return row && inSchemaOrder(row.document);
}

/**
 * Stores an agreement version as given (seeding the sandbox from the personas, and every change the LDS-05
 * operations make). A version is never replaced (LDS-05-R03): when the agreement already has a version with this
 * number, nothing is written and the result is false. The agreement's latest version becomes this one if it is
 * higher. The caller is responsible for the version being valid (agreement.schema.json).
 */
export async function putAgreementVersion(tx: Queryable, version: DataSharingAgreementVersion): Promise<boolean> {
  const key = agreementKey(version.id);
  await tx.query(
    `INSERT INTO agreements (agreement_id, latest_version) VALUES ($1, $2)
     ON CONFLICT (agreement_id) DO UPDATE SET latest_version = GREATEST(agreements.latest_version, EXCLUDED.latest_version)`,
    [key, version.version],
  );
  const stored = await tx.query(
    `INSERT INTO agreement_versions (agreement_id, version, status, created_at, document) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (agreement_id, version) DO NOTHING RETURNING version`,
    [key, version.version, version.status, version.created_at, JSON.stringify(inSchemaOrder(version))],
  );
  if (stored.length === 0) return false;
  const organisations = new Map<string, Identifier>();
  for (const party of version.terms.parties) {
    const organisation = canonicalIdentifier(party.organisation);
    organisations.set(`${organisation.system}|${organisation.value}`, organisation);
  }
  for (const organisation of organisations.values()) {
    await tx.query(
      "INSERT INTO agreement_version_parties (agreement_id, version, system, value) VALUES ($1, $2, $3, $4)",
      [key, version.version, organisation.system, organisation.value],
    );
  }
  return true;
}

/**
 * The number of the agreement's latest version, locking the agreement until the transaction ends, so that changes
 * to one agreement happen one after another (LDS-05-R08); undefined for an unknown agreement.
 */
export async function lockAgreement(tx: Queryable, id: string): Promise<number | undefined> {
  const [row] = await tx.query<{ latest_version: number }>(
    "SELECT latest_version FROM agreements WHERE agreement_id = $1 FOR UPDATE",
    [agreementKey(id)],
  );
  return row?.latest_version;
}

/** Whether the organisation is the organisation of a party in any version of the agreement (LDS-05-R26). */
export async function isPartyInAnyVersion(tx: Queryable, id: string, organisation: Identifier): Promise<boolean> {
  const { system, value } = canonicalIdentifier(organisation);
  const rows = await tx.query(
    "SELECT 1 FROM agreement_version_parties WHERE agreement_id = $1 AND system = $2 AND value = $3 LIMIT 1",
    [agreementKey(id), system, value],
  );
  return rows.length > 0;
}

/** One page of versions and how many there are in all. */
export interface VersionPage {
  readonly items: DataSharingAgreementVersion[];
  readonly total: number;
}

/** One page of an agreement's versions, in ascending order of version number (LDS-05-R07). */
export async function agreementVersions(tx: Queryable, id: string, page: PageRequest): Promise<VersionPage> {
  const key = agreementKey(id);
  const [count] = await tx.query<{ total: number }>(
    "SELECT count(*)::integer AS total FROM agreement_versions WHERE agreement_id = $1",
    [key],
  );
  const rows = await tx.query<DocumentRow>(
    "SELECT document FROM agreement_versions WHERE agreement_id = $1 ORDER BY version LIMIT $2 OFFSET $3",
    [key, page.size, page.offset],
  );
  return { items: rows.map((row) => inSchemaOrder(row.document)), total: count?.total ?? 0 };
}

/**
 * One page of the latest versions of the agreements in which the organisation is a party in any version,
 * optionally only those whose latest version has the status given, in ascending order of id (LDS-05-R30).
 */
export async function agreementsOf(
  tx: Queryable,
  organisation: Identifier,
  status: string | undefined,
  page: PageRequest,
): Promise<VersionPage> {
  const { system, value } = canonicalIdentifier(organisation);
  const from = `FROM agreements a JOIN agreement_versions v
      ON v.agreement_id = a.agreement_id AND v.version = a.latest_version
    WHERE EXISTS (SELECT 1 FROM agreement_version_parties p
                  WHERE p.agreement_id = a.agreement_id AND p.system = $1 AND p.value = $2)
      AND ($3::text IS NULL OR v.status = $3::text)`;
  const parameters = [system, value, status ?? null];
  const [count] = await tx.query<{ total: number }>(`SELECT count(*)::integer AS total ${from}`, parameters);
  const rows = await tx.query<DocumentRow>(
    `SELECT v.document ${from} ORDER BY a.agreement_id COLLATE "C" LIMIT $4 OFFSET $5`,
    [...parameters, page.size, page.offset],
  );
  return { items: rows.map((row) => inSchemaOrder(row.document)), total: count?.total ?? 0 };
}

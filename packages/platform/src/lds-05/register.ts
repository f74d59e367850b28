import type { DataSharingAgreementVersion, RegisterEntry } from "@lds/types/lds-05";
import type { OperationResult } from "../context.ts";
import type { PageRequest } from "../http/page.ts";
import { ProblemError } from "../http/problem.ts";
import { canonicalIdentifier } from "../people/people.ts";
import type { Queryable } from "../storage/database.ts";
import { agreementKey, inSchemaOrder } from "./agreements.ts";
import { utcDate } from "./in-force.ts";

/**
 * The open register of published agreements (LDS-05 section 4.8): every agreement that has had an active version,
 * as its latest version, for anyone to read without a token.
 */

/** Every register response, success or problem, may be read from any web page (LDS-05-R31). */
const OPEN = { "Access-Control-Allow-Origin": "*" } as const;
/** Caches keep register responses for at most a minute, so a suspension reaches readers quickly (LDS-05-R35). */
const CACHE = { "Cache-Control": "public, max-age=60" } as const;

/**
 * Runs a register operation: its success carries the open-data and caching headers, and any problem it ends in
 * carries Access-Control-Allow-Origin (LDS-05-R31, LDS-05-R35).
 */
export async function openData(work: () => Promise<unknown>): Promise<OperationResult> {
  try {
    return { body: await work(), headers: { ...OPEN, ...CACHE } };
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    throw new ProblemError(error.status, error.code, error.detail, error.extensions, { ...error.headers, ...OPEN });
  }
}

/** An agreement's latest version as the register publishes it: without created_by and the change details (LDS-05-R32), with review_overdue (LDS-05-R33). */
export function registerEntry(version: DataSharingAgreementVersion, now: Date): RegisterEntry {
  const { terms } = version;
  return {
    id: version.id,
    version: version.version,
    status: version.status as RegisterEntry["status"],
    created_at: version.created_at,
    review_overdue: terms.review_date !== undefined && terms.review_date < utcDate(now),
    terms: terms as RegisterEntry["terms"],
  };
}

/** What a register search asks for (LDS-05-R34); an absent filter matches every entry. */
export interface RegisterFilters {
  readonly status?: string | undefined;
  readonly purposeClass?: string | undefined;
  /** `{system}|{value}` of an organisation. */
  readonly party?: string | undefined;
  readonly recordType?: string | undefined;
}

/** The latest version of every published agreement, joined so that filters apply to it. */
const PUBLISHED = `FROM agreements a
  JOIN agreement_versions v ON v.agreement_id = a.agreement_id AND v.version = a.latest_version
  WHERE EXISTS (SELECT 1 FROM agreement_versions x WHERE x.agreement_id = a.agreement_id AND x.status = 'active')`;

/** The latest version of a published agreement; undefined for an agreement that has never been active (LDS-05-R28). */
export async function publishedAgreement(tx: Queryable, id: string): Promise<DataSharingAgreementVersion | undefined> {
  const [row] = await tx.query<{ document: DataSharingAgreementVersion }>(
    `SELECT v.document ${PUBLISHED} AND a.agreement_id = $1`,
    [agreementKey(id)],
  );
  return row && inSchemaOrder(row.document);
}

/**
 * One page of the published agreements that satisfy every filter, in ascending order of id (LDS-05-R34): status
 * equal to the latest version's, purpose class among its purpose classes, party equal (LDS-01 canonical form) to
 * the organisation of one of its parties, record type that of one of its data items.
 */
export async function publishedAgreements(
  tx: Queryable,
  filters: RegisterFilters,
  page: PageRequest,
): Promise<{ items: DataSharingAgreementVersion[]; total: number }> {
  const [system = "", value = ""] = filters.party?.split("|") ?? [];
  const party = filters.party === undefined ? undefined : canonicalIdentifier({ system, value });
  const where = `${PUBLISHED}
    AND ($1::text IS NULL OR v.status = $1::text)
    AND ($2::text IS NULL OR v.document -> 'terms' -> 'purpose' -> 'classes' @> jsonb_build_array($2::text))
    AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM agreement_version_parties p
      WHERE p.agreement_id = a.agreement_id AND p.version = a.latest_version AND p.system = $3::text AND p.value = $4::text))
    AND ($5::text IS NULL OR v.document -> 'terms' -> 'data_items' @> jsonb_build_array(jsonb_build_object('record_type', $5::text)))`;
  const parameters = [
    filters.status ?? null,
    filters.purposeClass ?? null,
    party?.system ?? null,
    party?.value ?? null,
    filters.recordType ?? null,
  ];
  const [count] = await tx.query<{ total: number }>(`SELECT count(*)::integer AS total ${where}`, parameters);
  const rows = await tx.query<{ document: DataSharingAgreementVersion }>(
    `SELECT v.document ${where} ORDER BY a.agreement_id COLLATE "C" LIMIT $6 OFFSET $7`,
    [...parameters, page.size, page.offset],
  );
  return { items: rows.map((row) => inSchemaOrder(row.document)), total: count?.total ?? 0 };
}

import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { OperationRequest, OperationResult } from "../context.ts";
import { getAgreementVersion, putAgreementVersion } from "./agreements.ts";

/**
 * A new version's created_at: now, as an RFC 3339 UTC date-time with `Z` (LDS-00-R04), but never earlier than the
 * previous version's, so that created_at never decreases with the version number (LDS-05-R04) even if clocks differ.
 */
export function createdAt(now: Date, previous?: string): string {
  if (previous !== undefined && Date.parse(previous) > now.getTime()) return previous;
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The URL of a version: `{base_url}/agreements/{id}/versions/{version}` (LDS-05-R01, LDS-05-R04). */
export const versionUrl = (baseUrl: string, id: string, version: number): string =>
  `${baseUrl}/agreements/${encodeURIComponent(id)}/versions/${version}`;

/**
 * Stores a new version and answers 201 with the version as stored, which is what every later read returns, and its
 * URL in Location (LDS-05-R01, LDS-05-R04). The audit event names the agreement and the version written (LDS-07).
 */
export async function created(
  request: OperationRequest,
  version: DataSharingAgreementVersion,
): Promise<OperationResult> {
  if (!(await putAgreementVersion(request.tx, version))) {
    throw new Error(`agreement ${version.id} already has a version ${version.version}`);
  }
  const stored = await getAgreementVersion(request.tx, version.id, version.version);
  request.audit.agreement = { id: version.id, version: version.version };
  return {
    status: 201,
    body: stored,
    headers: { Location: versionUrl(request.baseUrl, version.id, version.version) },
  };
}

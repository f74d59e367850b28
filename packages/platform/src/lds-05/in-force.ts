import type { DataSharingAgreementVersion } from "@lds/types/lds-05";

/** The UTC calendar date of an instant, `YYYY-MM-DD`: the day LDS dates are compared with. */
export const utcDate = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * Whether an agreement is in force on the UTC date of `at` (LDS-05 section 3): its latest version is active,
 * `effective_from` is on or before that date, and `expires_on`, if present, is on or after it. Pass the agreement's
 * latest version: an earlier version says nothing about the agreement now (LDS-06 applies only the latest).
 */
export function isInForce(agreementVersion: DataSharingAgreementVersion, at: Date): boolean {
  const { status, terms } = agreementVersion;
  const day = utcDate(at);
  if (status !== "active" || terms.effective_from === undefined) return false;
  return terms.effective_from <= day && (terms.expires_on === undefined || day <= terms.expires_on);
}

import type { AgreementStatus } from "@lds/types/lds-05";

/**
 * The status changes LDS-05-R09 allows: a draft is agreed or abandoned, sharing is paused and resumed, termination
 * is final. Any other change, including one to the current status, is refused.
 */
export const ALLOWED_CHANGES: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ["active", "terminated"],
  active: ["suspended", "terminated"],
  suspended: ["active", "terminated"],
  terminated: [],
};

/** The statuses a status change may request (status-transition-request.schema.json: never back to draft). */
export const REQUESTABLE: readonly AgreementStatus[] = ["active", "suspended", "terminated"];

export const changeAllowed = (from: AgreementStatus, to: AgreementStatus) => ALLOWED_CHANGES[from].includes(to);

/** Versions with these statuses must have complete terms (LDS-05-R11). */
export const needsCompleteTerms = (status: AgreementStatus) => status === "active" || status === "suspended";

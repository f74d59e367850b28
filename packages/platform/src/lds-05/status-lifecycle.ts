import type { AgreementStatus } from "@lds/types/lds-05";

/**
 * The status changes LDS-05 allows (LDS-05-R09, README section 4.5): a draft is agreed or abandoned; sharing is
 * paused and resumed; termination is final. Nothing returns to draft, and no status changes to itself.
 */
const ALLOWED: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ["active", "terminated"],
  active: ["suspended", "terminated"],
  suspended: ["active", "terminated"],
  terminated: [],
};

/** Whether an agreement whose latest version has status `from` may change to status `to` (LDS-05-R09). */
export const transitionAllowed = (from: AgreementStatus, to: AgreementStatus): boolean => ALLOWED[from].includes(to);

/** The statuses whose versions must have complete terms (LDS-05-R11): those under which data may be, or was, shared. */
export const needsCompleteTerms = (status: AgreementStatus): boolean => status === "active" || status === "suspended";

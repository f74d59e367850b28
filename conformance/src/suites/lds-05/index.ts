import type { Check } from "../../engine/check.ts";
import { controllersChange, partiesRead } from "./agreement-access.ts";
import { agreementLifecycle } from "./agreement-lifecycle.ts";
import { controllerApprovals } from "./approvals.ts";
import { completeTermsRequired } from "./complete-terms.ts";
import { createAgreement, createNeedsController } from "./create-agreement.ts";
import { dataItemPointers } from "./data-items.ts";
import { listAgreements } from "./list-agreements.ts";
import { noEdits } from "./no-edits.ts";
import { agreementsNotFound } from "./not-found.ts";
import { problemOrder } from "./problem-order.ts";
import { registerEntries } from "./register-entries.ts";
import { registerFilters } from "./register-filters.ts";
import { registerCaching, registerOpen } from "./register-open.ts";
import { reviewDateFuture } from "./review-date.ts";
import { reviewOverdue } from "./review-overdue.ts";
import { seededAgreements } from "./seeded-agreements.ts";
import { criminalOffenceConditions, specialCategoryConditions } from "./special-data.ts";
import { statusChanges } from "./status-changes.ts";
import { terminatedAmend } from "./terminated-amend.ts";
import { datesInOrder, noRepeats, partyReferences } from "./terms-rules.ts";
import { termsSchemaRules } from "./terms-schema.ts";
import { versionConflict } from "./version-conflict.ts";
import { versionHistory } from "./version-history.ts";

/** The LDS-05 Data sharing agreements checks. */
export const lds05Checks: readonly Check[] = [
  createAgreement,
  createNeedsController,
  versionHistory,
  noEdits,
  statusChanges,
  terminatedAmend,
  versionConflict,
  seededAgreements,
  agreementLifecycle,
  partiesRead,
  controllersChange,
  agreementsNotFound,
  listAgreements,
  registerOpen,
  registerCaching,
  registerEntries,
  reviewOverdue,
  registerFilters,
  termsSchemaRules,
  completeTermsRequired,
  specialCategoryConditions,
  criminalOffenceConditions,
  controllerApprovals,
  reviewDateFuture,
  dataItemPointers,
  noRepeats,
  partyReferences,
  datesInOrder,
  problemOrder,
];

import type { Faux } from "../faux.ts";
import { acceptsTransitionToCurrentStatus } from "./accepts-transition-to-current-status.ts";
import { correctsDataItemFlags } from "./corrects-data-item-flags.ts";
import { dropsRepeatedApprovals } from "./drops-repeated-approvals.ts";
import { ignoresBasedOnVersion } from "./ignores-based-on-version.ts";
import { registerNeedsToken } from "./register-needs-token.ts";
import { registerOmitsSuspended } from "./register-omits-suspended.ts";
import { reportsOneMissingApproval } from "./reports-one-missing-approval.ts";
import { reviewNeverOverdue } from "./review-never-overdue.ts";
import { rewritesEarlierVersions } from "./rewrites-earlier-versions.ts";
import { servesSuspendedAgreement } from "./serves-suspended-agreement.ts";
import { validatesBeforePermission } from "./validates-before-permission.ts";

/** Faux platforms that break LDS-05. */
export const lds05Faux: readonly Faux[] = [
  servesSuspendedAgreement,
  acceptsTransitionToCurrentStatus,
  rewritesEarlierVersions,
  registerOmitsSuspended,
  ignoresBasedOnVersion,
  registerNeedsToken,
  reviewNeverOverdue,
  reportsOneMissingApproval,
  validatesBeforePermission,
  correctsDataItemFlags,
  dropsRepeatedApprovals,
];

import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { PlatformContext } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import { incompleteness } from "./completeness.ts";
import { recordTypePointers } from "./data-item-pointers.ts";
import { needsCompleteTerms } from "./status-lifecycle.ts";
import { termsFaults } from "./terms-rules.ts";

/** The checks a change to an agreement must pass, each ending the request in its LDS-05 problem. */

/** 422 `agreement-terms-invalid` listing every fault of the rules that relate the terms' members (LDS-05-R21 to R25). */
export function checkTerms(terms: DataSharingAgreementVersion["terms"], context: PlatformContext): void {
  const errors = termsFaults(terms, recordTypePointers(context.catalogue));
  if (errors.length) {
    throw new ProblemError(422, "agreement-terms-invalid", `The terms break ${errors.length} rule(s).`, { errors });
  }
}

/** 422 `agreement-incomplete` listing every unmet condition, when the version would be active or suspended (LDS-05-R11 to R15). */
export function checkComplete(version: DataSharingAgreementVersion, context: PlatformContext): void {
  if (!needsCompleteTerms(version.status)) return;
  const errors = incompleteness(version, context.validator, context.now());
  if (errors.length) {
    throw new ProblemError(
      422,
      "agreement-incomplete",
      `The agreement cannot be ${version.status} until its terms are complete; ${errors.length} thing(s) are missing.`,
      { errors },
    );
  }
}

/** 409 `agreement-version-conflict` unless the change is based on the latest version (LDS-05-R08). */
export function checkBasedOnLatest(basedOn: number, latest: DataSharingAgreementVersion): void {
  if (basedOn !== latest.version) {
    throw new ProblemError(
      409,
      "agreement-version-conflict",
      `The agreement's latest version is ${latest.version}; the request was based on version ${basedOn}.`,
    );
  }
}

import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { Validator } from "@lds/validate";
import type { ProblemErrorItem } from "../http/problem.ts";
import { utcDate } from "./in-force.ts";
import { isController, sameOrganisation } from "./organisations.ts";

/** The agreement version schema: it applies agreement-terms.schema.json#/$defs/complete to active and suspended versions. */
export const AGREEMENT_SCHEMA =
  "https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/agreement.schema.json";

/**
 * Every unmet condition that keeps a version from being active or suspended, which `agreement-incomplete` lists so
 * that the parties can fix them in one pass: every error the LDS validators report for the version against
 * agreement.schema.json (LDS-05-R11 to LDS-05-R13), each controller party without an approval (LDS-05-R14), and,
 * for an active version, a review_date that is not later than today (UTC) (LDS-05-R15). Empty when the version may
 * be created.
 */
export function incompleteness(
  version: DataSharingAgreementVersion,
  validator: Validator,
  now: Date,
): ProblemErrorItem[] {
  const { terms } = version;
  const faults: ProblemErrorItem[] = [...validator.validate(AGREEMENT_SCHEMA, version)];
  for (const party of terms.parties.filter(isController)) {
    if (!(terms.approvals ?? []).some((approval) => sameOrganisation(approval.party, party.organisation))) {
      faults.push({
        pointer: "/terms/approvals",
        code: "required",
        message: `${party.name} (${party.organisation.system} ${party.organisation.value}) has not approved the agreement.`,
      });
    }
  }
  if (version.status === "active" && terms.review_date !== undefined && terms.review_date <= utcDate(now)) {
    faults.push({
      pointer: "/terms/review_date",
      code: "out-of-range",
      message: "review_date must be later than today (UTC) for the agreement to be active.",
    });
  }
  return faults;
}

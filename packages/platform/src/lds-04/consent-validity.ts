import type { DecisionRequest } from "@lds/types/lds-04";
import { reliesOnExplicitConsent } from "./consent-events.ts";
import type { StoredConsentRecord } from "./consent-records.ts";
import { validForProcessing } from "./consent-state.ts";
import { sameIdentifier } from "./identifiers.ts";
import { belongsTo, type SubjectMatch } from "./subjects.ts";

/**
 * Whether the consent record a decision request names is valid for its use at the evaluation time (LDS-04-R10):
 * (a) it exists; (b) it is about the same person; (c) it has a purpose of the requested class; (d) the requester is
 * one of its controllers or recipients; (e) it is not limited to agreements, or the cited one is among them; (f) its
 * state is given or renewed (its state was derived at the evaluation time); (g) where the use relies on explicit
 * consent, the record relies on Article 9(2)(a), so that the consent is explicit (R03).
 */
export function consentValidForUse(
  stored: StoredConsentRecord | undefined,
  request: DecisionRequest,
  subject: SubjectMatch,
  reliesOnExplicit: boolean,
): boolean {
  if (!stored) return false;
  const { record, columns } = stored;
  return (
    belongsTo(columns, subject) &&
    record.purposes.some((purpose) => purpose.purpose_class === request.purpose_class) &&
    [...record.controllers, ...record.recipients].some((party) =>
      sameIdentifier(party.organisation, request.requester),
    ) &&
    (record.agreement_ids === undefined ||
      record.agreement_ids.some((id) => id.toLowerCase() === request.agreement_id.toLowerCase())) &&
    validForProcessing(record.state) &&
    (!reliesOnExplicit || reliesOnExplicitConsent(record))
  );
}

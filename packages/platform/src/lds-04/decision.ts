import type { Decision, DecisionFinding, DecisionRequest, ExemptionConsidered } from "@lds/types/lds-04";
import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { getAgreementVersion, isInForce } from "../lds-05/agreements.ts";
import type { Queryable } from "../storage/database.ts";
import { readStoredConsentRecord } from "./consent-records.ts";
import { consentValidForUse } from "./consent-validity.ts";
import { sameIdentifier } from "./identifiers.ts";
import { isObjectable } from "./objectable-purpose.ts";
import { objectionsOf } from "./objections.ts";
import { resolveSubject } from "./subjects.ts";

/**
 * Whether a use relies on explicit consent (LDS-04-R20): in the cited agreement version, the requester's party
 * records special category conditions and every one of them is Article 9(2)(a).
 */
export function useReliesOnExplicitConsent(
  version: DataSharingAgreementVersion | undefined,
  requester: DecisionRequest["requester"],
): boolean {
  const party = version?.terms.parties.find((candidate) => sameIdentifier(candidate.organisation, requester));
  const conditions = party?.lawful_basis?.special_category_conditions ?? [];
  return conditions.length > 0 && conditions.every((condition) => condition.article_9 === "art9-2-a");
}

/**
 * The exemptions considered when an objection covers the use, in the order of LDS-04-R22: consent, when a consent
 * record is named (applied when it is valid for the use); the cited agreement version's objection exemption, when
 * it has one (applied when that version is the agreement's latest and the agreement is in force, as LDS-05 defines
 * it, on the UTC date of the evaluation time); each anonymised-output claim of the request (applied).
 */
async function exemptionsConsidered(
  tx: Queryable,
  request: DecisionRequest,
  cited: DataSharingAgreementVersion | undefined,
  consentValid: boolean,
  at: Date,
): Promise<ExemptionConsidered[]> {
  const considered: ExemptionConsidered[] = [];
  if (request.consent_id !== undefined) {
    considered.push({ type: "consent", reference: request.consent_id, applied: consentValid });
  }
  const exemption = cited?.terms.objection_exemption;
  if (cited && exemption) {
    const latest = await getAgreementVersion(tx, request.agreement_id);
    considered.push({
      type: exemption.basis,
      reference: exemption.reference,
      applied: latest?.version === cited.version && isInForce(latest, at),
    });
  }
  for (const claim of request.exemptions ?? []) {
    considered.push({ type: claim.type, reference: claim.reference, applied: true });
  }
  return considered;
}

/**
 * The LDS-04 decision procedure (README section 4.5; LDS-04-R10, R19 to R23), evaluated once, at `at`, inside the
 * caller's transaction: the named consent (consent-valid or consent-not-valid), no-valid-consent when the use relies
 * on consent and none is valid, then purpose-not-objectable, no-covering-objection, or one objection or
 * objection-exempted reason per covering objection, oldest first. deny exactly when a reason is no-valid-consent or
 * objection. It changes nothing (R25). A subject the platform does not hold is decided as a person with no consent
 * records and no objections (R19). decide answers with it; LDS-06 calls it for every record request.
 */
export async function decideAccess(tx: Queryable, request: DecisionRequest, at: Date): Promise<Decision> {
  const subject = await resolveSubject(tx, request.subject);
  const cited = await getAgreementVersion(tx, request.agreement_id, request.agreement_version);
  const reliesOnExplicit = useReliesOnExplicitConsent(cited, request.requester);
  const reasons: DecisionFinding[] = [];

  let consentValid = false;
  if (request.consent_id !== undefined) {
    const stored = await readStoredConsentRecord(tx, request.consent_id, at);
    consentValid = consentValidForUse(stored, request, subject, reliesOnExplicit);
    reasons.push({ code: consentValid ? "consent-valid" : "consent-not-valid", ref: request.consent_id });
  }
  const reliesOnConsent = request.lawful_basis === "art6-1-a" || reliesOnExplicit;
  if (reliesOnConsent && !consentValid) reasons.push({ code: "no-valid-consent" });

  let exemptions: ExemptionConsidered[] = [];
  if (!isObjectable(request.purpose_class)) {
    reasons.push({ code: "purpose-not-objectable" });
  } else {
    const covering = (await objectionsOf(tx, [subject], true)).filter(({ objection }) =>
      objection.purposes.includes(request.purpose_class),
    );
    if (!covering.length) {
      reasons.push({ code: "no-covering-objection" });
    } else {
      exemptions = await exemptionsConsidered(tx, request, cited, consentValid, at);
      const exempted = exemptions.some((exemption) => exemption.applied);
      for (const { objection } of covering) {
        reasons.push({ code: exempted ? "objection-exempted" : "objection", ref: objection.id });
      }
    }
  }

  const denied = reasons.some((reason) => reason.code === "no-valid-consent" || reason.code === "objection");
  return {
    decision: denied ? "deny" : "permit",
    evaluated_at: at.toISOString(),
    reasons,
    exemptions_considered: exemptions,
  };
}

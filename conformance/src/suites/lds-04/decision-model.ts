import type { CheckContext } from "../../engine/context.ts";
import type { Identifier } from "./api.ts";
import { derivedState, validForProcessing } from "./consent-lifecycle.ts";

// The decision procedure of LDS-04 section 4.5, as the suite's model predicts it (LDS-04-R10, R20 to R23).

/** A consent record as the model knows it. */
export interface ModelConsent {
  readonly id: string;
  readonly purposes: readonly string[];
  /** The organisations of its controllers and recipients. */
  readonly parties: readonly Identifier[];
  readonly agreementIds?: readonly string[];
  /** Its special category conditions include Article 9(2)(a). */
  readonly explicit: boolean;
  readonly events: readonly { state: string; valid_until?: string }[];
}

/** An objection as the model knows it. */
export interface ModelObjection {
  readonly id: string;
  readonly purposes: readonly string[];
  readonly active: boolean;
  /** Its set event's recorded_at. */
  readonly recordedAt: string;
}

/** What decide reads from the cited agreement version (LDS-04-R20, R22), from the personas' agreements. */
export interface AgreementFacts {
  readonly reliesOnExplicitConsent: boolean;
  readonly exemption?: { readonly type: string; readonly reference: string; readonly applied: boolean };
}

export interface UseRequest {
  readonly purpose_class: string;
  readonly requester: Identifier;
  readonly agreement_id: string;
  readonly agreement_version: number;
  readonly lawful_basis?: string;
  readonly consent_id?: string;
  readonly exemptions?: readonly { type: string; reference: string }[];
}

export interface ExpectedDecision {
  readonly decision: "permit" | "deny";
  readonly reasons: { code: string; ref?: string }[];
  readonly exemptions_considered: { type: string; reference: string; applied: boolean }[];
}

const NOT_OBJECTABLE = new Set(["direct-care", "safeguarding"]);
const same = (a: Identifier, b: Identifier) => a.system === b.system && a.value === b.value;

/** Whether the named consent is valid for the use at `at` (LDS-04-R10), for consent about the request's subject. */
export function consentValid(
  consent: ModelConsent | undefined,
  use: UseRequest,
  agreement: AgreementFacts,
  at: number,
): boolean {
  if (!consent) return false;
  return (
    consent.purposes.includes(use.purpose_class) &&
    consent.parties.some((party) => same(party, use.requester)) &&
    (consent.agreementIds === undefined || consent.agreementIds.includes(use.agreement_id)) &&
    validForProcessing(derivedState(consent.events, at)) &&
    (!agreement.reliesOnExplicitConsent || consent.explicit)
  );
}

/** The decision LDS-04 requires for a use, given the subject's consent records and objections at `at`. */
export function expectedDecision(
  use: UseRequest,
  consents: readonly ModelConsent[],
  objections: readonly ModelObjection[],
  agreement: AgreementFacts,
  at: number,
): ExpectedDecision {
  const reasons: { code: string; ref?: string }[] = [];
  const named = use.consent_id === undefined ? undefined : consents.find((consent) => consent.id === use.consent_id);
  const valid = use.consent_id !== undefined && consentValid(named, use, agreement, at);
  if (use.consent_id !== undefined)
    reasons.push({ code: valid ? "consent-valid" : "consent-not-valid", ref: use.consent_id });
  const reliesOnConsent = use.lawful_basis === "art6-1-a" || agreement.reliesOnExplicitConsent;
  if (reliesOnConsent && !valid) reasons.push({ code: "no-valid-consent" });
  const exemptions: ExpectedDecision["exemptions_considered"] = [];
  if (NOT_OBJECTABLE.has(use.purpose_class)) {
    reasons.push({ code: "purpose-not-objectable" });
  } else {
    const covering = objections
      .filter((objection) => objection.active && objection.purposes.includes(use.purpose_class))
      .sort((x, y) => x.recordedAt.localeCompare(y.recordedAt) || x.id.localeCompare(y.id));
    if (!covering.length) {
      reasons.push({ code: "no-covering-objection" });
    } else {
      if (use.consent_id !== undefined) exemptions.push({ type: "consent", reference: use.consent_id, applied: valid });
      if (agreement.exemption) exemptions.push({ ...agreement.exemption });
      for (const claim of use.exemptions ?? [])
        exemptions.push({ type: claim.type, reference: claim.reference, applied: true });
      const exempted = exemptions.some((exemption) => exemption.applied);
      for (const objection of covering)
        reasons.push({ code: exempted ? "objection-exempted" : "objection", ref: objection.id });
    }
  }
  const deny = reasons.some((reason) => reason.code === "no-valid-consent" || reason.code === "objection");
  return { decision: deny ? "deny" : "permit", reasons, exemptions_considered: exemptions };
}

interface PersonaAgreement {
  id: string;
  version: number;
  status: string;
  terms: {
    effective_from?: string;
    expires_on?: string;
    objection_exemption?: { basis: string; reference: string };
    parties: {
      organisation: Identifier;
      role?: string;
      on_behalf_of?: Identifier;
      lawful_basis?: { special_category_conditions?: { article_9: string }[] };
    }[];
  };
}

/**
 * What decide reads from an agreement version of the personas for a requester, at `at` (LDS-04-R20, R22): whether
 * the requester's party (or, for a processor, the controller it acts for) relies on explicit consent, and the
 * version's objection exemption, applied when the version is the agreement's latest and the agreement is in force
 * on the UTC date of `at` (LDS-05).
 */
export function agreementFacts(
  context: CheckContext,
  agreementId: string,
  version: number,
  requester: Identifier,
  at: number,
): AgreementFacts {
  const versions = ((context.catalogue.personas?.agreements ?? []) as unknown as PersonaAgreement[]).filter(
    (agreement) => agreement.id === agreementId,
  );
  const cited = versions.find((agreement) => agreement.version === version);
  if (!cited) return { reliesOnExplicitConsent: false };
  const party = cited.terms.parties.find((candidate) => same(candidate.organisation, requester));
  const controller =
    party?.role === "processor" && party.on_behalf_of
      ? cited.terms.parties.find((candidate) => same(candidate.organisation, party.on_behalf_of!))
      : party;
  const conditions = controller?.lawful_basis?.special_category_conditions ?? [];
  const reliesOnExplicitConsent =
    conditions.length > 0 && conditions.every((condition) => condition.article_9 === "art9-2-a");
  const exemption = cited.terms.objection_exemption;
  if (!exemption) return { reliesOnExplicitConsent };
  const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
  const date = new Date(at).toISOString().slice(0, 10);
  const inForce =
    latest.status === "active" &&
    (latest.terms.effective_from ?? "9999-12-31") <= date &&
    (latest.terms.expires_on === undefined || latest.terms.expires_on >= date);
  return {
    reliesOnExplicitConsent,
    exemption: {
      type: exemption.basis,
      reference: exemption.reference,
      applied: latest.version === version && inForce,
    },
  };
}

/** A decision's body without its evaluation time: what the model predicts. */
export const withoutTime = (decision: unknown) => {
  const { evaluated_at: _, ...rest } = (decision ?? {}) as Record<string, unknown>;
  return rest;
};

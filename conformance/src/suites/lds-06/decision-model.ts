import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { CheckContext } from "../../engine/context.ts";
import {
  agreementVersions,
  groundsOf,
  type Identifier,
  inForce,
  isProvider,
  organisationIdentifier,
  personaOf,
  personasOf,
  recipientParty,
  sameIdentifier,
} from "./sandbox.ts";

/** The outcome the decision order gives a request (LDS-06-R02): a status and, for a refusal, the problem code. */
export interface Outcome {
  readonly status: number;
  readonly code?: string;
}

/** A record access request as the model sees it: the body and who sends it. */
export interface AccessCase {
  readonly requester: string;
  /** Whether the requester's token carries lds-06:break-glass. */
  readonly breakGlassScope: boolean;
  readonly body: {
    readonly subject: Identifier;
    readonly record_type: string;
    readonly purpose_class: string;
    readonly lawful_basis: string;
    readonly agreement_id: string;
    readonly agreement_version?: number;
    readonly fields?: readonly string[];
    readonly consent_id?: string;
    readonly break_glass?: { readonly justification: string };
  };
}

/** An objection the model knows of: the persona it is about, its purposes, and whether it is active. */
export interface ModelObjection {
  readonly person: string;
  readonly purposes: readonly string[];
  active: boolean;
}

/** What the model decides from: the personas, the objections now, the date and each record type's source. */
export interface World {
  readonly context: CheckContext;
  readonly today: string;
  /** The organisation on whose behalf the platform discloses each record type (LDS-06-R05, R20). */
  readonly sources: ReadonlyMap<string, Identifier>;
  readonly objections: ModelObjection[];
}

/** The objections of the personas, as seeded. */
export function seededObjections(context: CheckContext): ModelObjection[] {
  return (personasOf(context).objections ?? []).flatMap((objection) => {
    const person = personaOf(context, objection.subject);
    return person ? [{ person, purposes: [...objection.purposes], active: objection.status === "active" }] : [];
  });
}

const NOT_OBJECTABLE = new Set(["direct-care", "safeguarding"]);

/** Whether the consent record a request names is valid for its use (LDS-04-R10). */
function consentValid(world: World, request: AccessCase, explicit: boolean): boolean {
  const { body } = request;
  const consent = (personasOf(world.context).consents ?? []).find((record) => record.id === body.consent_id);
  if (!consent) return false;
  const person = personaOf(world.context, body.subject);
  const requester = organisationIdentifier(world.context, request.requester);
  const parties = [...consent.controllers, ...consent.recipients].map((party) => party.organisation);
  return (
    person !== undefined &&
    personaOf(world.context, consent.subject) === person &&
    consent.purposes.some((purpose) => purpose.purpose_class === body.purpose_class) &&
    parties.some((organisation) => sameIdentifier(organisation, requester)) &&
    (!consent.agreement_ids?.length || consent.agreement_ids.includes(body.agreement_id)) &&
    (consent.state === "given" || consent.state === "renewed") &&
    (!explicit || (consent.special_category_conditions ?? []).some((condition) => condition.article_9 === "art9-2-a"))
  );
}

/** The LDS-04 decision's deny reason for a request, if any (LDS-04-R20 to R22, as LDS-06-R09 applies them). */
function lds04Refusal(
  world: World,
  request: AccessCase,
  applied: DataSharingAgreementVersion,
  grounds: ReturnType<typeof groundsOf>,
) {
  const { body } = request;
  const conditions = grounds?.special_category_conditions ?? [];
  const explicit = conditions.length > 0 && conditions.every((condition) => condition.article_9 === "art9-2-a");
  const reliesOnConsent = body.lawful_basis === "art6-1-a" || explicit;
  const valid = body.consent_id !== undefined && consentValid(world, request, explicit);
  if (reliesOnConsent && !valid) return "no-valid-consent";
  if (NOT_OBJECTABLE.has(body.purpose_class)) return undefined;
  const person = personaOf(world.context, body.subject);
  const covering = world.objections.some(
    (objection) => objection.active && objection.person === person && objection.purposes.includes(body.purpose_class),
  );
  if (!covering) return undefined;
  // Exemptions: consent to the specific use, or the applied (latest, in force) version's objection exemption.
  const exempt = valid || applied.terms.objection_exemption !== undefined;
  return exempt ? undefined : "objection";
}

/** Whether the platform holds a record of the type about the one person the identifier identifies. */
function holdsRecord(world: World, subject: Identifier, recordType: string): boolean {
  const person = personaOf(world.context, subject);
  const source = world.sources.get(recordType);
  if (!person || !source) return false;
  return (personasOf(world.context).records ?? []).some(
    (record) =>
      record.person === person &&
      record.record_type === recordType &&
      sameIdentifier(organisationIdentifier(world.context, record.source), source),
  );
}

/** What the model says a request of an authenticated requester with lds-06:read gets, for a schema-valid body. */
export function expectedOutcome(
  world: World,
  request: AccessCase,
): Outcome & { applied?: DataSharingAgreementVersion } {
  const { body } = request;
  const breakGlass = body.break_glass !== undefined;
  if (breakGlass && !request.breakGlassScope) return { status: 403, code: "break-glass-not-authorised" };
  const versions = agreementVersions(world.context, body.agreement_id);
  const latest = versions.at(-1);
  const applied =
    body.agreement_version === undefined ? latest : versions.find((v) => v.version === body.agreement_version);
  if (!latest || !applied) return { status: 422, code: "unknown-agreement" };
  if (applied !== latest || !inForce(latest, world.today)) return { status: 403, code: "agreement-not-active" };
  const requester = organisationIdentifier(world.context, request.requester);
  const party = recipientParty(applied, requester);
  const source = world.sources.get(body.record_type);
  if (!party || (source && !isProvider(applied, source))) return { status: 403, code: "not-a-party" };
  const grounds = groundsOf(applied, party);
  if (!breakGlass && !(applied.terms.purpose?.classes ?? []).includes(body.purpose_class as never)) {
    return { status: 403, code: "purpose-not-permitted" };
  }
  if (!breakGlass && grounds?.article_6 !== body.lawful_basis) {
    return { status: 403, code: "lawful-basis-not-in-agreement" };
  }
  if (!(applied.terms.data_items ?? []).some((item) => item.record_type === body.record_type)) {
    return { status: 403, code: "record-type-not-in-agreement" };
  }
  const refusal = breakGlass ? undefined : lds04Refusal(world, request, applied, grounds);
  if (refusal) return { status: 403, code: refusal };
  if (!holdsRecord(world, body.subject, body.record_type)) return { status: 404, code: "subject-not-found", applied };
  return { status: 200, applied };
}

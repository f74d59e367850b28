import type { Catalogue } from "@lds/catalogue";
import type { DataItem, DataSharingAgreementTerms, PurposeClass } from "@lds/types/lds-05";
import type { RecordType } from "@lds/types/lds-06";

/**
 * A model of what the platform holds that decides a record request (LDS-04, LDS-05, LDS-06), and the answer the
 * decision order of LDS-06-R02 gives in it, for requests by one organisation under agreements in which the host
 * council provides and that organisation receives, on a lawful basis that does not rely on consent.
 */

export const PURPOSES: readonly PurposeClass[] = ["direct-care", "safeguarding", "planning", "research", "statistics"];
/** The purposes an objection may cover (LDS-04-R11): all but direct care and safeguarding. */
export const OBJECTABLE: readonly PurposeClass[] = ["planning", "research", "statistics"];
export const RECORD_TYPES: readonly RecordType[] = ["family-support-summary", "childrens-social-care-summary"];

/** A person the sequences are about: a persona, by NHS number, and the record types the host council holds of them. */
export interface Subject {
  readonly nhs: string;
  readonly recordTypes: readonly RecordType[];
}

export interface AgreementState {
  readonly id: string;
  version: number;
  status: "active" | "suspended";
  classes: PurposeClass[];
  items: DataItem[];
  exemption: boolean;
}

export interface ObjectionState {
  readonly id: string;
  readonly subject: string;
  readonly purposes: readonly string[];
  active: boolean;
}

export interface ConsentState {
  readonly id: string;
  readonly subject: string;
  readonly purpose: PurposeClass;
  given: boolean;
}

export interface AccessModel {
  readonly agreements: AgreementState[];
  readonly objections: ObjectionState[];
  readonly consents: ConsentState[];
}

export interface RecordRequest {
  readonly subject: Subject;
  readonly recordType: RecordType;
  readonly purpose: PurposeClass;
  readonly agreement: AgreementState;
  readonly fields: readonly string[] | undefined;
  readonly consent: ConsentState | undefined;
}

/** The personas the sequences use, each with the record types the host council (the records' source) holds. */
export function subjectsOf(catalogue: Catalogue, personaIds: readonly string[], host: string): Subject[] {
  const personas = catalogue.personas!;
  return personaIds.map((id) => {
    const person = personas.people.find((candidate) => candidate.id === id);
    const nhs = person?.identifiers.find((identifier) => identifier.system === "https://fhir.nhs.uk/Id/nhs-number");
    if (!nhs) throw new Error(`personas: ${id} has no NHS number`);
    const held = (personas.records ?? []).filter((record) => record.person === id && record.source === host);
    return { nhs: nhs.value, recordTypes: held.map((record) => record.record_type as RecordType) };
  });
}

/** The active objections of the subject that cover the purpose: none ever cover direct care or safeguarding. */
export const coveringObjections = (model: AccessModel, request: RecordRequest) =>
  model.objections.filter(
    (objection) =>
      objection.active && objection.subject === request.subject.nhs && objection.purposes.includes(request.purpose),
  );

/**
 * Whether LDS-04 exempts the use from an objection (LDS-04-R22): the cited consent is valid for it (LDS-04-R10: the
 * same person, the purpose, given), or the agreement's latest version has an objection exemption while it is in
 * force (active: its dates always include the test's clock).
 */
export const exempted = (request: RecordRequest) =>
  (request.consent?.given &&
    request.consent.subject === request.subject.nhs &&
    request.consent.purpose === request.purpose) ||
  (request.agreement.exemption && request.agreement.status === "active");

/** The answer of LDS-06-R02's decision order to the request: the code of the first check it fails, or 200. */
export function expectedAnswer(model: AccessModel, request: RecordRequest): string | 200 {
  const { agreement } = request;
  if (agreement.status !== "active") return "agreement-not-active";
  if (!agreement.classes.includes(request.purpose)) return "purpose-not-permitted";
  if (!agreement.items.some((item) => item.record_type === request.recordType)) return "record-type-not-in-agreement";
  if (coveringObjections(model, request).length > 0 && !exempted(request)) return "objection";
  if (!request.subject.recordTypes.includes(request.recordType)) return "subject-not-found";
  return 200;
}

/** Whether a data item pointer covers a pointer: itself and every pointer below it (LDS-06-R13). */
export const covers = (by: string, pointer: string) => pointer === by || pointer.startsWith(`${by}/`);

/** The data item pointer of every value in a record: its location with the array indices left out (LDS-06 §4.2). */
export function valuePointers(value: unknown, pointer = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuePointers(item, pointer));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([name, member]) =>
      valuePointers(member, `${pointer}/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`),
    );
  }
  return [pointer];
}

/**
 * Agreement terms from a template (a persona agreement): only the parties and approvals of the two organisations
 * given, the first providing and the second receiving, with the purpose classes, data items and objection exemption
 * given.
 */
export function termsFrom(
  template: DataSharingAgreementTerms,
  provider: string,
  recipient: string,
  state: Pick<AgreementState, "classes" | "items" | "exemption">,
): DataSharingAgreementTerms {
  const { objection_exemption: _exemption, ...rest } = structuredClone(template);
  const keep = (value: string) => value === provider || value === recipient;
  return {
    ...rest,
    purpose: { ...rest.purpose!, classes: state.classes },
    parties: rest.parties
      .filter((party) => keep(party.organisation.value))
      .map((party) => ({ ...party, sharing_role: party.organisation.value === provider ? "provider" : "recipient" })),
    approvals: (rest.approvals ?? []).filter((approval) => keep(approval.party.value)),
    data_items: state.items,
    ...(state.exemption
      ? { objection_exemption: { basis: "specific-approval", reference: "LDS-SYNTHETIC-APPROVAL-0002" } }
      : {}),
  };
}

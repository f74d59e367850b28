import type { DataSharingAgreementVersion, Party } from "@lds/types/lds-05";
import type { Personas } from "@lds/types/meta";
import type { CheckContext } from "../../engine/context.ts";

/** An LDS-01 identifier: a person's or an organisation's. */
export interface Identifier {
  readonly system: string;
  readonly value: string;
}

export const NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
export const UPN = "urn:lds:id:upn";

/** The persona organisations the declaration gives clients for: the test requester organisations A to D. */
export const REQUESTERS = [
  "org-test-requester-a",
  "org-test-requester-b",
  "org-test-requester-c",
  "org-test-requester-d",
] as const;
export type RequesterId = (typeof REQUESTERS)[number];

/** The personas the suite relies on; a catalogue without them cannot certify LDS-06. */
export function personasOf(context: CheckContext): Personas {
  const personas = context.catalogue.personas;
  if (!personas) throw new Error("the standards catalogue has no personas");
  return personas;
}

export const sameIdentifier = (a: Identifier, b: Identifier) => a.system === b.system && a.value === b.value;

/** A persona organisation's first identifier: the one its clients' tokens identify. */
export function organisationIdentifier(context: CheckContext, organisationId: string): Identifier {
  const organisation = personasOf(context).organisations.find((candidate) => candidate.id === organisationId);
  const identifier = organisation?.identifiers[0];
  if (!identifier) throw new Error(`the personas have no organisation ${organisationId}`);
  return { system: identifier.system, value: identifier.value };
}

/** A person's identifier of a system (the NHS number, the UPN), if the persona has one. */
export function personIdentifier(context: CheckContext, personId: string, system: string): Identifier | undefined {
  const person = personasOf(context).people.find((candidate) => candidate.id === personId);
  const identifier = person?.identifiers.find((candidate) => candidate.system === system);
  return identifier ? { system: identifier.system, value: identifier.value } : undefined;
}

/** The persona a person identifier identifies, if any. */
export function personaOf(context: CheckContext, identifier: Identifier): string | undefined {
  return personasOf(context).people.find((person) =>
    person.identifiers.some(
      (candidate) => candidate.system === identifier.system && candidate.value === identifier.value,
    ),
  )?.id;
}

/** Every version of a persona agreement, oldest first. */
export function agreementVersions(context: CheckContext, agreementId: string): DataSharingAgreementVersion[] {
  return (personasOf(context).agreements ?? [])
    .filter((version) => version.id === agreementId)
    .sort((a, b) => a.version - b.version);
}

/** The ids of the persona agreements, in order. */
export const agreementIds = (context: CheckContext) => [
  ...new Set((personasOf(context).agreements ?? []).map((version) => version.id)),
];

/** The UTC date of an instant, as LDS-05 compares effective_from and expires_on. */
export const utcDate = (at: Date) => at.toISOString().slice(0, 10);

/** In force on date D (LDS-05 section 3): active, effective on or before D, not expired before D. */
export function inForce(version: DataSharingAgreementVersion, date: string): boolean {
  const { effective_from: from, expires_on: until } = version.terms;
  return version.status === "active" && from !== undefined && from <= date && (until === undefined || until >= date);
}

const RECEIVES = new Set(["recipient", "provider-and-recipient"]);
const PROVIDES = new Set(["provider", "provider-and-recipient"]);

/** The requester's party entry in which it receives data (LDS-06-R05). */
export const recipientParty = (version: DataSharingAgreementVersion, organisation: Identifier) =>
  version.terms.parties.find(
    (party) => RECEIVES.has(party.sharing_role) && sameIdentifier(party.organisation, organisation),
  );

/** Whether the organisation provides data under the version (LDS-06-R05). */
export const isProvider = (version: DataSharingAgreementVersion, organisation: Identifier) =>
  version.terms.parties.some(
    (party) => PROVIDES.has(party.sharing_role) && sameIdentifier(party.organisation, organisation),
  );

/** A party's legal grounds: its own, or its controller's for a processor (LDS-06-R07, R15, R16). */
export function groundsOf(version: DataSharingAgreementVersion, party: Party) {
  if (party.role !== "processor") return party.lawful_basis;
  const controller = party.on_behalf_of;
  return controller
    ? version.terms.parties.find(
        (candidate) => candidate.role !== "processor" && sameIdentifier(candidate.organisation, controller),
      )?.lawful_basis
    : undefined;
}

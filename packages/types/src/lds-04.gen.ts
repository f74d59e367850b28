/* eslint-disable */
// Generated from standards/lds-04-consent-and-objections/1/schemas by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.
import type { PageLinks, PagePosition } from "./lds-00.gen.ts";
import type { Identifier } from "./lds-01.gen.ts";
import type { Article6LawfulBasis, PurposeClass, SpecialCategoryCondition } from "./lds-05.gen.ts";

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/actor.schema.json
/**
 * Who expressed a choice or caused an event, by role only (the ISO/IEC TS 27560 entity that expressed the event). LDS-04 records no names of subjects, proxies or staff: the organisation that recorded the event is in the event's recorded_by.
 */
export type Actor = {
  [k: string]: unknown | undefined;
} & {
  /**
   * subject: the person the record is about; proxy: someone with formal legal authority to act for the subject (proxy_role says which); controller: an organisation that is a controller of the data; authority: a regulator or a court.
   */
  role: "subject" | "proxy" | "controller" | "authority";
  proxy_role?: ProxyRole;
};

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/channel.schema.json
/**
 * Code list: how a person's choice (a consent event or an objection, or its withdrawal) reached the organisation that recorded it. It is the ISO/IEC TS 27560 collection method of the choice.
 */
export type Channel = ("online" | "in-person" | "telephone" | "post" | "email") & string;

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/consent-event-input.schema.json
/**
 * The body of appendConsentEvent, and the first event in the body of createConsentRecord: one change in the state of consent, as the ISO/IEC TS 27560 event (time, validity, entity that expressed it, type and state). The platform adds sequence, recorded_at and recorded_by when it appends the event (consent-event.schema.json). $defs/rules holds the rules linking state, actor, channel, consent_type and valid_until (LDS-04-R08), which consent-event.schema.json applies too.
 */
export type ConsentEventInput = ConsentEventRules & {
  state: ConsentState;
  actor: Actor;
  channel?: Channel;
  consent_type?: ConsentType;
  /**
   * When the event happened, in UTC, if earlier than its recording (for example a paper form signed before it was entered). Omitted, it is the time the platform records the event (LDS-04-R06).
   */
  occurred_at?: string;
  /**
   * Given and renewed only: when the consent lapses, in UTC. From then on the record's state is expired (LDS-04-R09). Omitted, the consent lasts until a later event ends it.
   */
  valid_until?: string;
  /**
   * The recording organisation's reference for the evidence of the event, such as a form number or a decision reference. Not personal data: no names or free-text notes.
   */
  evidence_reference?: string;
};
/**
 * Which actor may record which state, when channel and consent_type are required, and which states may carry consent_type and valid_until (LDS-04-R08).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "rules".
 */
export type ConsentEventRules = {
  [k: string]: unknown | undefined;
};

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/consent-event.schema.json
/**
 * One event in a consent record's history, as the platform returns it: the submitted consent event input plus its position (sequence), when the platform recorded it and which organisation recorded it. Events are appended and never changed or removed (LDS-04-R05).
 */
export type ConsentEvent = ConsentEventRules & {
  /**
   * The event's position in the record: 1 for the event the record was created with, then one more than the event before it.
   */
  sequence: number;
  /**
   * When the platform accepted the event, in UTC (LDS-04-R06).
   */
  recorded_at: string;
  recorded_by: Identifier;
  /**
   * When the event happened, in UTC: the submitted occurred_at, or recorded_at when none was submitted (LDS-04-R06).
   */
  occurred_at: string;
  state: ConsentState;
  actor: Actor;
  channel?: Channel;
  consent_type?: ConsentType;
  /**
   * Given and renewed only: when the consent lapses, in UTC.
   */
  valid_until?: string;
  /**
   * The recording organisation's reference for the evidence of the event.
   */
  evidence_reference?: string;
};

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/consent-record-input.schema.json
/**
 * The body of createConsentRecord: a consent record as ISO/IEC TS 27560:2023 defines it (the members it makes mandatory are required here) with the event that starts its history. The platform adds id, schema_version, created_at, recorded_by and state (consent-record.schema.json). Apart from its events, a consent record never changes: consent to different terms is a new record (LDS-04-R02). $defs holds the parts consent-record.schema.json shares.
 */
export type ConsentRecordInput = SpecialCategoryRules & {
  [k: string]: unknown | undefined;
} & {
  subject: Identifier;
  /**
   * The controllers of the data the consent concerns (27560 PII controllers).
   *
   * @minItems 1
   */
  controllers: Party[];
  /**
   * The organisations, other than the controllers, to which the data may be disclosed under the consent (27560 recipient third parties). Empty when there are none.
   */
  recipients: Party[];
  notice: Notice;
  /**
   * The purposes consented to (27560 purpose and purpose type), each with its purpose class.
   *
   * @minItems 1
   */
  purposes: Purpose[];
  lawful_basis: Article6LawfulBasis;
  /**
   * Required exactly when a personal_data item is special category data: each UK GDPR Article 9(2) condition relied on, with the Data Protection Act 2018 Schedule 1 condition that completes it where section 10 requires one, as LDS-05 agreements state them (LDS-04-R03).
   *
   * @minItems 1
   */
  special_category_conditions?: SpecialCategoryCondition[];
  /**
   * The personal data the consent covers (27560 PII information).
   *
   * @minItems 1
   */
  personal_data: PersonalDataItem[];
  retention: Retention;
  /**
   * Where the data is stored (27560 storage locations), as ISO 3166 codes.
   *
   * @minItems 1
   */
  storage_locations: PlaceCode[];
  jurisdiction: PlaceCode;
  withdrawal_method: WithdrawalMethod;
  /**
   * When present, the consent covers only uses under these LDS-05 data sharing agreements, by id; omitted, it is not limited to particular agreements (LDS-04-R10).
   *
   * @minItems 1
   */
  agreement_ids?: string[];
  event: ConsentEventInput;
};
/**
 * An ISO 3166-1 alpha-2 country code, or an ISO 3166-2 subdivision code such as GB-ENG.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "place_code".
 */
export type PlaceCode = string;
/**
 * The rules linking personal_data and special_category_conditions (LDS-04-R03).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "special_category_rules".
 */
export type SpecialCategoryRules = {
  [k: string]: unknown | undefined;
};

/**
 * The privacy notice the subject was given when consent was sought (27560 privacy notice and language).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "notice".
 */
export interface Notice {
  /**
   * Where the notice is published.
   */
  url: string;
  /**
   * The version of the notice the subject was given.
   */
  version: string;
  /**
   * The language of the notice the subject was given, as a BCP 47 tag, e.g. en-GB or cy.
   */
  language: string;
}
/**
 * One purpose consented to: its LDS-05 purpose class and the specific use, in the words the subject was given.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "purpose".
 */
export interface Purpose {
  purpose_class: PurposeClass;
  /**
   * The specific use, as described to the subject.
   */
  description: string;
  /**
   * A more specific W3C DPV purpose concept, as a dpv: compact IRI, e.g. dpv:ScientificResearch.
   */
  dpv_purpose?: string;
}
/**
 * One kind of personal data the consent covers (27560 PII type), optionally located in an LDS-06 record type by JSON Pointer, as LDS-05 agreements locate their data items.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "data_item".
 */
export interface PersonalDataItem {
  /**
   * The kind of data, as described to the subject.
   */
  description: string;
  /**
   * True when the data is special category data (UK GDPR Article 9(1)), such as data concerning health.
   */
  special_category: boolean;
  /**
   * The LDS-06 record type that holds the data, e.g. family-support-summary.
   */
  record_type?: string;
  /**
   * The JSON Pointer (RFC 6901) of the data in that record type.
   */
  pointer?: string;
}
/**
 * How long the data is kept (27560 retention period).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "retention".
 */
export interface Retention {
  /**
   * An ISO 8601 duration in years, months, weeks and days, e.g. P6Y.
   */
  period: string;
  /**
   * When the period starts and any rule that qualifies it, e.g. 'from the end of the last episode of support'.
   */
  description?: string;
}
/**
 * How the subject can withdraw consent (27560 withdrawal method); it must be as easy as giving consent (UK GDPR Article 7(3)).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "withdrawal_method".
 */
export interface WithdrawalMethod {
  /**
   * The method, as described to the subject.
   */
  description: string;
  /**
   * Where the subject can withdraw online.
   */
  url?: string;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/consent-record-list.schema.json
/**
 * One page of consent records, the response of searchConsentRecords, in the LDS-00 page envelope: records ordered by created_at, then id (LDS-04-R16).
 */
export interface ConsentRecordList {
  /**
   * The consent records on this page.
   */
  items: ConsentRecord[];
  page: PagePosition;
  links: PageLinks;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/consent-record-search.schema.json
/**
 * The body of searchConsentRecords: the subject whose consent records are wanted, and optional filters. The subject goes in the body so that no identifier appears in a URL.
 */
export interface ConsentRecordSearch {
  subject: Identifier;
  purpose_class?: PurposeClass;
  state?: ConsentState;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/consent-record.schema.json
/**
 * A consent record as the platform returns it: an ISO/IEC TS 27560:2023 consent record (header, processing, personal data, parties and events) about one subject. Its terms never change after creation (LDS-04-R02); its history is the append-only list of events (LDS-04-R05); its state is derived from the events when the response is made (LDS-04-R09).
 */
export type ConsentRecord = SpecialCategoryRules & {
  [k: string]: unknown | undefined;
} & {
  /**
   * The record's identifier (27560 record id), assigned by the platform.
   */
  id: string;
  /**
   * The version of LDS-04 whose schema the record follows (27560 schema version).
   */
  schema_version: string;
  /**
   * When the platform created the record, in UTC: the recorded_at of its first event.
   */
  created_at: string;
  recorded_by: Identifier;
  state: ConsentState;
  subject: Identifier;
  /**
   * The controllers of the data the consent concerns.
   *
   * @minItems 1
   */
  controllers: Party[];
  /**
   * The organisations, other than the controllers, to which the data may be disclosed under the consent.
   */
  recipients: Party[];
  notice: Notice;
  /**
   * The purposes consented to.
   *
   * @minItems 1
   */
  purposes: Purpose[];
  lawful_basis: Article6LawfulBasis;
  /**
   * The Article 9(2) conditions, each with its Schedule 1 condition where one is required, relied on for special category data.
   *
   * @minItems 1
   */
  special_category_conditions?: SpecialCategoryCondition[];
  /**
   * The personal data the consent covers.
   *
   * @minItems 1
   */
  personal_data: PersonalDataItem[];
  retention: Retention;
  /**
   * Where the data is stored, as ISO 3166 codes.
   *
   * @minItems 1
   */
  storage_locations: PlaceCode[];
  jurisdiction: PlaceCode;
  withdrawal_method: WithdrawalMethod;
  /**
   * When present, the LDS-05 data sharing agreements, by id, to which the consent is limited.
   *
   * @minItems 1
   */
  agreement_ids?: string[];
  /**
   * The record's history, oldest first: every event ever appended, unchanged (LDS-04-R05).
   *
   * @minItems 1
   */
  events: ConsentEvent[];
};

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/consent-state.schema.json
/**
 * Code list: the state of consent that a consent event records and that a consent record is in (the ISO/IEC TS 27560 event state), mapped to the W3C Data Privacy Vocabulary (DPV 2.0) consent status concepts (prefix dpv: = https://w3id.org/dpv/2.0#). x-mappings.dpv_validity says whether DPV classes the state as valid for processing: only given and renewed are (LDS-04-R09). DPV's ConsentUnknown is not used: a consent record always has at least one event.
 */
export type ConsentState = (
  | "requested"
  | "request-deferred"
  | "given"
  | "renewed"
  | "refused"
  | "withdrawn"
  | "revoked"
  | "expired"
  | "invalidated"
) &
  string;

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/consent-type.schema.json
/**
 * Code list: how consent was expressed (the ISO/IEC TS 27560 event type), mapped to the W3C Data Privacy Vocabulary (DPV 2.0) consent types (prefix dpv: = https://w3id.org/dpv/2.0#). UK GDPR Article 9(2)(a) requires explicit consent.
 */
export type ConsentType = ("implied" | "expressed" | "explicit") & string;

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/decision-reason.schema.json
/**
 * Code list: the reasons a decision (decide) gives for its outcome, one per finding of the decision procedure (LDS-04-R20 to LDS-04-R23). A decision is deny exactly when its reasons include no-valid-consent or objection. The codes no-valid-consent and objection are also the codes of the LDS-06 problem types with which a record request so decided is refused.
 */
export type DecisionReason = (
  | "consent-valid"
  | "consent-not-valid"
  | "no-valid-consent"
  | "purpose-not-objectable"
  | "no-covering-objection"
  | "objection"
  | "objection-exempted"
) &
  string;

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/decision-request.schema.json
/**
 * The body of decide: a proposed use of one subject's information, by a requester, for a purpose class, under a version of an LDS-05 data sharing agreement, with the lawful basis and consent it relies on. The platform answers whether the subject's consent and objections permit it (LDS-04-R20 to LDS-04-R23). decide does not check the agreement's parties, purposes or data items: LDS-06 does.
 */
export interface DecisionRequest {
  subject: Identifier;
  purpose_class: PurposeClass;
  requester: Identifier;
  /**
   * The LDS-05 data sharing agreement the use would be under.
   */
  agreement_id: string;
  /**
   * The version of that agreement the use relies on. Its objection_exemption (LDS-04-R22) and the requester's special category conditions (LDS-04-R20) are taken from it.
   */
  agreement_version: number;
  lawful_basis?: Article6LawfulBasis;
  /**
   * The consent record the use relies on, as its lawful basis or to show consent to this specific use despite an objection (LDS-04-R10, LDS-04-R22).
   */
  consent_id?: string;
  /**
   * The exemptions the use itself claims, each with the reference to its evidence. Only anonymised-output may be claimed here: consent is established from consent_id, and required-by-law, overriding-public-interest and specific-approval only from the agreement (LDS-04-R22).
   *
   * @minItems 1
   * @maxItems 10
   */
  exemptions?: ExemptionClaim[];
}
/**
 * One exemption the use claims.
 *
 * This interface was referenced by `DecisionRequest`'s JSON-Schema
 * via the `definition` "exemption_claim".
 */
export interface ExemptionClaim {
  type: ExemptionType;
  /**
   * The reference to the evidence for the exemption, as the exemption type describes.
   */
  reference: string;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/decision.schema.json
/**
 * The response of decide: whether the subject's consent and objections permit the proposed use, every finding that led there, and every exemption considered (LDS-04-R20 to LDS-04-R23).
 */
export type Decision = {
  [k: string]: unknown | undefined;
} & {
  /**
   * deny when the reasons include no-valid-consent or objection; permit otherwise.
   */
  decision: "permit" | "deny";
  /**
   * The time at which the platform evaluated the consent records and objections, in UTC.
   */
  evaluated_at: string;
  /**
   * The findings of the decision procedure, in the order LDS-04-R23 sets.
   *
   * @minItems 1
   */
  reasons: DecisionFinding[];
  /**
   * The exemptions considered, in the order LDS-04-R22 sets; empty when no objection covers the use.
   */
  exemptions_considered: ExemptionConsidered[];
};
/**
 * One finding, with the consent record or objection it concerns.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "reason".
 */
export type DecisionFinding = {
  [k: string]: unknown | undefined;
} & Reason;

export interface Reason {
  code: DecisionReason;
  /**
   * The id of the consent record (consent-valid, consent-not-valid) or objection (objection, objection-exempted) the finding concerns; absent for other codes.
   */
  ref?: string;
}
/**
 * One exemption the platform considered, with its reference and whether it applied.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "exemption_considered".
 */
export interface ExemptionConsidered {
  type: ExemptionType;
  /**
   * For consent, the consent_id; otherwise the reference the claim gave.
   */
  reference: string;
  /**
   * Whether the exemption applied at the evaluation time (LDS-04-R22).
   */
  applied: boolean;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/exemption-type.schema.json
/**
 * Code list: the grounds on which a use of a person's information may go ahead despite an objection that covers its purpose: the exemptions of the NHS national data opt-out operational policy. decide considers them only when an objection covers the use, each with a reference to its evidence (LDS-04-R22). x-mappings.source says where decide takes each from: the consent register, the cited LDS-05 agreement version's objection_exemption, or the decide request.
 */
export type ExemptionType = (
  "consent" | "required-by-law" | "overriding-public-interest" | "anonymised-output" | "specific-approval"
) &
  string;

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/objectable-purpose.schema.json
/**
 * A purpose class (LDS-05 code list) that an objection may cover: every purpose class except direct-care and safeguarding, so that an objection never restricts a person's own care or the protection of anyone from harm (LDS-04-R11). A purpose class that a later minor version of LDS-05 adds is objectable unless LDS-04 excludes it here.
 */
export type ObjectablePurpose = PurposeClass & string;

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/objection-check-request.schema.json
/**
 * The body of checkObjections: up to 1000 subjects and one purpose class, to learn for each subject whether an active objection covers that purpose (LDS-04-R17, LDS-04-R18). Subjects are checked one by one: a subject whose identifier is not valid is reported in its own result and does not fail the batch, so the items here are identifier-shaped and their values are checked by the platform, not by this schema.
 */
export interface ObjectionCheckRequest {
  purpose_class: PurposeClass;
  /**
   * The subjects to check, each by one identifier; repeats are allowed and each is answered.
   *
   * @minItems 1
   * @maxItems 1000
   */
  subjects: SubjectToCheck[];
}
/**
 * A person identifier as submitted: an LDS-01 identifier system and a value that the platform validates per item.
 *
 * This interface was referenced by `ObjectionCheckRequest`'s JSON-Schema
 * via the `definition` "subject".
 */
export interface SubjectToCheck {
  /**
   * The identifier system, an absolute URI.
   */
  system: string;
  /**
   * The identifier value.
   */
  value: string;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/objection-check-response.schema.json
/**
 * The answer for one submitted subject.
 *
 * This interface was referenced by `ObjectionCheckResponse`'s JSON-Schema
 * via the `definition` "result".
 */
export type ObjectionCheckResult = {
  [k: string]: unknown | undefined;
} & Result;

/**
 * The response of checkObjections: one result per submitted subject, in the order submitted, saying only whether an active objection covers the purpose class (LDS-04-R17, LDS-04-R18). Nothing else about the subject or the objection is revealed.
 */
export interface ObjectionCheckResponse {
  purpose_class: PurposeClass;
  /**
   * When the platform evaluated the check, in UTC.
   */
  checked_at: string;
  /**
   * One result per submitted subject, in submission order.
   *
   * @minItems 1
   * @maxItems 1000
   */
  results: ObjectionCheckResult[];
}
export interface Result {
  subject: SubjectToCheck;
  /**
   * objection: at least one active objection of the person covers the purpose class; no-objection: none does, or the person is unknown; invalid-identifier: the value is not valid for its system, or the system is not a person identifier system of LDS-01.
   */
  status: "objection" | "no-objection" | "invalid-identifier";
  /**
   * For invalid-identifier only: the LDS validation error code, e.g. invalid-nhs-number, or not-allowed-value for a system that does not identify people.
   */
  error_code?: string;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/objection-input.schema.json
/**
 * The body of createObjection: a person's objection to the use of their information for one or more objectable purposes, as the subject or a proxy expressed it. The platform adds id, status and the objection's first event (objection.schema.json).
 */
export interface ObjectionInput {
  subject: Identifier;
  /**
   * The purpose classes the objection covers: objectable purposes only, never direct-care or safeguarding (LDS-04-R11).
   *
   * @minItems 1
   */
  purposes: ObjectablePurpose[];
  actor: Actor;
  channel: Channel;
  /**
   * The recording organisation's reference for the evidence of the objection, such as a form number or the reference of the proxy's lasting power of attorney. Not a name or a free-text note.
   */
  evidence_reference?: string;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/objection-list.schema.json
/**
 * One page of objections, the response of searchObjections, in the LDS-00 page envelope: objections ordered by the recorded_at of their set event, then id (LDS-04-R16).
 */
export interface ObjectionList {
  /**
   * The objections on this page.
   */
  items: Objection[];
  page: PagePosition;
  links: PageLinks;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/objection-search.schema.json
/**
 * The body of searchObjections: the subject whose objections are wanted, and an optional status filter. The subject goes in the body so that no identifier appears in a URL.
 */
export interface ObjectionSearch {
  subject: Identifier;
  /**
   * Only objections with this status.
   */
  status?: "active" | "withdrawn";
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/objection-withdrawal.schema.json
/**
 * The body of withdrawObjection: why and by whom the objection is withdrawn. Withdrawal appends an event to the objection and never deletes it (LDS-04-R14). $defs/rules holds the rules linking reason, actor and channel, which objection.schema.json applies too.
 */
export type ObjectionWithdrawal = ObjectionWithdrawalRules & {
  /**
   * subject-request: the subject (or a proxy) has changed their mind; entered-in-error: the organisation that recorded the objection recorded it in error, for example against the wrong person (LDS-04-R15).
   */
  reason: "subject-request" | "entered-in-error";
  actor: Actor;
  channel?: Channel;
  /**
   * The recording organisation's reference for the evidence of the withdrawal. Not a name or a free-text note.
   */
  evidence_reference?: string;
};
/**
 * Who may withdraw an objection for which reason, and when the channel is required.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "rules".
 */
export type ObjectionWithdrawalRules = {
  [k: string]: unknown | undefined;
};

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/objection.schema.json
/**
 * A purpose-scoped objection as the platform returns it: the person's instruction that their information is not to be used for the listed purpose classes unless an exemption applies. It is active from creation until it is withdrawn, whatever else happens, including the subject's death (LDS-04-R13). Its history is one set event and, once withdrawn, one withdrawn event; nothing is ever deleted (LDS-04-R14).
 */
export type Objection = {
  [k: string]: unknown | undefined;
} & {
  /**
   * The objection's identifier, assigned by the platform.
   */
  id: string;
  subject: Identifier;
  /**
   * The purpose classes the objection covers.
   *
   * @minItems 1
   */
  purposes: ObjectablePurpose[];
  /**
   * active until the objection is withdrawn, then withdrawn.
   */
  status: "active" | "withdrawn";
  /**
   * The objection's history, oldest first: the set event, then the withdrawn event once it is withdrawn.
   *
   * @minItems 1
   * @maxItems 2
   */
  events: (ObjectionSetEvent | ObjectionWithdrawnEvent)[];
};
/**
 * The withdrawal of the objection (LDS-04-R14).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "withdrawn_event".
 */
export type ObjectionWithdrawnEvent = ObjectionWithdrawalRules & WithdrawnEvent;

/**
 * The recording of the objection (LDS-04-R12).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "set_event".
 */
export interface ObjectionSetEvent {
  /**
   * Always 1.
   */
  sequence: 1;
  /**
   * Always set.
   */
  type: "set";
  /**
   * When the platform recorded the objection, in UTC. The objection is active from then.
   */
  recorded_at: string;
  recorded_by: Identifier;
  actor: Actor;
  channel: Channel;
  /**
   * The recording organisation's reference for the evidence of the objection.
   */
  evidence_reference?: string;
}
export interface WithdrawnEvent {
  /**
   * Always 2.
   */
  sequence: 2;
  /**
   * Always withdrawn.
   */
  type: "withdrawn";
  /**
   * When the platform recorded the withdrawal, in UTC. The objection is inactive from then.
   */
  recorded_at: string;
  recorded_by: Identifier;
  /**
   * Why the objection was withdrawn.
   */
  reason: "subject-request" | "entered-in-error";
  actor: Actor;
  channel?: Channel;
  /**
   * The recording organisation's reference for the evidence of the withdrawal.
   */
  evidence_reference?: string;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/party.schema.json
/**
 * An organisation named in a consent record as a controller or a recipient: the ISO/IEC TS 27560 party identifier, name, address and contact. Parties are organisations; the contact is an organisational one, never a named member of staff.
 */
export interface Party {
  organisation: Identifier;
  /**
   * The organisation's name as the subject would recognise it.
   */
  name: string;
  /**
   * The organisation's postal address, on one line.
   */
  address: string;
  /**
   * How the subject contacts the organisation about their data, usually its data protection officer: a mailto:, tel: or https: URI.
   */
  contact: string;
}

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/problem-type.schema.json
/**
 * Code list of the problem types LDS-04 defines, by `code`, in addition to those of LDS-00. The problem's `type` is https://standards.lds.example/problems/ followed by the code; the body is an LDS-00 problem. x-mappings.http_status is the HTTP status the type is used with.
 */
export type LDS04ProblemType = (
  | "consent-transition-not-allowed"
  | "consent-event-time-invalid"
  | "explicit-consent-required"
  | "objection-already-withdrawn"
) &
  string;

// https://standards.lds.example/lds-04-consent-and-objections/1/schemas/proxy-role.schema.json
/**
 * Code list: the formal legal relationship under which a proxy expressed a choice on the subject's behalf. These are the formal proxy relationships the national data opt-out accepts; informal carers, relatives and friends are not proxies.
 */
export type ProxyRole = ("parental-responsibility" | "lasting-power-of-attorney" | "court-appointed-deputy") & string;

/* eslint-disable */
// Generated from standards/lds-07-access-audit/1/schemas by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.
import type { PageLinks, PagePosition } from "./lds-00.gen.ts";
import type { Identifier } from "./lds-01.gen.ts";
import type { LawfulBasisAndProcessingCondition, PurposeClass } from "./lds-05.gen.ts";
import type { RecordType } from "./lds-06.gen.ts";

// https://standards.lds.example/lds-07-access-audit/1/schemas/access-report-request.schema.json
/**
 * The request body of generateAccessReport: the person the report is for, by one LDS-01 identifier, and optionally the period it covers.
 */
export interface AccessReportRequest {
  subject: Identifier;
  /**
   * Cover events recorded at or after this instant (inclusive). Without it the report starts at the first event.
   */
  recorded_from?: string;
  /**
   * Cover events recorded before this instant (exclusive). Without it the report ends when the request was received. Must be later than recorded_from when both are given (LDS-07-R25).
   */
  recorded_to?: string;
}

// https://standards.lds.example/lds-07-access-audit/1/schemas/access-report.schema.json
/**
 * A person-facing account of who has used or asked for a person's information through an LDS platform (generateAccessReport): for each audited request about the person, which organisation, when, for what purpose, under which agreement and with what outcome (LDS-07-R20). It names organisations, never members of staff, and carries no identifier of the person other than the one the request gave (LDS-07-R21). The organisation that obtains it applies any exemption from the right of access before showing it to the person.
 */
export interface AccessReport {
  subject: Identifier;
  /**
   * When the platform produced the report, in UTC.
   */
  generated_at: string;
  /**
   * The start of the period covered, as requested; omitted when the report starts at the first event.
   */
  recorded_from?: string;
  /**
   * The end of the period covered (exclusive), as requested; omitted when the report runs to the moment the request was received.
   */
  recorded_to?: string;
  /**
   * One entry per audit event about the person in the period, in ascending order of the events' sequence. Empty when there are none.
   */
  entries: AccessReportEntry[];
}
/**
 * One audited request about the person, at organisation level.
 *
 * This interface was referenced by `AccessReport`'s JSON-Schema
 * via the `definition` "entry".
 */
export interface AccessReportEntry {
  /**
   * The audit event's id, so that the person or the organisation answering them can refer to this entry in a query or complaint.
   */
  event_id: string;
  /**
   * The event's recorded_at.
   */
  accessed_at: string;
  organisation: Organisation;
  /**
   * What kind of request it was, derived from the event's standard: record-access (LDS-06), consent-and-objections (LDS-04), data-sharing-agreement (LDS-05), audit (LDS-07), other (any other standard).
   */
  activity: "record-access" | "consent-and-objections" | "data-sharing-agreement" | "audit" | "other";
  /**
   * The event's action.
   */
  action: "create" | "read" | "update" | "delete" | "execute";
  purpose_class?: PurposeClass;
  /**
   * The event's agreement_id, when it has one: the published data sharing agreement the request relied on (LDS-05).
   */
  agreement_id?: string;
  /**
   * The event's agreement_version, when it has one.
   */
  agreement_version?: number;
  /**
   * The event's outcome.result: permit (the request was carried out), deny (it was refused) or error (it failed).
   */
  outcome: "permit" | "deny" | "error";
  /**
   * The event's outcome.problem_code, telling why a request was refused or failed (for example objection). Present exactly when outcome is deny or error.
   */
  problem_code?: string;
  /**
   * The event's break_glass flag: true when the organisation invoked emergency (break-glass) access.
   */
  break_glass: boolean;
}
/**
 * The organisation that made the request: the event's requester organisation and, where the platform knows it, the organisation's name (LDS-07-R22).
 *
 * This interface was referenced by `AccessReport`'s JSON-Schema
 * via the `definition` "organisation".
 */
export interface Organisation {
  identifier: Identifier;
  /**
   * The organisation's name, for showing to the person.
   */
  name?: string;
}

// https://standards.lds.example/lds-07-access-audit/1/schemas/audit-chain.schema.json
/**
 * The state of the platform's audit chain (getAuditChain): who keeps it, how long it is and its latest event's sequence and hash (LDS-07-R14). A verifier records the head it sees; any later head must extend it (LDS-07-R12).
 */
export interface AuditChain {
  custodian: Identifier;
  /**
   * The number of events in the chain, which is the sequence of its latest event; 0 before the first event.
   */
  length: number;
  head?: ChainHead;
  /**
   * When the platform read the chain state for this response, in UTC.
   */
  retrieved_at: string;
}
/**
 * The latest event in the chain. Present exactly when length is at least 1.
 *
 * This interface was referenced by `AuditChain`'s JSON-Schema
 * via the `definition` "head".
 */
export interface ChainHead {
  /**
   * The latest event's sequence; equal to length.
   */
  sequence: number;
  hash: SHA256Digest;
  /**
   * The latest event's recorded_at.
   */
  recorded_at: string;
}

// https://standards.lds.example/lds-07-access-audit/1/schemas/audit-event-list.schema.json
/**
 * One page of the audit events that match a search (searchAuditEvents), in ascending sequence order, in the LDS-00 page envelope (LDS-07-R15). Each item is the event exactly as recorded.
 */
export interface AuditEventList {
  /**
   * The matching events on this page, in ascending `sequence` order.
   */
  items: AuditEvent[];
  page: PagePosition;
  links: PageLinks;
}

// https://standards.lds.example/lds-07-access-audit/1/schemas/audit-event-query.schema.json
/**
 * The request body of searchAuditEvents and exportAuditEvents: filters on audit events, all optional and combined with AND (LDS-07-R15). An empty object matches every event the caller may see (LDS-07-R17, LDS-07-R18). Person identifiers are filters in this body, never in the URL. To page through a result that does not grow while you read it, set sequence_to (for example to the head sequence from getAuditChain).
 */
export interface AuditEventQuery {
  subject?: Identifier;
  requester?: Identifier;
  /**
   * Events of operations of this standard, e.g. LDS-06.
   */
  standard?: string;
  /**
   * Events of this operationId (combine with standard when operationIds could coincide across standards).
   */
  operation?: string;
  purpose_class?: PurposeClass;
  /**
   * Events whose agreement_id is this agreement.
   */
  agreement_id?: string;
  /**
   * Events whose agreement_version is this version; only together with agreement_id.
   */
  agreement_version?: number;
  /**
   * Events whose outcome.result is this value.
   */
  outcome?: "permit" | "deny" | "error";
  /**
   * Events whose break_glass flag has this value.
   */
  break_glass?: boolean;
  /**
   * Events whose trace_id is this value.
   */
  trace_id?: string;
  /**
   * Events with recorded_at at or after this instant (inclusive).
   */
  recorded_from?: string;
  /**
   * Events with recorded_at before this instant (exclusive). Must be later than recorded_from when both are given (LDS-07-R25).
   */
  recorded_to?: string;
  /**
   * Events with sequence at or above this number (inclusive).
   */
  sequence_from?: number;
  /**
   * Events with sequence at or below this number (inclusive). Must not be below sequence_from when both are given (LDS-07-R25).
   */
  sequence_to?: number;
}

// https://standards.lds.example/lds-07-access-audit/1/schemas/audit-event.schema.json
/**
 * The record a platform appends to its audit chain for one request to an audited operation (LDS-07-R01): who asked, about whom, for what purpose, under which agreement, and what happened. Events are immutable and hash-chained: `hash` is the SHA-256 of the RFC 8785 canonical form of the event without `hash`, and `prev_hash` is the `hash` of the event before it (LDS-07-R10, LDS-07-R11). The event is served exactly as recorded, so nothing may be added to or removed from it in transit.
 */
export type AuditEvent = {
  [k: string]: unknown | undefined;
} & {
  /**
   * The event's identifier: a random (version 4) UUID in lower case, assigned by the platform when it appends the event (LDS-07-R14).
   */
  id: string;
  /**
   * The event's position in the platform's audit chain: 1 for the first event, then one more than the event before it, with no gaps (LDS-07-R09).
   */
  sequence: number;
  prev_hash: SHA256Digest;
  hash: SHA256Digest;
  /**
   * When the platform appended the event, in UTC: before it sent the response (LDS-07-R02, LDS-07-R13).
   */
  recorded_at: string;
  /**
   * The LDS standard that defines the operation called, e.g. LDS-06.
   */
  standard: string;
  /**
   * The operationId, in that standard's OpenAPI document, of the operation called.
   */
  operation: string;
  /**
   * What the operation does to the data it concerns: create, read, update, delete, or execute (evaluate, search, export or report without changing stored data). Fixed per operation in the README of LDS-07.
   */
  action: "create" | "read" | "update" | "delete" | "execute";
  requester: Requester;
  /**
   * The data subjects the request named, each by the person identifier the request used, in LDS-01 canonical form, in the order the request gave them. Omitted when the request named no subject, or named none that passed LDS-01 validation (LDS-07-R03).
   *
   * @minItems 1
   */
  subjects?: Identifier[];
  purpose_class?: PurposeClass;
  /**
   * The data sharing agreement (LDS-05) the request cited or, for an LDS-05 write, the agreement written.
   */
  agreement_id?: string;
  /**
   * The version of that agreement the platform evaluated or wrote; equal to the agreement_version an LDS-06 response reports in its provenance.
   */
  agreement_version?: number;
  lawful_basis?: LawfulBasisAndProcessingCondition;
  /**
   * The UK GDPR Article 9(2) and DPA 2018 Schedule 1 conditions under which special category or criminal offence data was disclosed (LDS-05 codes); equal to the conditions an LDS-06 response reports in its provenance. Omitted when none applied.
   *
   * @minItems 1
   */
  conditions?: LawfulBasisAndProcessingCondition[];
  /**
   * The agreement data items whose values the response contained, for a permitted request that returned record content (LDS-07-R06). Omitted when the response contained no record content.
   *
   * @minItems 1
   */
  disclosed?: DisclosedDataItem[];
  /**
   * True when the request invoked break-glass access (LDS-06), whatever the outcome; false otherwise (LDS-07-R05).
   */
  break_glass: boolean;
  /**
   * The justification the request gave for break-glass access, verbatim (its first 2000 characters if longer). Present when break_glass is true and the request supplied a justification; never otherwise. Never shown in the access report.
   */
  break_glass_justification?: string;
  outcome: Outcome;
  /**
   * The trace-id of the W3C Trace Context traceparent header the request carried (LDS-07-R07), or one the platform generated when the request carried none.
   */
  trace_id?: string;
};
/**
 * A SHA-256 digest as 64 lower-case hexadecimal digits.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "sha256_hex".
 */
export type SHA256Digest = string;
/**
 * What the platform answered (LDS-07-R04): permit for a 2xx response, deny for 403, error for any other 4xx or 5xx response, with the HTTP status and, for deny and error, the problem code. Requests answered 401 are never recorded (LDS-07-R01).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "outcome".
 */
export type Outcome = {
  [k: string]: unknown | undefined;
} & Outcome1;

/**
 * Who made the request: the organisation the access token identifies, the OAuth client it was issued to and, when the request carried the LDS-User-Ref header, the requester's pseudonymous reference for the member of staff (LDS-07-R08). No staff names.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "requester".
 */
export interface Requester {
  organisation: Identifier;
  /**
   * The OAuth 2.0 client identifier (RFC 6749 section 2.2) of the client the access token was issued to.
   */
  client_id: string;
  /**
   * The value of the request's LDS-User-Ref header, verbatim: a pseudonymous reference to the member of staff, which only the requester organisation can link to a person.
   */
  user_ref?: string;
}
/**
 * One agreement data item (LDS-05) that covers a value the response disclosed: the LDS-06 record type and the data item pointer, an RFC 6901 JSON Pointer from the record's root with array levels left out (LDS-06), as the agreement lists it.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "data_item".
 */
export interface DisclosedDataItem {
  record_type: RecordType;
  /**
   * The data item's pointer into the record, with array levels left out (LDS-06), as the agreement lists it.
   */
  pointer: string;
}
export interface Outcome1 {
  /**
   * permit: the operation was performed; deny: it was refused (403); error: it failed or was rejected for any other reason.
   */
  result: "permit" | "deny" | "error";
  /**
   * The HTTP status code of the response.
   */
  http_status: number;
  /**
   * The `code` member of the problem details the response carried (LDS-00), e.g. objection or not-a-party. Present exactly when result is deny or error.
   */
  problem_code?: string;
}

// https://standards.lds.example/lds-07-access-audit/1/schemas/chain-link-list.schema.json
/**
 * One page of chain links (listAuditChainLinks), one per sequence number in the requested range, in ascending sequence order, in the LDS-00 page envelope.
 */
export interface ChainLinkList {
  /**
   * The links on this page, in ascending `sequence` order, with no sequence missing.
   */
  items: ChainLink[];
  page: PagePosition;
  links: PageLinks;
}

// https://standards.lds.example/lds-07-access-audit/1/schemas/chain-link.schema.json
/**
 * The chain data of one audit event without its content: its sequence, prev_hash and hash, equal to the event's own members (LDS-07-R14). Links let an organisation that may see only its own events check that they sit, unaltered, in one unbroken chain, without seeing anyone else's events.
 */
export interface ChainLink {
  /**
   * The event's sequence.
   */
  sequence: number;
  prev_hash: SHA256Digest;
  hash: SHA256Digest;
}

// https://standards.lds.example/lds-07-access-audit/1/schemas/fhir-audit-event-bundle.schema.json
/**
 * The response of exportAuditEvents: a FHIR R4 (4.0.1) Bundle of type collection holding one AuditEvent per matching audit event, in ascending sequence order, mapped as the LDS-07 README's mapping table sets out (LDS-07-R23). This schema describes exactly the subset of FHIR R4 Bundle and AuditEvent that LDS exports; member names are FHIR's (camelCase), not LDS snake_case. Every AuditEvent carries the original LDS event in canonical form, so that a verifier can check the hash chain from an export alone (LDS-07-R24).
 */
export interface FHIRR4AuditEventExportBundle {
  /**
   * Always Bundle.
   */
  resourceType: "Bundle";
  /**
   * Always collection: a set of resources with no processing semantics.
   */
  type: "collection";
  /**
   * When the platform assembled the bundle, in UTC.
   */
  timestamp: string;
  /**
   * The LDS-00 page links of this page of the export, with FHIR relation names: self, first, last and, where they exist, next and previous (LDS-00 prev). Each is followed by sending the same request body to it with POST.
   *
   * @minItems 3
   * @maxItems 5
   */
  link: BundleLink[];
  /**
   * One entry per audit event on this page, in ascending sequence order. Omitted when the page is empty.
   *
   * @minItems 1
   */
  entry?: BundleEntry[];
}
/**
 * A FHIR Bundle.link: a relation name and the absolute URL of that page.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "bundle_link".
 */
export interface BundleLink {
  /**
   * self, first, last, next or previous.
   */
  relation: "self" | "first" | "last" | "next" | "previous";
  /**
   * The page's absolute URL.
   */
  url: string;
}
/**
 * A FHIR Bundle.entry holding one AuditEvent.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "entry".
 */
export interface BundleEntry {
  /**
   * urn:uuid: followed by the audit event's id.
   */
  fullUrl: string;
  resource: FHIRAuditEvent;
}
/**
 * One LDS audit event as a FHIR R4 AuditEvent resource.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "audit_event".
 */
export interface FHIRAuditEvent {
  /**
   * Always AuditEvent.
   */
  resourceType: "AuditEvent";
  /**
   * The LDS event's id.
   */
  id: string;
  /**
   * Always the RESTful operation event type.
   */
  type: {system: "http://terminology.hl7.org/CodeSystem/audit-event-type"; code: "rest"; display: "RESTful Operation"};
  /**
   * First the LDS operation (standard/operationId); then, for a break-glass event only, DICOM 110127 Emergency Override Started.
   *
   * @minItems 1
   * @maxItems 2
   */
  subtype: {
    system: "http://dicom.nema.org/resources/ontology/DCM";
    code: "110127";
    display: "Emergency Override Started";
  }[];
  /**
   * The LDS action as a FHIR audit-event-action code: create C, read R, update U, delete D, execute E.
   */
  action: "C" | "R" | "U" | "D" | "E";
  /**
   * The LDS event's recorded_at.
   */
  recorded: string;
  /**
   * The LDS outcome as a FHIR audit-event-outcome code: permit 0 (Success); deny, and error with a 4xx status, 4 (Minor failure); error with a 5xx status, 8 (Serious failure). Code 12 (Major failure) is never exported: a platform that can no longer operate records no events.
   */
  outcome: "0" | "4" | "8";
  /**
   * The LDS outcome.problem_code; omitted for permit.
   */
  outcomeDesc?: string;
  /**
   * The LDS purpose_class, when the event has one: the LDS-05 purpose class coding and, where the purpose class maps to one, the HL7 v3 PurposeOfUse code from its x-mappings.fhir_purpose_of_use.
   *
   * @minItems 1
   * @maxItems 1
   */
  purposeOfEvent?: PurposeOfEvent[];
  /**
   * Exactly one agent: the requester organisation.
   *
   * @minItems 1
   * @maxItems 1
   */
  agent: RequestingAgent[];
  source: AuditSource;
  /**
   * One entity per subject, one per disclosed record type, and exactly one carrying the original LDS event.
   *
   * @minItems 1
   */
  entity: (SubjectEntity | DisclosedRecordEntity | LDSEventEntity)[];
}
/**
 * The LDS standard and operationId of the operation called, as one code: standard, a slash, operationId (e.g. LDS-06/requestRecordAccess).
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "operation_coding".
 */
export interface LDSOperationCoding {
  /**
   * The LDS code system of operations.
   */
  system: "https://standards.lds.example/lds-07-access-audit/1/codes/operation";
  /**
   * The event's standard, a slash, and its operation.
   */
  code: string;
}
/**
 * A CodeableConcept: first the LDS-05 purpose class, then optionally its HL7 v3 PurposeOfUse equivalent.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "purpose_of_event".
 */
export interface PurposeOfEvent {
  /**
   * The purpose class coding, then the optional v3 PurposeOfUse coding.
   *
   * @minItems 1
   * @maxItems 2
   */
  coding: V3PurposeOfUseCoding[];
}
/**
 * An LDS-05 purpose class as a FHIR Coding; the code system is the purpose class schema's canonical URI.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "purpose_class_coding".
 */
export interface PurposeClassCoding {
  /**
   * The canonical URI of the LDS-05 purpose class code list.
   */
  system: "https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/purpose-class.schema.json";
  code: PurposeClass;
}
/**
 * An HL7 v3 ActReason code from the PurposeOfUse value set, e.g. TREAT or HRESCH.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "purpose_of_use_coding".
 */
export interface V3PurposeOfUseCoding {
  /**
   * The HL7 v3 ActReason code system.
   */
  system: "http://terminology.hl7.org/CodeSystem/v3-ActReason";
  /**
   * The PurposeOfUse code.
   */
  code: string;
}
/**
 * The requester organisation as the requesting agent: agent.who names it by identifier; altId carries the pseudonymous staff reference when the event has one; policy names the agreement the request relied on.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "requesting_agent".
 */
export interface RequestingAgent {
  /**
   * A logical reference to the requester organisation.
   */
  who: {
    identifier: FHIRIdentifier;
    /**
     * Always Organization.
     */
    type: "Organization";
  };
  /**
   * Always true: this agent made the request.
   */
  requestor: true;
  /**
   * The LDS requester.user_ref, when the event has one.
   */
  altId?: string;
  /**
   * The agreement, when the event has one: urn:lds:agreement: followed by agreement_id, a colon and agreement_version; or, when the event has no agreement_version, urn:lds:agreement: followed by agreement_id.
   *
   * @minItems 1
   * @maxItems 1
   */
  policy?: string[];
}
/**
 * The platform that recorded the event: its custodian organisation (getAuditChain) as observer, and the source type Application Server.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "source".
 */
export interface AuditSource {
  /**
   * A logical reference to the custodian organisation.
   */
  observer: {
    identifier: FHIRIdentifier;
    /**
     * Always Organization.
     */
    type: "Organization";
  };
  /**
   * Always the single coding Application Server.
   */
  type: [
    {system: "http://terminology.hl7.org/CodeSystem/security-source-type"; code: "4"; display: "Application Server"},
  ];
}
/**
 * One LDS subject: a person, in the role of the patient (the subject of the data), referred to by identifier.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "subject_entity".
 */
export interface SubjectEntity {
  /**
   * A logical reference to the person.
   */
  what: {
    identifier: FHIRIdentifier;
    /**
     * Always Patient.
     */
    type: "Patient";
  };
  /**
   * audit-entity-type 1 Person.
   */
  type: {system: "http://terminology.hl7.org/CodeSystem/audit-entity-type"; code: "1"; display: "Person"};
  /**
   * object-role 1 Patient.
   */
  role: {system: "http://terminology.hl7.org/CodeSystem/object-role"; code: "1"; display: "Patient"};
}
/**
 * The data items of one LDS-06 record type named in the event's disclosed list: the record type as name, one detail per pointer.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "disclosed_entity".
 */
export interface DisclosedRecordEntity {
  /**
   * audit-entity-type 2 System Object.
   */
  type: {system: "http://terminology.hl7.org/CodeSystem/audit-entity-type"; code: "2"; display: "System Object"};
  /**
   * object-role 4 Domain Resource.
   */
  role: {system: "http://terminology.hl7.org/CodeSystem/object-role"; code: "4"; display: "Domain Resource"};
  name: RecordType;
  /**
   * One detail per disclosed pointer of this record type, in the order of the event's disclosed list.
   *
   * @minItems 1
   */
  detail: {
    /**
     * Always pointer.
     */
    type: "pointer";
    /**
     * The data item's JSON Pointer.
     */
    valueString: string;
  }[];
}
/**
 * The original LDS audit event: its RFC 8785 canonical form (hash included), base64-encoded (RFC 4648 section 4), as the single detail of an entity named lds-audit-event.
 *
 * This interface was referenced by `FHIRR4AuditEventExportBundle`'s JSON-Schema
 * via the `definition` "lds_event_entity".
 */
export interface LDSEventEntity {
  /**
   * audit-entity-type 2 System Object.
   */
  type: {system: "http://terminology.hl7.org/CodeSystem/audit-entity-type"; code: "2"; display: "System Object"};
  /**
   * Always lds-audit-event.
   */
  name: "lds-audit-event";
  /**
   * Exactly one detail holding the canonical event.
   *
   * @minItems 1
   * @maxItems 1
   */
  detail: {
    /**
     * Always lds-audit-event.
     */
    type: "lds-audit-event";
    /**
     * Base64 of the UTF-8 octets of the event's RFC 8785 canonical form, including its hash.
     */
    valueBase64Binary: string;
  }[];
}
/** A FHIR Identifier with system and value only, holding an LDS-01 identifier. */
export type FHIRIdentifier = Identifier;

// https://standards.lds.example/lds-07-access-audit/1/schemas/problem-type.schema.json
/**
 * Code list of the problem types LDS-07 defines, by `code`, in addition to those of LDS-00. The problem's `type` is https://standards.lds.example/problems/ followed by the code; the body is an LDS-00 problem. x-mappings.http_status is the HTTP status the type is used with.
 */
export type LDS07ProblemType = ("audit-unavailable" | "audit-range-invalid") & string;

/* eslint-disable */
// Generated from standards/lds-05-data-sharing-agreements/1/schemas by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.
import type { PageLinks, PagePosition } from "./lds-00.gen.ts";
import type { Identifier } from "./lds-01.gen.ts";
import type { ChildrenSSocialCareSummaryDataItemPointer, FamilySupportSummaryDataItemPointer, RecordType } from "./lds-06.gen.ts";

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/agreement-list.schema.json
/**
 * One page of agreement versions in the LDS-00 page envelope: the response of listAgreements (the latest version of each agreement the requester is a party to, LDS-05-R30) and of listAgreementVersions (every version of one agreement, LDS-05-R07).
 */
export interface AgreementVersionList {
  /**
   * The items on this page.
   */
  items: DataSharingAgreementVersion[];
  page: PagePosition;
  links: PageLinks;
}

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/agreement-terms.schema.json
/**
 * A condition for processing special category data: an Article 9(2) condition and, where DPA 2018 section 10 requires one, the Schedule 1 condition that completes it. Article 9(2)(b), (h), (i) and (j) need a Part 1 condition (paragraphs 1 to 4); Article 9(2)(g) needs a Part 2 condition (paragraphs 6 to 28); the other Article 9(2) conditions take none (LDS-05-R17).
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "special_category_condition".
 */
export type SpecialCategoryCondition = SpecialCategoryCondition1;
/**
 * What the terms must also contain before a version can be active or suspended: every member below, at least two parties including at least one provider and at least one recipient, a lawful basis for every controller and joint controller party (LDS-05-R11); where a data item is special category data, a special category condition for every controller and joint controller party and a completed DPIA (LDS-05-R12); where a data item is criminal offence data, a criminal offence condition for every controller and joint controller party and a completed DPIA (LDS-05-R13). Apply it together with this schema.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "complete".
 */
export type CompleteTerms = Complete;

/**
 * What a data sharing agreement says: its purpose, its parties and their roles and legal grounds, the data items that may be shared, retention, review, the data protection impact assessment, how individuals' rights are handled, and the information governance arrangements, following the contents the ICO data sharing code of practice recommends. The terms are the body of every agreement version (agreement.schema.json). This schema states what holds for every version, drafts included: only title and parties are required while an agreement is a draft. $defs/complete states what must also hold before a version can be active or suspended (LDS-05-R11 to LDS-05-R13).
 */
export interface DataSharingAgreementTerms {
  /**
   * The agreement's name, as the parties and the public register show it.
   */
  title: string;
  /**
   * The parties' own reference for the agreement, e.g. an information sharing agreement number.
   */
  reference?: string;
  purpose?: Purpose;
  /**
   * The organisations that are party to the agreement, each with its data protection role and legal grounds. Each organisation appears once (LDS-05-R22). Joint controllers come at least in pairs (LDS-05-R20).
   *
   * @minItems 1
   */
  parties: Party[];
  /**
   * The data items that may be shared: each a part of an LDS-06 record type. Nothing outside them may be disclosed under the agreement. Each record_type and pointer pair appears once (LDS-05-R22).
   *
   * @minItems 1
   */
  data_items?: DataItem[];
  retention?: Retention;
  /**
   * The first date on which data may be shared under the agreement.
   */
  effective_from?: string;
  /**
   * The last date on which data may be shared under the agreement, when it has a fixed end. Later than effective_from (LDS-05-R24).
   */
  expires_on?: string;
  /**
   * The date by which the parties will have reviewed the agreement. Later than effective_from (LDS-05-R24), and later than the current date when a version becomes or stays active (LDS-05-R15).
   */
  review_date?: string;
  dpia?: DataProtectionImpactAssessment;
  rights_contact?: Contact;
  /**
   * The privacy notices (URLs) through which the parties tell individuals about the sharing.
   *
   * @minItems 1
   */
  privacy_notices?: string[];
  governance?: InformationGovernance;
  /**
   * The recorded sign-off of the agreement by the parties: one entry per party that approved, naming the role (not the person) that approved it. Each party appears at most once (LDS-05-R22), and every controller or joint controller party must appear before a version can be active or suspended (LDS-05-R14).
   *
   * @minItems 1
   */
  approvals?: Approval[];
  objection_exemption?: ObjectionExemption;
}
/**
 * Why the data is shared: the purpose classes the agreement allows, what the sharing is for, its expected benefits, and why sharing personal data is necessary and proportionate to achieve them.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "purpose".
 */
export interface Purpose {
  /**
   * The purpose classes for which data may be shared under the agreement; a request under the agreement must declare one of them (LDS-06).
   *
   * @minItems 1
   */
  classes?: PurposeClass[];
  /**
   * What the sharing is meant to achieve, in plain language.
   */
  description?: string;
  /**
   * The expected benefits to individuals or society, and how the parties will tell whether they are achieved.
   */
  benefits?: string;
  /**
   * Why sharing personal data is necessary and proportionate, why less data or anonymised data would not do, and the minimum data needed.
   */
  necessity?: string;
}
/**
 * An organisation that is party to the agreement. A controller or joint controller states its own legal grounds; a processor acts only on behalf of a controller party and has none of its own (LDS-05-R19).
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "party".
 */
export interface Party {
  organisation: Identifier;
  /**
   * The organisation's name.
   */
  name: string;
  /**
   * The organisation's data protection role for the sharing: controller (a controller in its own right, UK GDPR Article 4(7)), joint-controller (determines the purposes and means jointly with the other joint controllers, Article 26), or processor (processes on behalf of a controller party, Article 28).
   */
  role: "controller" | "joint-controller" | "processor";
  /**
   * Which way data flows for the organisation: provider (discloses data from its records), recipient (receives data), or provider-and-recipient.
   */
  sharing_role: "provider" | "recipient" | "provider-and-recipient";
  on_behalf_of?: Identifier;
  lawful_basis?: LegalGroundsOfAParty;
  contact?: Contact;
}
/**
 * The legal grounds on which a controller or joint controller party processes the shared data: its Article 6 lawful basis, the law that lays down that basis where Article 6(3) requires one (LDS-05-R16), its conditions for any special category data (LDS-05-R12, LDS-05-R17) and its conditions for any criminal offence data (LDS-05-R13, LDS-05-R18). Parties to one agreement may rely on different grounds.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "lawful_basis".
 */
export interface LegalGroundsOfAParty {
  article_6: Article6LawfulBasis;
  /**
   * The statutory powers or duties (legal gateways) that lay down the basis, e.g. "Children Act 2004, section 10". Required for art6-1-c and art6-1-e (UK GDPR Article 6(3)).
   *
   * @minItems 1
   */
  legal_powers?: LegalPower[];
  /**
   * The party's conditions for processing the agreement's special category data items.
   *
   * @minItems 1
   */
  special_category_conditions?: SpecialCategoryCondition[];
  /**
   * The party's DPA 2018 Schedule 1 conditions for processing the agreement's criminal offence data items (UK GDPR Article 10; DPA 2018 section 10(5)).
   *
   * @minItems 1
   */
  criminal_offence_conditions?: CriminalOffenceCondition[];
}
/**
 * A provision of law the party relies on: a statutory power or duty, or another rule of law.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "legal_power".
 */
export interface LegalPower {
  /**
   * The provision, cited as legislation.gov.uk does, e.g. "Children Act 1989, section 47".
   */
  citation: string;
  /**
   * The provision on legislation.gov.uk or another official source.
   */
  url?: string;
}
export interface SpecialCategoryCondition1 {
  article_9: Article9Condition;
  schedule_1?: DPA2018Schedule1Condition;
}
/**
 * A part of an LDS-06 record type that may be shared: the record type's name and one of that record type's data item pointers (an RFC 6901 JSON Pointer from the record's root with array levels left out, e.g. /household/members/birth_date), from the record type's LDS-06 pointer code list, which this schema applies according to record_type (LDS-05-R21). The item covers the pointer and every pointer below it. The special_category and criminal_offence flags say whether the item is such data, exactly as LDS-06 marks its pointers (LDS-05-R21).
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "data_item".
 */
export interface DataItem {
  record_type: RecordType;
  /**
   * A data item pointer of the record type, from its LDS-06 pointer code list, e.g. /household/members or /household/members/birth_date. Never empty: an agreement names the parts of a record it shares.
   */
  pointer: string;
  /**
   * True when the item is special category data (UK GDPR Article 9(1)): LDS-06 marks the pointer, or a pointer below it, as special category data. Omitted means false.
   */
  special_category?: boolean;
  /**
   * True when the item is criminal offence data (UK GDPR Article 10; DPA 2018 section 11(2)): LDS-06 marks the pointer, or a pointer below it, as criminal offence data. Omitted means false.
   */
  criminal_offence?: boolean;
  /**
   * What the item is and why it is needed, in plain language.
   */
  description?: string;
}
/**
 * The common rules on how long recipients keep shared data and how they dispose of it.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "retention".
 */
export interface Retention {
  /**
   * How long shared data is kept and from what event, e.g. "Six years after the case is closed".
   */
  description: string;
  /**
   * The retention period as an ISO 8601 duration in years, months, weeks or days, e.g. P6Y, when it is a fixed period.
   */
  period?: string;
  /**
   * How shared data is deleted or destroyed at the end of the period.
   */
  deletion?: string;
}
/**
 * Whether the parties have carried out a data protection impact assessment (UK GDPR Article 35) of the sharing and, if so, where it is recorded and what it concluded.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "dpia".
 */
export interface DataProtectionImpactAssessment {
  /**
   * True when a DPIA of the sharing has been completed.
   */
  completed: boolean;
  /**
   * The DPIA's document reference.
   */
  reference?: string;
  /**
   * The date the DPIA was completed or last reviewed.
   */
  completed_on?: string;
  /**
   * The DPIA's conclusion, including any residual high risk and whether the ICO was consulted (UK GDPR Article 36).
   */
  outcome?: string;
}
/**
 * A contact point that is a team or role, never a named person, so that the agreement and the public register hold no personal contact details.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "contact".
 */
export interface Contact {
  /**
   * The team or role, e.g. "Information Governance Team" or "Data Protection Officer".
   */
  team: string;
  /**
   * The team's or role's shared mailbox.
   */
  email: string;
  /**
   * The team's telephone number.
   */
  telephone?: string;
  /**
   * A web page about the contact point, e.g. how to make a request.
   */
  url?: string;
}
/**
 * The information governance arrangements the parties have agreed, as the ICO data sharing code recommends.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "governance".
 */
export interface InformationGovernance {
  /**
   * The technical and organisational security measures each party applies to shared data.
   */
  security?: string;
  /**
   * How the parties notify each other of, and handle, a personal data breach affecting shared data.
   */
  breach_procedure?: string;
  /**
   * How the parties handle requests from individuals (subject access, objection, rectification, erasure) and complaints about the sharing.
   */
  rights_handling?: string;
  /**
   * How the parties keep shared data accurate and tell each other of corrections.
   */
  accuracy?: string;
  /**
   * The training staff with access to shared data must have.
   */
  training?: string;
  /**
   * What happens to shared data when the agreement is terminated or a party leaves it.
   */
  termination?: string;
}
/**
 * A party's sign-off of the agreement, recorded by role (e.g. Senior Information Risk Owner, Caldicott Guardian, Data Protection Officer), never by a person's name.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "approval".
 */
export interface Approval {
  party: Identifier;
  /**
   * The role that approved the agreement for the party.
   */
  approver_role: string;
  /**
   * The date of approval.
   */
  approved_on: string;
}
/**
 * A declaration that sharing under the agreement rests on a ground that may set aside individuals' objections: the sharing is required by law, an overriding public interest has been determined, or a specific approval (for example support under section 251 of the National Health Service Act 2006) sets aside the objection. Whether and how it affects a decision about an objection is defined by LDS-04; LDS-05 records and publishes it.
 *
 * This interface was referenced by `DataSharingAgreementTerms`'s JSON-Schema
 * via the `definition` "objection_exemption".
 */
export interface ObjectionExemption {
  /**
   * The ground: required-by-law, overriding-public-interest or specific-approval.
   */
  basis: "required-by-law" | "overriding-public-interest" | "specific-approval";
  /**
   * The provision of law, the decision or the approval relied on, with its reference.
   */
  reference: string;
  /**
   * Where the provision, decision or approval is published.
   */
  url?: string;
}
export interface Complete {
  purpose: {
    classes: unknown;
    description: unknown;
    benefits: unknown;
    necessity: unknown;
  };
  /**
   * @minItems 2
   */
  parties: unknown[] &
    {
      [k: string]: unknown | undefined;
    }[];
  governance: {
    security: unknown;
    breach_procedure: unknown;
    rights_handling: unknown;
  };
  data_items: unknown;
  retention: unknown;
  effective_from: unknown;
  review_date: unknown;
  dpia: unknown;
  rights_contact: unknown;
  privacy_notices: unknown;
  approvals: unknown;
}
/** A DPA 2018 Schedule 1 condition that can authorise processing of criminal offence data (DPA 2018 section 10(5)): the conditions in Parts 1 and 3, and those in Part 2 that are not confined to special category data (LDS-05-R18). */
export type CriminalOffenceCondition = DPA2018Schedule1Condition;

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/agreement.schema.json
/**
 * One version of a data sharing agreement, as every LDS-05 operation returns it. An agreement is a series of immutable versions numbered from 1: creating it makes version 1 (a draft), and every amendment or status change makes the next version (LDS-05-R03, LDS-05-R04). An amendment changes only the terms; a status change changes only the status (LDS-05-R05). A version whose status is active or suspended has complete terms (agreement-terms.schema.json#/$defs/complete).
 */
export type DataSharingAgreementVersion = {
  /**
   * The agreement's identifier, the same in every version; assigned by the platform when the agreement is created.
   */
  id: string;
  /**
   * The version number: 1 for the version that created the agreement, then one more for each change.
   */
  version: number;
  status: AgreementStatus;
  /**
   * When the platform created this version (UTC).
   */
  created_at: string;
  created_by: Identifier;
  /**
   * How this version came about: created (version 1), amended (amendAgreement) or status-changed (changeAgreementStatus).
   */
  change_type: "created" | "amended" | "status-changed";
  /**
   * Why this version was made: required for every version after the first. For an amendment, what changed and why; for a status change, the reason for it.
   */
  change_summary?: string;
  terms: DataSharingAgreementTerms;
};
/**
 * Where the agreement is in its lifecycle. draft: being prepared; nothing may be shared. active: agreed; data may be shared while the agreement is in force. suspended: sharing is paused; the agreement may be made active again. terminated: ended for good; no further version can follow. The allowed changes are draft to active or terminated, active to suspended or terminated, and suspended to active or terminated (LDS-05-R09).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "status".
 */
export type AgreementStatus = "draft" | "active" | "suspended" | "terminated";

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/amend-agreement-request.schema.json
/**
 * The body of amendAgreement: the complete new terms, which replace the terms of the latest version in a new version with the same status (LDS-05-R05). If the agreement is active or suspended the new terms must be complete (LDS-05-R11 to LDS-05-R15).
 */
export interface AmendAgreementRequest {
  /**
   * The version the change is based on: it must be the agreement's latest version when the request is processed (LDS-05-R08).
   */
  based_on_version: number;
  /**
   * What changed and why.
   */
  change_summary: string;
  terms: DataSharingAgreementTerms;
}

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/create-agreement-request.schema.json
/**
 * The body of createAgreement: the terms of a new agreement, which the platform stores as version 1 with status draft (LDS-05-R01). The requester organisation must be a controller or joint controller party in the terms (LDS-05-R02).
 */
export interface CreateAgreementRequest {
  terms: DataSharingAgreementTerms;
  /**
   * Optional note on why the agreement is proposed; stored as version 1's change_summary.
   */
  change_summary?: string;
}

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/lawful-basis.schema.json
/**
 * Code list of the legal grounds an agreement party relies on (LDS-05): the lawful bases for processing in UK GDPR Article 6(1) (art6-1-<point>), the conditions for processing special category data in UK GDPR Article 9(2) (art9-2-<point>), and the conditions in Schedule 1 to the Data Protection Act 2018 (dpa2018-sch1-p<paragraph>), which complete Article 9(2)(b), (g), (h), (i) and (j) and authorise processing of criminal offence data under Article 10 (DPA 2018 section 10). Paragraph numbers and headings follow the revised text of Schedule 1 on legislation.gov.uk; paragraph 5 and Part 4 (paragraphs 38 to 41) state safeguards rather than conditions and have no code. x-mappings.dpv gives the W3C Data Privacy Vocabulary (DPV 2.0) term in its EU GDPR extension (prefix eu-gdpr: = https://w3id.org/dpv/2.0/legal/eu/gdpr#), whose article numbering the UK GDPR shares; DPV has no terms for Article 6(1)(ea) or for Schedule 1. Use $defs/article_6, $defs/article_9 or $defs/schedule_1 where only one kind of ground is allowed.
 */
export type LawfulBasisAndProcessingCondition = (
  | "art6-1-a"
  | "art6-1-b"
  | "art6-1-c"
  | "art6-1-d"
  | "art6-1-e"
  | "art6-1-ea"
  | "art6-1-f"
  | "art9-2-a"
  | "art9-2-b"
  | "art9-2-c"
  | "art9-2-d"
  | "art9-2-e"
  | "art9-2-f"
  | "art9-2-g"
  | "art9-2-h"
  | "art9-2-i"
  | "art9-2-j"
  | "dpa2018-sch1-p1"
  | "dpa2018-sch1-p2"
  | "dpa2018-sch1-p3"
  | "dpa2018-sch1-p4"
  | "dpa2018-sch1-p6"
  | "dpa2018-sch1-p7"
  | "dpa2018-sch1-p8"
  | "dpa2018-sch1-p9"
  | "dpa2018-sch1-p10"
  | "dpa2018-sch1-p11"
  | "dpa2018-sch1-p12"
  | "dpa2018-sch1-p13"
  | "dpa2018-sch1-p14"
  | "dpa2018-sch1-p15"
  | "dpa2018-sch1-p16"
  | "dpa2018-sch1-p17"
  | "dpa2018-sch1-p18"
  | "dpa2018-sch1-p19"
  | "dpa2018-sch1-p20"
  | "dpa2018-sch1-p21"
  | "dpa2018-sch1-p22"
  | "dpa2018-sch1-p23"
  | "dpa2018-sch1-p24"
  | "dpa2018-sch1-p25"
  | "dpa2018-sch1-p26"
  | "dpa2018-sch1-p27"
  | "dpa2018-sch1-p28"
  | "dpa2018-sch1-p29"
  | "dpa2018-sch1-p30"
  | "dpa2018-sch1-p31"
  | "dpa2018-sch1-p32"
  | "dpa2018-sch1-p33"
  | "dpa2018-sch1-p34"
  | "dpa2018-sch1-p35"
  | "dpa2018-sch1-p36"
  | "dpa2018-sch1-p37"
) &
  string;
/** A code from this list for a lawful basis in UK GDPR Article 6(1) (art6-1-a to art6-1-f, including art6-1-ea). */
export type Article6LawfulBasis = LawfulBasisAndProcessingCondition;
/** A code from this list for a condition in UK GDPR Article 9(2) (art9-2-a to art9-2-j). */
export type Article9Condition = LawfulBasisAndProcessingCondition;
/** A code from this list for a condition in Schedule 1 to the Data Protection Act 2018 (dpa2018-sch1-p1 to dpa2018-sch1-p37, without p5). */
export type DPA2018Schedule1Condition = LawfulBasisAndProcessingCondition;

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/problem-type.schema.json
/**
 * Code list of the problem types LDS-05 defines, by `code`, in addition to those of LDS-00. The problem's `type` is https://standards.lds.example/problems/ followed by the code; the body is an LDS-00 problem, and the 422 types list what is wrong in `errors`, with pointers into the agreement version the request would have created (members of the terms are under /terms). x-mappings.http_status is the HTTP status the type is used with. An unknown agreement or version is LDS-00's not-found.
 */
export type LDS05ProblemType = (
  | "agreement-party-required"
  | "agreement-controller-required"
  | "agreement-version-conflict"
  | "agreement-transition-not-allowed"
  | "agreement-terminated"
  | "agreement-terms-invalid"
  | "agreement-incomplete"
) &
  string;

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/purpose-class.schema.json
/**
 * Code list of the purposes for which LDS lets personal data be shared: every data sharing agreement lists the purpose classes it allows (LDS-05), every record access request declares one (LDS-06), and objections are scoped by them (LDS-04). The list is closed and deliberately small: each class has one meaning across all LDS standards, so that an agreement, a request, an objection and an audit event can be compared mechanically. x-mappings gives the nearest W3C Data Privacy Vocabulary (DPV 2.0) purpose (prefix dpv: = https://w3id.org/dpv/2.0#) and the nearest HL7 v3 PurposeOfUse code (code system http://terminology.hl7.org/CodeSystem/v3-ActReason); a mapping is omitted where neither vocabulary has an equivalent.
 */
export type PurposeClass = ("direct-care" | "safeguarding" | "planning" | "research" | "statistics") & string;

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/register-entry-list.schema.json
/**
 * One page of the public register in the LDS-00 page envelope: the response of listRegisterEntries (LDS-05-R32, LDS-05-R34).
 */
export interface RegisterEntryList {
  /**
   * The items on this page.
   */
  items: RegisterEntry[];
  page: PagePosition;
  links: PageLinks;
}

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/register-entry.schema.json
/**
 * An agreement as the public register publishes it (listRegisterEntries, getRegisterEntry): the agreement's latest version, for an agreement that has been active, with its terms in full (LDS-05-R32), and whether its review is overdue (LDS-05-R33). Drafts are never published. The entry holds no personal data: parties are organisations and contacts are teams or role mailboxes.
 */
export interface RegisterEntry {
  /**
   * The agreement's identifier.
   */
  id: string;
  /**
   * The number of the version published.
   */
  version: number;
  /**
   * The version's status: never draft.
   */
  status: "active" | "suspended" | "terminated";
  /**
   * When the version was created (UTC).
   */
  created_at: string;
  /**
   * True when the terms' review_date is earlier than the current date (UTC) at the time of the response.
   */
  review_overdue: boolean;
  /**
   * The version's terms, which are complete.
   */
  terms: DataSharingAgreementTerms & CompleteTerms;
}

// https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/status-transition-request.schema.json
/**
 * The body of changeAgreementStatus: the status the agreement moves to, which the platform records in a new version with the same terms (LDS-05-R05), if the change is allowed (LDS-05-R09). No agreement returns to draft.
 */
export interface StatusTransitionRequest {
  /**
   * The new status.
   */
  to: "active" | "suspended" | "terminated";
  /**
   * The version the change is based on: it must be the agreement's latest version when the request is processed (LDS-05-R08).
   */
  based_on_version: number;
  /**
   * The reason for the change.
   */
  change_summary: string;
}

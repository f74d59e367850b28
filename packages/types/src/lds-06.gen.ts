/* eslint-disable */
// Generated from standards/lds-06-record-access/1/schemas by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.
import type { Problem } from "./lds-00.gen.ts";
import type { Identifier, LocalAuthorityGSSCodeIdentifier, PostcodeIdentifier, UPRNIdentifier } from "./lds-01.gen.ts";
import type { Article6LawfulBasis, LawfulBasisAndProcessingCondition, PurposeClass } from "./lds-05.gen.ts";

// https://standards.lds.example/lds-06-record-access/1/schemas/problem-type.schema.json
/**
 * Code list of the problem types LDS-06 defines, by `code`, in addition to those of LDS-00: the ways requestRecordAccess refuses a request after it has passed LDS-00's checks. The problem's `type` is https://standards.lds.example/problems/ followed by the code; the body is a record access problem (record-access-problem.schema.json). x-mappings.http_status is the HTTP status the type is used with. When several apply, the one the decision order reaches first is returned (LDS-06-R02).
 */
export type LDS06ProblemType = (
  | "break-glass-not-authorised"
  | "unknown-agreement"
  | "agreement-not-active"
  | "not-a-party"
  | "purpose-not-permitted"
  | "lawful-basis-not-in-agreement"
  | "record-type-not-in-agreement"
  | "no-valid-consent"
  | "objection"
  | "subject-not-found"
  | "decision-unavailable"
) &
  string;

// https://standards.lds.example/lds-06-record-access/1/schemas/record-access-problem.schema.json
/**
 * The body of a requestRecordAccess error response: an LDS-00 problem, with the extension member audit_event_id naming the LDS-07 audit event that records the refused request. audit_event_id is required with every LDS-06 problem type except decision-unavailable (LDS-06-R22), and allowed with the others.
 */
export type RecordAccessProblem = Problem & {
  /**
   * The id of the LDS-07 audit event that records this request.
   */
  audit_event_id?: string;
};

// https://standards.lds.example/lds-06-record-access/1/schemas/record-access-request.schema.json
/**
 * The body of requestRecordAccess: whose record is wanted (one person identifier), which record type, for which purpose class, on which lawful basis, under which data sharing agreement, and optionally which parts of the record (fields), which consent the request relies on and whether break-glass access is invoked. The requester organisation is never named here: it is the organisation the access token identifies (LDS-06-R01).
 */
export type RecordAccessRequest = {
  [k: string]: unknown | undefined;
} & {
  /**
   * The person whose record is wanted, by one person identifier (LDS-01): usually the NHS number, or the Unique Pupil Number, or a local identifier system the provider recognises. Identifiers of places and organisations are not allowed.
   */
  subject: Identifier & {
    system?: {
      [k: string]: unknown | undefined;
    };
  };
  record_type: RecordType;
  purpose_class: PurposeClass;
  lawful_basis: Article6LawfulBasis;
  /**
   * The data sharing agreement (LDS-05) under which the record is requested.
   */
  agreement_id: string;
  /**
   * The version of the agreement the requester relies on. When omitted, the agreement's current version applies (LDS-06-R04).
   */
  agreement_version?: number;
  /**
   * The parts of the record wanted, as data item pointers of the record type (its pointer code list). When omitted, every data item the agreement lists for the record type is wanted. Each pointer covers itself and every pointer below it (LDS-06-R13).
   *
   * @minItems 1
   */
  fields?: string[];
  /**
   * The LDS-04 consent record the request relies on. Required when lawful_basis is art6-1-a; otherwise optional, for example to show that the subject consented to this specific use despite an objection (LDS-04 exemption consent).
   */
  consent_id?: string;
  break_glass?: BreakGlass;
};

/**
 * The invocation of break-glass access and why it is needed now.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "break_glass".
 */
export interface BreakGlass {
  /**
   * Why the record is needed urgently for safeguarding or to protect someone's vital interests, in the requester's words. The provider records it verbatim in the request's audit event (LDS-07).
   */
  justification: string;
}

// https://standards.lds.example/lds-06-record-access/1/schemas/record-access-response.schema.json
/**
 * The 200 response of requestRecordAccess: the subject, the record minimised to what the agreement and the request allow (LDS-06-R13), the parts withheld and why (LDS-06-R14), the provenance of what is returned (LDS-06-R20) and the id of the audit event that records the disclosure (LDS-06-R22). The record validates against the schema of the record type named in provenance.record_type.
 */
export type RecordAccessResponse = {
  [k: string]: unknown | undefined;
} & {
  subject: Identifier;
  /**
   * The released part of the subject's record: a document of the record type's schema that holds every released value the source holds and nothing else. Empty objects and arrays are left out; {} when nothing is released or nothing released is held.
   */
  record: {};
  /**
   * The parts of the record the request asked for that are withheld, each once, with the reason. Empty when nothing is withheld.
   */
  redactions: Redaction[];
  provenance: Provenance;
  /**
   * The id of the LDS-07 audit event that records this request and disclosure.
   */
  audit_event_id: string;
};

/**
 * A part of the record that the request asked for and the response withholds.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "redaction".
 */
export interface Redaction {
  /**
   * The data item pointer (of the record type's pointer code list) of the withheld part: the highest pointer below which everything asked for is withheld for the same reason (LDS-06-R14).
   */
  pointer: string;
  reason: RedactionReason;
}
/**
 * Where the record comes from and under what terms it was disclosed (LDS-06-R20): every value is the one the provider evaluated for this request.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "provenance".
 */
export interface Provenance {
  record_type: RecordType;
  source_organisation: Identifier;
  purpose_class: PurposeClass;
  /**
   * The data sharing agreement under which the record is disclosed.
   */
  agreement_id: string;
  /**
   * The version of the agreement the provider applied: its latest version (LDS-06-R04).
   */
  agreement_version: number;
  lawful_basis: Article6LawfulBasis;
  /**
   * The conditions under which special category and criminal offence data in the record is disclosed: the article_9 and schedule_1 codes of the special category conditions, and the criminal offence conditions, that the applied agreement version records for the requester organisation (LDS-05; LDS-06-R15, LDS-06-R16), or the emergency conditions of an authorised break-glass request (LDS-06-R18). Present exactly when the record holds at least one released value of a pointer marked special category or criminal offence data.
   *
   * @minItems 1
   */
  conditions?: LawfulBasisAndProcessingCondition[];
  /**
   * True exactly when the request invoked break-glass access (LDS-06-R19).
   */
  break_glass: boolean;
  /**
   * When the provider read the record and generated this response, in UTC.
   */
  generated_at: string;
  /**
   * When the source record was last changed, in UTC, if the provider knows (LDS-06-R25). Never later than generated_at.
   */
  source_updated_at?: string;
}

// https://standards.lds.example/lds-06-record-access/1/schemas/record-type.schema.json
/**
 * Code list of the record types LDS-06 version 1 defines. A record type names a domain record schema under schemas/records/ and the code list of the data item pointers into it; data sharing agreements (LDS-05) name a record type in each data item, and record access requests name the record type they want. Each entry's x-mappings gives the canonical $id of the record schema (record_schema) and of its pointer code list (pointer_schema). A minor version of LDS-06 may add record types.
 */
export type RecordType = ("family-support-summary" | "childrens-social-care-summary") & string;

// https://standards.lds.example/lds-06-record-access/1/schemas/redaction-reason.schema.json
/**
 * Code list of the reasons why a record access response withholds a part of the record that the request asked for (LDS-06-R14). A redaction depends only on the request, the applied agreement version and the requester organisation, never on the record's content.
 */
export type RedactionReason = (
  "not-in-agreement" | "special-category-condition-missing" | "criminal-offence-condition-missing"
) &
  string;

// https://standards.lds.example/lds-06-record-access/1/schemas/records/childrens-social-care-summary-pointer.schema.json
/**
 * Code list of every data item pointer into a childrens-social-care-summary record (childrens-social-care-summary.schema.json): the values a data sharing agreement's data item (LDS-05) and a record access request's fields (LDS-06) may name for this record type. A pointer is an RFC 6901 JSON Pointer from the record's root in which array levels are left out: /social_care_episodes/child_protection_plans/start_date names that member of every element of the array. A pointer covers itself and every pointer below it. An entry whose x-mappings.uk_gdpr starts with art9- is special category data (UK GDPR Article 9(1)); one whose x-mappings.uk_gdpr is art10-criminal-offence is criminal offence data (UK GDPR Article 10). Every pointer below a marked pointer carries the same mark; a pointer above one carries none but contains marked data (LDS-06 README, Special category and criminal offence data).
 */
export type ChildrenSSocialCareSummaryDataItemPointer = (
  | "/responsible_local_authority"
  | "/child_details"
  | "/child_details/identifiers"
  | "/child_details/date_of_birth"
  | "/child_details/expected_date_of_birth"
  | "/child_details/ethnicity"
  | "/child_details/disabilities"
  | "/child_details/uasc_flag"
  | "/current_status"
  | "/current_status/child_in_need"
  | "/current_status/child_protection_plan"
  | "/current_status/looked_after"
  | "/current_status/care_leaver"
  | "/allocated_team"
  | "/allocated_team/team_name"
  | "/allocated_team/organisation"
  | "/allocated_team/contact_email"
  | "/allocated_team/contact_phone"
  | "/social_care_episodes"
  | "/social_care_episodes/referral_date"
  | "/social_care_episodes/referral_no_further_action_flag"
  | "/social_care_episodes/primary_need_code"
  | "/social_care_episodes/closure_date"
  | "/social_care_episodes/child_in_need_plans"
  | "/social_care_episodes/child_in_need_plans/start_date"
  | "/social_care_episodes/child_in_need_plans/end_date"
  | "/social_care_episodes/section_47_assessments"
  | "/social_care_episodes/section_47_assessments/start_date"
  | "/social_care_episodes/section_47_assessments/icpc_required_flag"
  | "/social_care_episodes/section_47_assessments/icpc_date"
  | "/social_care_episodes/section_47_assessments/end_date"
  | "/social_care_episodes/child_protection_plans"
  | "/social_care_episodes/child_protection_plans/start_date"
  | "/social_care_episodes/child_protection_plans/end_date"
  | "/social_care_episodes/child_protection_plans/initial_category_of_abuse"
  | "/social_care_episodes/child_protection_plans/latest_category_of_abuse"
  | "/social_care_episodes/looked_after_episodes"
  | "/social_care_episodes/looked_after_episodes/start_date"
  | "/social_care_episodes/looked_after_episodes/end_date"
  | "/social_care_episodes/looked_after_episodes/legal_status"
) &
  string;

// https://standards.lds.example/lds-06-record-access/1/schemas/records/childrens-social-care-summary.schema.json
/**
 * Children in need census category of need codes N1 to N9 (the DfE census code set is authoritative for their meaning).
 *
 * This interface was referenced by `ChildrenSSocialCareSummary`'s JSON-Schema
 * via the `definition` "primary_need_code".
 */
export type CategoryOfNeed = "N1" | "N2" | "N3" | "N4" | "N5" | "N6" | "N7" | "N8" | "N9";
/**
 * Children in need census category of abuse codes: NEG neglect, PHY physical abuse, SAB sexual abuse, EMO emotional abuse, MUL more than one category.
 *
 * This interface was referenced by `ChildrenSSocialCareSummary`'s JSON-Schema
 * via the `definition` "category_of_abuse".
 */
export type CategoryOfAbuse = "NEG" | "PHY" | "SAB" | "EMO" | "MUL";
/**
 * SSDA903 legal status codes (the DfE SSDA903 guidance is authoritative for their meaning): C1 and C2 care orders, D1 freeing order, E1 placement order, V2 to V4 accommodation under Children Act 1989 section 20, J1 to J3 youth justice legal statuses, L1 to L3 police protection and emergency orders.
 *
 * This interface was referenced by `ChildrenSSocialCareSummary`'s JSON-Schema
 * via the `definition` "legal_status".
 */
export type LegalStatus = "C1" | "C2" | "D1" | "E1" | "V2" | "V3" | "V4" | "J1" | "J2" | "J3" | "L1" | "L2" | "L3";

/**
 * Record type childrens-social-care-summary: a summary of a child's involvement with a local authority's children's social care service in England: current child in need, child protection and looked after status, the allocated team, and each episode of social care with its plans, section 47 enquiries and periods of being looked after. Member names and codes follow the Department for Education children in need census and the children's social care data flow payload (social_care_episodes, referral_date, child_protection_plans, …); legal status codes follow the SSDA903 looked after children return. Every member is optional: a response carries only the members that the data sharing agreement and the request allow (LDS-06-R13), and a released member is absent only when the source holds no value for it. Data item pointers into this record are listed, with their special category and criminal offence marks, in childrens-social-care-summary-pointer.schema.json.
 */
export interface ChildrenSSocialCareSummary {
  responsible_local_authority?: LocalAuthorityGSSCodeIdentifier;
  /**
   * Who the child is, as the social care record holds it.
   */
  child_details?: {
    /**
     * The child's identifiers (LDS-01) in canonical form, such as the NHS number and the Unique Pupil Number (the census's UPN).
     *
     * @minItems 1
     */
    identifiers?: Identifier[];
    /**
     * The child's date of birth.
     */
    date_of_birth?: string;
    /**
     * For an unborn child, the expected date of birth.
     */
    expected_date_of_birth?: string;
    /**
     * The child's ethnicity as a Department for Education Common Basic Data Set ethnicity code (four capital letters, e.g. WBRI; REFU when refused, NOBT when not yet obtained), as in the children in need census. Special category data (racial or ethnic origin).
     */
    ethnicity?: string;
    /**
     * The child's disabilities as children in need census disability codes (two to four capital letters, e.g. NONE, MOB, AUT). Special category data (health).
     *
     * @minItems 1
     */
    disabilities?: string[];
    /**
     * True when the child is an unaccompanied asylum-seeking child.
     */
    uasc_flag?: boolean;
  };
  /**
   * The child's status on the date the response is generated (provenance generated_at). A released flag is always present, true or false.
   */
  current_status?: {
    /**
     * True when the child has an open episode of social care (a social care episode with no closure date) that did not end in no further action at referral. Children with a child protection plan or who are looked after are also children in need.
     */
    child_in_need?: boolean;
    /**
     * True when the child is the subject of a child protection plan that has not ended.
     */
    child_protection_plan?: boolean;
    /**
     * True when the child is looked after by the local authority (Children Act 1989 section 22).
     */
    looked_after?: boolean;
    /**
     * True when the young person is a care leaver to whom the local authority currently owes leaving care duties.
     */
    care_leaver?: boolean;
  };
  /**
   * The team the child's case is allocated to, with the team's own contact details. Social workers' names are not part of the record.
   */
  allocated_team?: {
    /**
     * The team's name, as the local authority publishes it.
     */
    team_name?: string;
    organisation?: Identifier;
    /**
     * The team's shared email address. Never an individual's address.
     */
    contact_email?: string;
    /**
     * The team's telephone number, in international format without spaces (E.164), e.g. +441632960000.
     */
    contact_phone?: string;
  };
  /**
   * The child's episodes of social care, each starting with a referral.
   */
  social_care_episodes?: SocialCareEpisode[];
}
/**
 * One episode of social care: from a referral to its closure (the census's CIN details).
 *
 * This interface was referenced by `ChildrenSSocialCareSummary`'s JSON-Schema
 * via the `definition` "social_care_episode".
 */
export interface SocialCareEpisode {
  /**
   * The date the referral was received.
   */
  referral_date?: string;
  /**
   * True when the referral led to no further action.
   */
  referral_no_further_action_flag?: boolean;
  primary_need_code?: CategoryOfNeed;
  /**
   * The date the episode closed. Absent while the episode is open.
   */
  closure_date?: string;
  /**
   * The child in need plans in this episode.
   */
  child_in_need_plans?: Period[];
  /**
   * The enquiries under Children Act 1989 section 47 in this episode.
   */
  section_47_assessments?: Section47Enquiry[];
  /**
   * The child protection plans in this episode.
   */
  child_protection_plans?: ChildProtectionPlan[];
  /**
   * The periods in this episode during which the child was looked after under one legal status (the SSDA903 return's episodes, without placement details).
   */
  looked_after_episodes?: LookedAfterEpisode[];
}
/**
 * A plan's start and, once it has ended, its end.
 *
 * This interface was referenced by `ChildrenSSocialCareSummary`'s JSON-Schema
 * via the `definition` "period".
 */
export interface Period {
  /**
   * The date the plan started.
   */
  start_date?: string;
  /**
   * The date the plan ended. Absent while it is in force.
   */
  end_date?: string;
}
/**
 * An enquiry under Children Act 1989 section 47 and whether it led to an initial child protection conference.
 *
 * This interface was referenced by `ChildrenSSocialCareSummary`'s JSON-Schema
 * via the `definition` "section_47_assessment".
 */
export interface Section47Enquiry {
  /**
   * The date the enquiry started.
   */
  start_date?: string;
  /**
   * True when the enquiry concluded that an initial child protection conference was needed.
   */
  icpc_required_flag?: boolean;
  /**
   * The date of the initial child protection conference.
   */
  icpc_date?: string;
  /**
   * The date the enquiry was completed.
   */
  end_date?: string;
}
/**
 * A child protection plan and the categories of abuse under which it was made.
 *
 * This interface was referenced by `ChildrenSSocialCareSummary`'s JSON-Schema
 * via the `definition` "child_protection_plan".
 */
export interface ChildProtectionPlan {
  /**
   * The date the plan started.
   */
  start_date?: string;
  /**
   * The date the plan ended. Absent while it is in force.
   */
  end_date?: string;
  initial_category_of_abuse?: CategoryOfAbuse;
  latest_category_of_abuse?: CategoryOfAbuse;
}
/**
 * A period during which the child was looked after under one legal status. Placement details (carer, address, placement type) are not part of the record.
 *
 * This interface was referenced by `ChildrenSSocialCareSummary`'s JSON-Schema
 * via the `definition` "looked_after_episode".
 */
export interface LookedAfterEpisode {
  /**
   * The date the period started.
   */
  start_date?: string;
  /**
   * The date the period ended. Absent while it continues.
   */
  end_date?: string;
  legal_status?: LegalStatus;
}

// https://standards.lds.example/lds-06-record-access/1/schemas/records/family-support-summary-pointer.schema.json
/**
 * Code list of every data item pointer into a family-support-summary record (family-support-summary.schema.json): the values a data sharing agreement's data item (LDS-05) and a record access request's fields (LDS-06) may name for this record type. A pointer is an RFC 6901 JSON Pointer from the record's root in which array levels are left out: /household/members/birth_date names that member of every element of the array. A pointer covers itself and every pointer below it. An entry whose x-mappings.uk_gdpr starts with art9- is special category data (UK GDPR Article 9(1)); one whose x-mappings.uk_gdpr is art10-criminal-offence is criminal offence data (UK GDPR Article 10). Every pointer below a marked pointer carries the same mark; a pointer above one carries none but contains marked data (LDS-06 README, Special category and criminal offence data).
 */
export type FamilySupportSummaryDataItemPointer = (
  | "/episode"
  | "/episode/start_date"
  | "/episode/end_date"
  | "/episode/end_reason"
  | "/household"
  | "/household/address"
  | "/household/address/uprn"
  | "/household/address/postcode"
  | "/household/members"
  | "/household/members/relationship_to_subject"
  | "/household/members/given_name"
  | "/household/members/family_name"
  | "/household/members/birth_date"
  | "/household/members/identifiers"
  | "/household/members/ethnicity"
  | "/needs"
  | "/needs/education"
  | "/needs/education/identified_on"
  | "/needs/education/status"
  | "/needs/education/resolved_on"
  | "/needs/early_years_development"
  | "/needs/early_years_development/identified_on"
  | "/needs/early_years_development/status"
  | "/needs/early_years_development/resolved_on"
  | "/needs/mental_and_physical_health"
  | "/needs/mental_and_physical_health/identified_on"
  | "/needs/mental_and_physical_health/status"
  | "/needs/mental_and_physical_health/resolved_on"
  | "/needs/substance_use"
  | "/needs/substance_use/identified_on"
  | "/needs/substance_use/status"
  | "/needs/substance_use/resolved_on"
  | "/needs/family_relationships"
  | "/needs/family_relationships/identified_on"
  | "/needs/family_relationships/status"
  | "/needs/family_relationships/resolved_on"
  | "/needs/abuse_and_exploitation"
  | "/needs/abuse_and_exploitation/identified_on"
  | "/needs/abuse_and_exploitation/status"
  | "/needs/abuse_and_exploitation/resolved_on"
  | "/needs/crime"
  | "/needs/crime/identified_on"
  | "/needs/crime/status"
  | "/needs/crime/resolved_on"
  | "/needs/domestic_abuse"
  | "/needs/domestic_abuse/identified_on"
  | "/needs/domestic_abuse/status"
  | "/needs/domestic_abuse/resolved_on"
  | "/needs/housing"
  | "/needs/housing/identified_on"
  | "/needs/housing/status"
  | "/needs/housing/resolved_on"
  | "/needs/financial_stability"
  | "/needs/financial_stability/identified_on"
  | "/needs/financial_stability/status"
  | "/needs/financial_stability/resolved_on"
  | "/lead_practitioner"
  | "/lead_practitioner/role"
  | "/lead_practitioner/organisation"
  | "/lead_practitioner/team_name"
  | "/plan"
  | "/plan/status"
  | "/plan/assessment_completed_on"
  | "/plan/start_date"
  | "/plan/last_review_date"
  | "/plan/next_review_date"
) &
  string;

// https://standards.lds.example/lds-06-record-access/1/schemas/records/family-support-summary.schema.json
/**
 * How a household member is related to the subject.
 *
 * This interface was referenced by `FamilySupportSummary`'s JSON-Schema
 * via the `definition` "relationship".
 */
export type RelationshipToTheSubject =
  | "self"
  | "parent"
  | "step-parent"
  | "foster-carer"
  | "other-carer"
  | "partner"
  | "child"
  | "sibling"
  | "grandparent"
  | "other-relative"
  | "other";
/**
 * The professional role of a lead practitioner.
 *
 * This interface was referenced by `FamilySupportSummary`'s JSON-Schema
 * via the `definition` "practitioner_role".
 */
export type PractitionerRole =
  | "family-support-worker"
  | "social-worker"
  | "health-visitor"
  | "school-nurse"
  | "school-staff"
  | "early-years-practitioner"
  | "youth-worker"
  | "housing-officer"
  | "other";
/**
 * needs-met: the family's needs were met. stepped-up: the family was referred to children's social care. family-withdrew: the family withdrew from the voluntary support. moved-away: the family moved out of the area. other: any other reason.
 *
 * This interface was referenced by `FamilySupportSummary`'s JSON-Schema
 * via the `definition` "episode_end_reason".
 */
export type EpisodeEndReason = "needs-met" | "stepped-up" | "family-withdrew" | "moved-away" | "other";

/**
 * Record type family-support-summary: a summary of the early help a family receives from a local authority family support service (the Supporting Families programme in England), as held for the family the subject belongs to. It covers the current episode of support, the household, the family's needs against the ten Supporting Families headline outcomes, the lead practitioner's role and the family plan. Every member is optional: a response carries only the members that the data sharing agreement and the request allow (LDS-06-R13), and a released member is absent only when the source holds no value for it. Data item pointers into this record are listed, with their special category and criminal offence marks, in family-support-summary-pointer.schema.json.
 */
export interface FamilySupportSummary {
  /**
   * The family's current episode of early help, or the most recent one if none is open.
   */
  episode?: {
    /**
     * The date the service began working with the family in this episode.
     */
    start_date?: string;
    /**
     * The date the episode ended. Absent while the episode is open.
     */
    end_date?: string;
    end_reason?: EpisodeEndReason;
  };
  /**
   * The household the subject lives in, as the family support service records it.
   */
  household?: {
    /**
     * Where the household lives, by identifier only.
     */
    address?: {
      uprn?: UPRNIdentifier;
      postcode?: PostcodeIdentifier;
    };
    /**
     * The people in the household, the subject included (relationship_to_subject self).
     */
    members?: HouseholdMember[];
  };
  /**
   * The family's needs, one member per Supporting Families headline outcome. A member is present only when a need has been identified under that outcome in the current or most recent episode.
   */
  needs?: {
    education?: Need;
    early_years_development?: Need;
    mental_and_physical_health?: Need;
    substance_use?: Need;
    family_relationships?: Need;
    abuse_and_exploitation?: Need;
    crime?: Need;
    domestic_abuse?: Need;
    housing?: Need;
    financial_stability?: Need;
  };
  /**
   * Who leads the work with the family, by role and organisation. Practitioners' names are not part of the record.
   */
  lead_practitioner?: {
    role?: PractitionerRole;
    organisation?: Identifier;
    /**
     * The name of the lead practitioner's team, as the organisation publishes it.
     */
    team_name?: string;
  };
  /**
   * The plan agreed with the family for the current or most recent episode.
   */
  plan?: {
    /**
     * assessing: the family's needs are being assessed and no plan is agreed yet. active: a plan is agreed and in force. ended: the plan has ended.
     */
    status?: "assessing" | "active" | "ended";
    /**
     * The date the whole-family assessment was completed.
     */
    assessment_completed_on?: string;
    /**
     * The date the plan was agreed with the family.
     */
    start_date?: string;
    /**
     * The date the plan was last reviewed with the family.
     */
    last_review_date?: string;
    /**
     * The date the next review is due.
     */
    next_review_date?: string;
  };
}
/**
 * One person in the household.
 *
 * This interface was referenced by `FamilySupportSummary`'s JSON-Schema
 * via the `definition` "household_member".
 */
export interface HouseholdMember {
  relationship_to_subject?: RelationshipToTheSubject;
  /**
   * The member's given name.
   */
  given_name?: string;
  /**
   * The member's family name.
   */
  family_name?: string;
  /**
   * The member's date of birth.
   */
  birth_date?: string;
  /**
   * The member's identifiers (LDS-01), such as the NHS number or Unique Pupil Number, in canonical form.
   *
   * @minItems 1
   */
  identifiers?: Identifier[];
  /**
   * The member's ethnicity as recorded, as a Department for Education Common Basic Data Set ethnicity code (four capital letters, e.g. WBRI; REFU when the person declined to say, NOBT when not yet obtained). Special category data (racial or ethnic origin).
   */
  ethnicity?: string;
}
/**
 * A need identified under one Supporting Families headline outcome.
 *
 * This interface was referenced by `FamilySupportSummary`'s JSON-Schema
 * via the `definition` "need".
 */
export interface Need {
  /**
   * The date the need was first identified in this episode.
   */
  identified_on?: string;
  /**
   * current: the need is being worked on. resolved: the lead practitioner has recorded the need as met.
   */
  status?: "current" | "resolved";
  /**
   * The date the need was recorded as met.
   */
  resolved_on?: string;
}

/* eslint-disable */
// Generated from standards/lds-06-record-access/1/openapi.yaml by @lds/client (src/generate). Do not edit: change the document and run `pnpm --filter @lds/client generate`.

export interface paths {
    "/records/$search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a minimised record summary for a purpose under an agreement
         * @description Evaluates the request in the decision order of LDS-06-R02 and either refuses it with the first failing check's problem or returns the record of the requested type about the subject, minimised to the data items of the applied agreement version and the requested fields (LDS-06-R13), with redactions (LDS-06-R14), provenance (LDS-06-R20) and the id of its audit event (LDS-06-R22). The requester organisation is the one the access token identifies (LDS-06-R01). Invoking break-glass (the body member break_glass) additionally needs the scope lds-06:break-glass (LDS-06-R17). The subject identifier travels in the body only (LDS-00-R16).
         */
        post: operations["requestRecordAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Family support summary data item pointer
         * @description Code list of every data item pointer into a family-support-summary record (family-support-summary.schema.json): the values a data sharing agreement's data item (LDS-05) and a record access request's fields (LDS-06) may name for this record type. A pointer is an RFC 6901 JSON Pointer from the record's root in which array levels are left out: /household/members/birth_date names that member of every element of the array. A pointer covers itself and every pointer below it. An entry whose x-mappings.uk_gdpr starts with art9- is special category data (UK GDPR Article 9(1)); one whose x-mappings.uk_gdpr is art10-criminal-offence is criminal offence data (UK GDPR Article 10). Every pointer below a marked pointer carries the same mark; a pointer above one carries none but contains marked data (LDS-06 README, Special category and criminal offence data).
         */
        "family-support-summary-pointer.schema": string & ("/episode" | "/episode/start_date" | "/episode/end_date" | "/episode/end_reason" | "/household" | "/household/address" | "/household/address/uprn" | "/household/address/postcode" | "/household/members" | "/household/members/relationship_to_subject" | "/household/members/given_name" | "/household/members/family_name" | "/household/members/birth_date" | "/household/members/identifiers" | "/household/members/ethnicity" | "/needs" | "/needs/education" | "/needs/education/identified_on" | "/needs/education/status" | "/needs/education/resolved_on" | "/needs/early_years_development" | "/needs/early_years_development/identified_on" | "/needs/early_years_development/status" | "/needs/early_years_development/resolved_on" | "/needs/mental_and_physical_health" | "/needs/mental_and_physical_health/identified_on" | "/needs/mental_and_physical_health/status" | "/needs/mental_and_physical_health/resolved_on" | "/needs/substance_use" | "/needs/substance_use/identified_on" | "/needs/substance_use/status" | "/needs/substance_use/resolved_on" | "/needs/family_relationships" | "/needs/family_relationships/identified_on" | "/needs/family_relationships/status" | "/needs/family_relationships/resolved_on" | "/needs/abuse_and_exploitation" | "/needs/abuse_and_exploitation/identified_on" | "/needs/abuse_and_exploitation/status" | "/needs/abuse_and_exploitation/resolved_on" | "/needs/crime" | "/needs/crime/identified_on" | "/needs/crime/status" | "/needs/crime/resolved_on" | "/needs/domestic_abuse" | "/needs/domestic_abuse/identified_on" | "/needs/domestic_abuse/status" | "/needs/domestic_abuse/resolved_on" | "/needs/housing" | "/needs/housing/identified_on" | "/needs/housing/status" | "/needs/housing/resolved_on" | "/needs/financial_stability" | "/needs/financial_stability/identified_on" | "/needs/financial_stability/status" | "/needs/financial_stability/resolved_on" | "/lead_practitioner" | "/lead_practitioner/role" | "/lead_practitioner/organisation" | "/lead_practitioner/team_name" | "/plan" | "/plan/status" | "/plan/assessment_completed_on" | "/plan/start_date" | "/plan/last_review_date" | "/plan/next_review_date");
        /**
         * Children's social care summary data item pointer
         * @description Code list of every data item pointer into a childrens-social-care-summary record (childrens-social-care-summary.schema.json): the values a data sharing agreement's data item (LDS-05) and a record access request's fields (LDS-06) may name for this record type. A pointer is an RFC 6901 JSON Pointer from the record's root in which array levels are left out: /social_care_episodes/child_protection_plans/start_date names that member of every element of the array. A pointer covers itself and every pointer below it. An entry whose x-mappings.uk_gdpr starts with art9- is special category data (UK GDPR Article 9(1)); one whose x-mappings.uk_gdpr is art10-criminal-offence is criminal offence data (UK GDPR Article 10). Every pointer below a marked pointer carries the same mark; a pointer above one carries none but contains marked data (LDS-06 README, Special category and criminal offence data).
         */
        "childrens-social-care-summary-pointer.schema": string & ("/responsible_local_authority" | "/child_details" | "/child_details/identifiers" | "/child_details/date_of_birth" | "/child_details/expected_date_of_birth" | "/child_details/ethnicity" | "/child_details/disabilities" | "/child_details/uasc_flag" | "/current_status" | "/current_status/child_in_need" | "/current_status/child_protection_plan" | "/current_status/looked_after" | "/current_status/care_leaver" | "/allocated_team" | "/allocated_team/team_name" | "/allocated_team/organisation" | "/allocated_team/contact_email" | "/allocated_team/contact_phone" | "/social_care_episodes" | "/social_care_episodes/referral_date" | "/social_care_episodes/referral_no_further_action_flag" | "/social_care_episodes/primary_need_code" | "/social_care_episodes/closure_date" | "/social_care_episodes/child_in_need_plans" | "/social_care_episodes/child_in_need_plans/start_date" | "/social_care_episodes/child_in_need_plans/end_date" | "/social_care_episodes/section_47_assessments" | "/social_care_episodes/section_47_assessments/start_date" | "/social_care_episodes/section_47_assessments/icpc_required_flag" | "/social_care_episodes/section_47_assessments/icpc_date" | "/social_care_episodes/section_47_assessments/end_date" | "/social_care_episodes/child_protection_plans" | "/social_care_episodes/child_protection_plans/start_date" | "/social_care_episodes/child_protection_plans/end_date" | "/social_care_episodes/child_protection_plans/initial_category_of_abuse" | "/social_care_episodes/child_protection_plans/latest_category_of_abuse" | "/social_care_episodes/looked_after_episodes" | "/social_care_episodes/looked_after_episodes/start_date" | "/social_care_episodes/looked_after_episodes/end_date" | "/social_care_episodes/looked_after_episodes/legal_status");
        /**
         * NHS number verification status
         * @description How far an NHS number has been verified against the national register: the NHS Data Dictionary NHS NUMBER STATUS INDICATOR CODE, as the UK Core code system UKCore-NHSNumberVerificationStatusEngland carries it. A two-character code list; titles are the published display texts.
         */
        "nhs-number-verification-status.schema": string & ("01" | "02" | "03" | "04" | "05" | "06" | "07" | "08");
        /**
         * NHS number identifier
         * @description An NHS number: the 10-digit identifier of a person in the NHS in England and Wales, with a modulus 11 check digit (LDS-01-R04). May carry the NHS number verification status.
         */
        nhs_number_identifier: {
            /**
             * @description Always https://fhir.nhs.uk/Id/nhs-number.
             * @constant
             */
            system: "https://fhir.nhs.uk/Id/nhs-number";
            /**
             * Format: nhs-number
             * @description The value, in canonical or any accepted input form (LDS-01-R02).
             */
            value: string;
            /** @description How far the NHS number has been verified against the national register. */
            verification_status?: components["schemas"]["nhs-number-verification-status.schema"];
        };
        /**
         * Unique Pupil Number identifier
         * @description A Unique Pupil Number (UPN): the 13-character identifier of a pupil in a state-funded school in England, with a modulus 23 check letter; permanent or temporary (LDS-01-R05).
         */
        upn_identifier: {
            /**
             * @description Always urn:lds:id:upn.
             * @constant
             */
            system: "urn:lds:id:upn";
            /**
             * Format: upn
             * @description The value, in canonical or any accepted input form (LDS-01-R02).
             */
            value: string;
        };
        /**
         * National Insurance number identifier
         * @description A National Insurance number (NINO): two prefix letters, six digits and a suffix letter A-D, under the HMRC prefix rules (LDS-01-R06).
         */
        nino_identifier: {
            /**
             * @description Always urn:lds:id:nino.
             * @constant
             */
            system: "urn:lds:id:nino";
            /**
             * Format: nino
             * @description The value, in canonical or any accepted input form (LDS-01-R02).
             */
            value: string;
        };
        /**
         * Postcode identifier
         * @description A UK postcode: outward code, one space, inward code (LDS-01-R07).
         */
        postcode_identifier: {
            /**
             * @description Always urn:lds:id:postcode.
             * @constant
             */
            system: "urn:lds:id:postcode";
            /**
             * Format: postcode
             * @description The value, in canonical or any accepted input form (LDS-01-R02).
             */
            value: string;
        };
        /**
         * UPRN identifier
         * @description A Unique Property Reference Number: an integer from 1 to 999999999999 identifying an addressable location in Great Britain (LDS-01-R09).
         */
        uprn_identifier: {
            /**
             * @description Always urn:lds:id:uprn.
             * @constant
             */
            system: "urn:lds:id:uprn";
            /**
             * Format: uprn
             * @description The value, in canonical or any accepted input form (LDS-01-R02).
             */
            value: string;
        };
        /**
         * USRN identifier
         * @description A Unique Street Reference Number: an integer from 1 to 99999999 identifying a street in Great Britain (LDS-01-R09).
         */
        usrn_identifier: {
            /**
             * @description Always urn:lds:id:usrn.
             * @constant
             */
            system: "urn:lds:id:usrn";
            /**
             * Format: usrn
             * @description The value, in canonical or any accepted input form (LDS-01-R02).
             */
            value: string;
        };
        /**
         * GSS code identifier
         * @description A Government Statistical Service (GSS) code from the ONS Register of Geographic Codes: a country letter and eight digits, naming any statistical or administrative area (LDS-01-R10).
         */
        gss_identifier: {
            /**
             * @description Always urn:lds:id:gss.
             * @constant
             */
            system: "urn:lds:id:gss";
            /**
             * Format: gss
             * @description The value, in canonical or any accepted input form (LDS-01-R02).
             */
            value: string;
        };
        /**
         * ODS code identifier
         * @description An Organisation Data Service (ODS) code: 1 to 9 letters and digits identifying an organisation or site in health and social care (LDS-01-R11).
         */
        ods_identifier: {
            /**
             * @description Always https://fhir.nhs.uk/Id/ods-organization-code.
             * @constant
             */
            system: "https://fhir.nhs.uk/Id/ods-organization-code";
            /**
             * Format: ods
             * @description The value, in canonical or any accepted input form (LDS-01-R02).
             */
            value: string;
        };
        /**
         * DfE URN identifier
         * @description A Department for Education Unique Reference Number (URN) of an educational establishment, as published by Get Information about Schools: a six-digit number from 100000 to 999999 (LDS-01-R12).
         */
        dfe_urn_identifier: {
            /**
             * @description Always urn:lds:id:dfe-urn.
             * @constant
             */
            system: "urn:lds:id:dfe-urn";
            /**
             * Format: dfe-urn
             * @description The value, in canonical or any accepted input form (LDS-01-R02).
             */
            value: string;
        };
        /**
         * Identifier
         * @description An identifier of a person, place, area or organisation: the system that issues it (an absolute URI) and its value. The systems LDS-01 defines are listed in identifier-system.schema.json; for each, the value must be valid in that system's format (LDS-01-R01). Identifiers of other systems are allowed and their values are not checked here. The $defs hold one schema per system, with the system fixed, for fields that accept only that system.
         */
        "identifier.schema": {
            /**
             * Format: uri
             * @description The identifier system: an absolute URI, compared character by character (no case folding or other normalisation).
             */
            system: string;
            /** @description The identifier within its system. Platforms accept the input forms LDS-01 defines and return the canonical form (LDS-01-R02, LDS-01-R03). */
            value: string;
            /** @description NHS numbers only: how far the NHS number has been verified against the national register. */
            verification_status?: components["schemas"]["nhs-number-verification-status.schema"];
        } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown);
        /**
         * Record type
         * @description Code list of the record types LDS-06 version 1 defines. A record type names a domain record schema under schemas/records/ and the code list of the data item pointers into it; data sharing agreements (LDS-05) name a record type in each data item, and record access requests name the record type they want. Each entry's x-mappings gives the canonical $id of the record schema (record_schema) and of its pointer code list (pointer_schema). A minor version of LDS-06 may add record types.
         */
        "record-type.schema": string & ("family-support-summary" | "childrens-social-care-summary");
        /**
         * Purpose class
         * @description Code list of the purposes for which LDS lets personal data be shared: every data sharing agreement lists the purpose classes it allows (LDS-05), every record access request declares one (LDS-06), and objections are scoped by them (LDS-04). The list is closed and deliberately small: each class has one meaning across all LDS standards, so that an agreement, a request, an objection and an audit event can be compared mechanically. x-mappings gives the nearest W3C Data Privacy Vocabulary (DPV 2.0) purpose (prefix dpv: = https://w3id.org/dpv/2.0#) and the nearest HL7 v3 PurposeOfUse code (code system http://terminology.hl7.org/CodeSystem/v3-ActReason); a mapping is omitted where neither vocabulary has an equivalent.
         */
        "purpose-class.schema": string & ("direct-care" | "safeguarding" | "planning" | "research" | "statistics");
        /**
         * Lawful basis and processing condition
         * @description Code list of the legal grounds an agreement party relies on (LDS-05): the lawful bases for processing in UK GDPR Article 6(1) (art6-1-<point>), the conditions for processing special category data in UK GDPR Article 9(2) (art9-2-<point>), and the conditions in Schedule 1 to the Data Protection Act 2018 (dpa2018-sch1-p<paragraph>), which complete Article 9(2)(b), (g), (h), (i) and (j) and authorise processing of criminal offence data under Article 10 (DPA 2018 section 10). Paragraph numbers and headings follow the revised text of Schedule 1 on legislation.gov.uk; paragraph 5 and Part 4 (paragraphs 38 to 41) state safeguards rather than conditions and have no code. x-mappings.dpv gives the W3C Data Privacy Vocabulary (DPV 2.0) term in its EU GDPR extension (prefix eu-gdpr: = https://w3id.org/dpv/2.0/legal/eu/gdpr#), whose article numbering the UK GDPR shares; DPV has no terms for Article 6(1)(ea) or for Schedule 1. Use $defs/article_6, $defs/article_9 or $defs/schedule_1 where only one kind of ground is allowed.
         */
        "lawful-basis.schema": string & ("art6-1-a" | "art6-1-b" | "art6-1-c" | "art6-1-d" | "art6-1-e" | "art6-1-ea" | "art6-1-f" | "art9-2-a" | "art9-2-b" | "art9-2-c" | "art9-2-d" | "art9-2-e" | "art9-2-f" | "art9-2-g" | "art9-2-h" | "art9-2-i" | "art9-2-j" | "dpa2018-sch1-p1" | "dpa2018-sch1-p2" | "dpa2018-sch1-p3" | "dpa2018-sch1-p4" | "dpa2018-sch1-p6" | "dpa2018-sch1-p7" | "dpa2018-sch1-p8" | "dpa2018-sch1-p9" | "dpa2018-sch1-p10" | "dpa2018-sch1-p11" | "dpa2018-sch1-p12" | "dpa2018-sch1-p13" | "dpa2018-sch1-p14" | "dpa2018-sch1-p15" | "dpa2018-sch1-p16" | "dpa2018-sch1-p17" | "dpa2018-sch1-p18" | "dpa2018-sch1-p19" | "dpa2018-sch1-p20" | "dpa2018-sch1-p21" | "dpa2018-sch1-p22" | "dpa2018-sch1-p23" | "dpa2018-sch1-p24" | "dpa2018-sch1-p25" | "dpa2018-sch1-p26" | "dpa2018-sch1-p27" | "dpa2018-sch1-p28" | "dpa2018-sch1-p29" | "dpa2018-sch1-p30" | "dpa2018-sch1-p31" | "dpa2018-sch1-p32" | "dpa2018-sch1-p33" | "dpa2018-sch1-p34" | "dpa2018-sch1-p35" | "dpa2018-sch1-p36" | "dpa2018-sch1-p37");
        /**
         * Break-glass
         * @description The invocation of break-glass access and why it is needed now.
         */
        break_glass: {
            /** @description Why the record is needed urgently for safeguarding or to protect someone's vital interests, in the requester's words. The provider records it verbatim in the request's audit event (LDS-07). */
            justification: string;
        };
        /**
         * Record access request
         * @description The body of requestRecordAccess: whose record is wanted (one person identifier), which record type, for which purpose class, on which lawful basis, under which data sharing agreement, and optionally which parts of the record (fields), which consent the request relies on and whether break-glass access is invoked. The requester organisation is never named here: it is the organisation the access token identifies (LDS-06-R01).
         */
        "record-access-request.schema": {
            /** @description The person whose record is wanted, by one person identifier (LDS-01): usually the NHS number, or the Unique Pupil Number, or a local identifier system the provider recognises. Identifiers of places and organisations are not allowed. */
            subject: {
                system?: unknown;
            } & components["schemas"]["identifier.schema"];
            /** @description The record type wanted. */
            record_type: components["schemas"]["record-type.schema"];
            /** @description The purpose for which the requester will use the record (LDS-05 code list). */
            purpose_class: components["schemas"]["purpose-class.schema"];
            /** @description The UK GDPR Article 6(1) lawful basis the requester relies on for this request (LDS-05 code list, art6- codes only). It must be the basis the agreement records for the requester organisation (LDS-06-R07), except in an authorised break-glass request. */
            lawful_basis: components["schemas"]["lawful-basis.schema"];
            /**
             * Format: uuid
             * @description The data sharing agreement (LDS-05) under which the record is requested.
             */
            agreement_id: string;
            /** @description The version of the agreement the requester relies on. When omitted, the agreement's current version applies (LDS-06-R04). */
            agreement_version?: number;
            /** @description The parts of the record wanted, as data item pointers of the record type (its pointer code list). When omitted, every data item the agreement lists for the record type is wanted. Each pointer covers itself and every pointer below it (LDS-06-R13). */
            fields?: string[];
            /**
             * Format: uuid
             * @description The LDS-04 consent record the request relies on. Required when lawful_basis is art6-1-a; otherwise optional, for example to show that the subject consented to this specific use despite an objection (LDS-04 exemption consent).
             */
            consent_id?: string;
            /** @description Present only to invoke break-glass access (LDS-06-R17 to LDS-06-R19): allowed only when purpose_class is safeguarding, or purpose_class is direct-care with lawful_basis art6-1-d (vital interests); never with lawful_basis art6-1-a; and only for a requester whose access token carries the scope lds-06:break-glass. It lifts the purpose, lawful basis, consent and objection checks and the special category and criminal offence gates, never the agreement, party, record type and subject checks or the minimisation to the agreement's data items. */
            break_glass?: components["schemas"]["break_glass"];
        } & (unknown & unknown & unknown);
        /**
         * Validation error
         * @description One thing wrong with the request. For a body, `pointer` is an RFC 6901 JSON Pointer into the request body; for a query parameter, it is "/" followed by the parameter name (escaped as RFC 6901 requires). For a missing member (`required`) it points where the member belongs. `code` is one of the LDS validation error codes defined in LDS-00.
         */
        error: {
            /** @description RFC 6901 JSON Pointer to the offending value; the empty string means the whole body. */
            pointer: string;
            /** @description The LDS validation error code (LDS-00 README, 'Validation error codes'). */
            code: string;
            /** @description A human-readable explanation of the error, for developers. Clients branch on `code`, not on `message`. */
            message: string;
        };
        /**
         * Problem
         * @description The body of every 4xx and 5xx response from an LDS platform, served as application/problem+json (LDS-00-R06). It is an RFC 9457 problem details object profiled by LDS: `type` is always an LDS problem type URI, `code` repeats the last segment of that URI, `status` equals the HTTP status, and `errors` lists individual validation errors. A problem type defined by an LDS standard may add extension members (RFC 9457 section 3.2) with snake_case names; any other member is rejected.
         */
        "problem.schema": {
            /**
             * Format: uri
             * @description The problem type: https://standards.lds.example/problems/ followed by `code`. Clients branch on this (or on `code`), never on `title` or `detail`.
             */
            type: string;
            /** @description A short, human-readable summary of the problem type. It is the same for every occurrence of the type. */
            title: string;
            /** @description The HTTP status code of the response that carries this problem; always equal to it (RFC 9457 section 3.1.2). */
            status: number;
            /** @description A human-readable explanation of this occurrence, aimed at helping the client correct the request. It never contains personal data that the request did not itself supply, nor internal diagnostics. */
            detail?: string;
            /**
             * Format: uri
             * @description An absolute URI identifying this occurrence, such as a urn:uuid: the platform operator can find in its logs. It never contains personal data.
             */
            instance?: string;
            /** @description The problem type's code: lower-case words joined by hyphens, unique across all LDS standards, equal to the last path segment of `type`. */
            code: string;
            /** @description The individual errors found in the request, when the problem type reports them (validation-failed, bad-request). Present only when there is at least one. */
            errors?: components["schemas"]["error"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * Redaction reason
         * @description Code list of the reasons why a record access response withholds a part of the record that the request asked for (LDS-06-R14). A redaction depends only on the request, the applied agreement version and the requester organisation, never on the record's content.
         */
        "redaction-reason.schema": string & ("not-in-agreement" | "special-category-condition-missing" | "criminal-offence-condition-missing");
        /**
         * Relationship to the subject
         * @description How a household member is related to the subject.
         * @enum {unknown}
         */
        relationship: "self" | "parent" | "step-parent" | "foster-carer" | "other-carer" | "partner" | "child" | "sibling" | "grandparent" | "other-relative" | "other";
        /**
         * Episode end reason
         * @description needs-met: the family's needs were met. stepped-up: the family was referred to children's social care. family-withdrew: the family withdrew from the voluntary support. moved-away: the family moved out of the area. other: any other reason.
         * @enum {unknown}
         */
        episode_end_reason: "needs-met" | "stepped-up" | "family-withdrew" | "moved-away" | "other";
        /**
         * Household member
         * @description One person in the household.
         */
        household_member: {
            /** @description How the member is related to the subject of the request. */
            relationship_to_subject?: components["schemas"]["relationship"];
            /** @description The member's given name. */
            given_name?: string;
            /** @description The member's family name. */
            family_name?: string;
            /**
             * Format: date
             * @description The member's date of birth.
             */
            birth_date?: string;
            /** @description The member's identifiers (LDS-01), such as the NHS number or Unique Pupil Number, in canonical form. */
            identifiers?: components["schemas"]["identifier.schema"][];
            /** @description The member's ethnicity as recorded, as a Department for Education Common Basic Data Set ethnicity code (four capital letters, e.g. WBRI; REFU when the person declined to say, NOBT when not yet obtained). Special category data (racial or ethnic origin). */
            ethnicity?: string;
        };
        /**
         * Need
         * @description A need identified under one Supporting Families headline outcome.
         */
        need: {
            /**
             * Format: date
             * @description The date the need was first identified in this episode.
             */
            identified_on?: string;
            /**
             * @description current: the need is being worked on. resolved: the lead practitioner has recorded the need as met.
             * @enum {unknown}
             */
            status?: "current" | "resolved";
            /**
             * Format: date
             * @description The date the need was recorded as met.
             */
            resolved_on?: string;
        };
        /**
         * Practitioner role
         * @description The professional role of a lead practitioner.
         * @enum {unknown}
         */
        practitioner_role: "family-support-worker" | "social-worker" | "health-visitor" | "school-nurse" | "school-staff" | "early-years-practitioner" | "youth-worker" | "housing-officer" | "other";
        /**
         * Family support summary
         * @description Record type family-support-summary: a summary of the early help a family receives from a local authority family support service (the Supporting Families programme in England), as held for the family the subject belongs to. It covers the current episode of support, the household, the family's needs against the ten Supporting Families headline outcomes, the lead practitioner's role and the family plan. Every member is optional: a response carries only the members that the data sharing agreement and the request allow (LDS-06-R13), and a released member is absent only when the source holds no value for it. Data item pointers into this record are listed, with their special category and criminal offence marks, in family-support-summary-pointer.schema.json.
         */
        "family-support-summary.schema": {
            /**
             * Episode of support
             * @description The family's current episode of early help, or the most recent one if none is open.
             */
            episode?: {
                /**
                 * Format: date
                 * @description The date the service began working with the family in this episode.
                 */
                start_date?: string;
                /**
                 * Format: date
                 * @description The date the episode ended. Absent while the episode is open.
                 */
                end_date?: string;
                /** @description Why the episode ended. */
                end_reason?: components["schemas"]["episode_end_reason"];
            };
            /**
             * Household
             * @description The household the subject lives in, as the family support service records it.
             */
            household?: {
                /**
                 * Address
                 * @description Where the household lives, by identifier only.
                 */
                address?: {
                    /** @description The Unique Property Reference Number of the household's address. */
                    uprn?: components["schemas"]["uprn_identifier"];
                    /** @description The postcode of the household's address. */
                    postcode?: components["schemas"]["postcode_identifier"];
                };
                /** @description The people in the household, the subject included (relationship_to_subject self). */
                members?: components["schemas"]["household_member"][];
            };
            /**
             * Needs
             * @description The family's needs, one member per Supporting Families headline outcome. A member is present only when a need has been identified under that outcome in the current or most recent episode.
             */
            needs?: {
                /** @description Getting a good education. */
                education?: components["schemas"]["need"];
                /** @description Good early years development. */
                early_years_development?: components["schemas"]["need"];
                /** @description Improved mental and physical health. Special category data (health). */
                mental_and_physical_health?: components["schemas"]["need"];
                /** @description Better managed substance use. Special category data (health). */
                substance_use?: components["schemas"]["need"];
                /** @description Improved family relationships. */
                family_relationships?: components["schemas"]["need"];
                /** @description Children safe from abuse and exploitation. */
                abuse_and_exploitation?: components["schemas"]["need"];
                /** @description Families diverted from crime. Criminal offence data: a need under this outcome may reveal offending or alleged offending by a family member. */
                crime?: components["schemas"]["need"];
                /** @description Safe from domestic abuse. */
                domestic_abuse?: components["schemas"]["need"];
                /** @description Secure housing. */
                housing?: components["schemas"]["need"];
                /** @description Financial stability. */
                financial_stability?: components["schemas"]["need"];
            };
            /**
             * Lead practitioner
             * @description Who leads the work with the family, by role and organisation. Practitioners' names are not part of the record.
             */
            lead_practitioner?: {
                /** @description The lead practitioner's professional role. */
                role?: components["schemas"]["practitioner_role"];
                /** @description The organisation that employs the lead practitioner: a council by GSS code, an NHS body by ODS code, a school by DfE URN. */
                organisation?: components["schemas"]["identifier.schema"];
                /** @description The name of the lead practitioner's team, as the organisation publishes it. */
                team_name?: string;
            };
            /**
             * Family plan
             * @description The plan agreed with the family for the current or most recent episode.
             */
            plan?: {
                /**
                 * @description assessing: the family's needs are being assessed and no plan is agreed yet. active: a plan is agreed and in force. ended: the plan has ended.
                 * @enum {unknown}
                 */
                status?: "assessing" | "active" | "ended";
                /**
                 * Format: date
                 * @description The date the whole-family assessment was completed.
                 */
                assessment_completed_on?: string;
                /**
                 * Format: date
                 * @description The date the plan was agreed with the family.
                 */
                start_date?: string;
                /**
                 * Format: date
                 * @description The date the plan was last reviewed with the family.
                 */
                last_review_date?: string;
                /**
                 * Format: date
                 * @description The date the next review is due.
                 */
                next_review_date?: string;
            };
        };
        /**
         * Category of need
         * @description Children in need census category of need codes N1 to N9 (the DfE census code set is authoritative for their meaning).
         * @enum {unknown}
         */
        primary_need_code: "N1" | "N2" | "N3" | "N4" | "N5" | "N6" | "N7" | "N8" | "N9";
        /**
         * Period
         * @description A plan's start and, once it has ended, its end.
         */
        period: {
            /**
             * Format: date
             * @description The date the plan started.
             */
            start_date?: string;
            /**
             * Format: date
             * @description The date the plan ended. Absent while it is in force.
             */
            end_date?: string;
        };
        /**
         * Section 47 enquiry
         * @description An enquiry under Children Act 1989 section 47 and whether it led to an initial child protection conference.
         */
        section_47_assessment: {
            /**
             * Format: date
             * @description The date the enquiry started.
             */
            start_date?: string;
            /** @description True when the enquiry concluded that an initial child protection conference was needed. */
            icpc_required_flag?: boolean;
            /**
             * Format: date
             * @description The date of the initial child protection conference.
             */
            icpc_date?: string;
            /**
             * Format: date
             * @description The date the enquiry was completed.
             */
            end_date?: string;
        };
        /**
         * Category of abuse
         * @description Children in need census category of abuse codes: NEG neglect, PHY physical abuse, SAB sexual abuse, EMO emotional abuse, MUL more than one category.
         * @enum {unknown}
         */
        category_of_abuse: "NEG" | "PHY" | "SAB" | "EMO" | "MUL";
        /**
         * Child protection plan
         * @description A child protection plan and the categories of abuse under which it was made.
         */
        child_protection_plan: {
            /**
             * Format: date
             * @description The date the plan started.
             */
            start_date?: string;
            /**
             * Format: date
             * @description The date the plan ended. Absent while it is in force.
             */
            end_date?: string;
            /** @description The category of abuse when the plan started. */
            initial_category_of_abuse?: components["schemas"]["category_of_abuse"];
            /** @description The most recent category of abuse. */
            latest_category_of_abuse?: components["schemas"]["category_of_abuse"];
        };
        /**
         * Legal status
         * @description SSDA903 legal status codes (the DfE SSDA903 guidance is authoritative for their meaning): C1 and C2 care orders, D1 freeing order, E1 placement order, V2 to V4 accommodation under Children Act 1989 section 20, J1 to J3 youth justice legal statuses, L1 to L3 police protection and emergency orders.
         * @enum {unknown}
         */
        legal_status: "C1" | "C2" | "D1" | "E1" | "V2" | "V3" | "V4" | "J1" | "J2" | "J3" | "L1" | "L2" | "L3";
        /**
         * Looked after episode
         * @description A period during which the child was looked after under one legal status. Placement details (carer, address, placement type) are not part of the record.
         */
        looked_after_episode: {
            /**
             * Format: date
             * @description The date the period started.
             */
            start_date?: string;
            /**
             * Format: date
             * @description The date the period ended. Absent while it continues.
             */
            end_date?: string;
            /** @description The legal status under which the child was looked after, as an SSDA903 legal status code. Criminal offence data: codes J1, J2 and J3 reveal a remand, a detention or a sentence. */
            legal_status?: components["schemas"]["legal_status"];
        };
        /**
         * Local authority GSS code identifier
         * @description A GSS code that names a local authority area: an English unitary authority (E06), non-metropolitan district (E07), metropolitan district (E08), London borough (E09) or county (E10), a Welsh principal area (W06), a Scottish council area (S12) or a Northern Ireland local government district (N09) (LDS-01-R10). For fields that must name a local authority.
         */
        gss_local_authority_identifier: {
            /**
             * @description Always urn:lds:id:gss.
             * @constant
             */
            system: "urn:lds:id:gss";
            /**
             * Format: gss-local-authority
             * @description The local authority's GSS code, in canonical or any accepted input form.
             */
            value: string;
        };
        /**
         * Social care episode
         * @description One episode of social care: from a referral to its closure (the census's CIN details).
         */
        social_care_episode: {
            /**
             * Format: date
             * @description The date the referral was received.
             */
            referral_date?: string;
            /** @description True when the referral led to no further action. */
            referral_no_further_action_flag?: boolean;
            /** @description The child's primary need at assessment, as a children in need census category of need code. Special category data (health): codes N2 and N3 reveal the illness or disability of the child or a parent. */
            primary_need_code?: components["schemas"]["primary_need_code"];
            /**
             * Format: date
             * @description The date the episode closed. Absent while the episode is open.
             */
            closure_date?: string;
            /** @description The child in need plans in this episode. */
            child_in_need_plans?: components["schemas"]["period"][];
            /** @description The enquiries under Children Act 1989 section 47 in this episode. */
            section_47_assessments?: components["schemas"]["section_47_assessment"][];
            /** @description The child protection plans in this episode. */
            child_protection_plans?: components["schemas"]["child_protection_plan"][];
            /** @description The periods in this episode during which the child was looked after under one legal status (the SSDA903 return's episodes, without placement details). */
            looked_after_episodes?: components["schemas"]["looked_after_episode"][];
        };
        /**
         * Children's social care summary
         * @description Record type childrens-social-care-summary: a summary of a child's involvement with a local authority's children's social care service in England: current child in need, child protection and looked after status, the allocated team, and each episode of social care with its plans, section 47 enquiries and periods of being looked after. Member names and codes follow the Department for Education children in need census and the children's social care data flow payload (social_care_episodes, referral_date, child_protection_plans, …); legal status codes follow the SSDA903 looked after children return. Every member is optional: a response carries only the members that the data sharing agreement and the request allow (LDS-06-R13), and a released member is absent only when the source holds no value for it. Data item pointers into this record are listed, with their special category and criminal offence marks, in childrens-social-care-summary-pointer.schema.json.
         */
        "childrens-social-care-summary.schema": {
            /** @description The local authority responsible for the child's social care, by GSS code. */
            responsible_local_authority?: components["schemas"]["gss_local_authority_identifier"];
            /**
             * Child details
             * @description Who the child is, as the social care record holds it.
             */
            child_details?: {
                /** @description The child's identifiers (LDS-01) in canonical form, such as the NHS number and the Unique Pupil Number (the census's UPN). */
                identifiers?: components["schemas"]["identifier.schema"][];
                /**
                 * Format: date
                 * @description The child's date of birth.
                 */
                date_of_birth?: string;
                /**
                 * Format: date
                 * @description For an unborn child, the expected date of birth.
                 */
                expected_date_of_birth?: string;
                /** @description The child's ethnicity as a Department for Education Common Basic Data Set ethnicity code (four capital letters, e.g. WBRI; REFU when refused, NOBT when not yet obtained), as in the children in need census. Special category data (racial or ethnic origin). */
                ethnicity?: string;
                /** @description The child's disabilities as children in need census disability codes (two to four capital letters, e.g. NONE, MOB, AUT). Special category data (health). */
                disabilities?: string[];
                /** @description True when the child is an unaccompanied asylum-seeking child. */
                uasc_flag?: boolean;
            };
            /**
             * Current status
             * @description The child's status on the date the response is generated (provenance generated_at). A released flag is always present, true or false.
             */
            current_status?: {
                /** @description True when the child has an open episode of social care (a social care episode with no closure date) that did not end in no further action at referral. Children with a child protection plan or who are looked after are also children in need. */
                child_in_need?: boolean;
                /** @description True when the child is the subject of a child protection plan that has not ended. */
                child_protection_plan?: boolean;
                /** @description True when the child is looked after by the local authority (Children Act 1989 section 22). */
                looked_after?: boolean;
                /** @description True when the young person is a care leaver to whom the local authority currently owes leaving care duties. */
                care_leaver?: boolean;
            };
            /**
             * Allocated team
             * @description The team the child's case is allocated to, with the team's own contact details. Social workers' names are not part of the record.
             */
            allocated_team?: {
                /** @description The team's name, as the local authority publishes it. */
                team_name?: string;
                /** @description The organisation the team belongs to (usually the responsible local authority, by GSS code). */
                organisation?: components["schemas"]["identifier.schema"];
                /**
                 * Format: email
                 * @description The team's shared email address. Never an individual's address.
                 */
                contact_email?: string;
                /** @description The team's telephone number, in international format without spaces (E.164), e.g. +441632960000. */
                contact_phone?: string;
            };
            /** @description The child's episodes of social care, each starting with a referral. */
            social_care_episodes?: components["schemas"]["social_care_episode"][];
        };
        /**
         * Redaction
         * @description A part of the record that the request asked for and the response withholds.
         */
        redaction: {
            /** @description The data item pointer (of the record type's pointer code list) of the withheld part: the highest pointer below which everything asked for is withheld for the same reason (LDS-06-R14). */
            pointer: string;
            /** @description Why it is withheld. */
            reason: components["schemas"]["redaction-reason.schema"];
        };
        /**
         * Provenance
         * @description Where the record comes from and under what terms it was disclosed (LDS-06-R20): every value is the one the provider evaluated for this request.
         */
        provenance: {
            /** @description The record type of the record, as requested. */
            record_type: components["schemas"]["record-type.schema"];
            /** @description The organisation whose record this is (the controller disclosing it): a council by GSS code, an NHS body by ODS code, a school by DfE URN. */
            source_organisation: components["schemas"]["identifier.schema"];
            /** @description The purpose class of the request. */
            purpose_class: components["schemas"]["purpose-class.schema"];
            /**
             * Format: uuid
             * @description The data sharing agreement under which the record is disclosed.
             */
            agreement_id: string;
            /** @description The version of the agreement the provider applied: its latest version (LDS-06-R04). */
            agreement_version: number;
            /** @description The Article 6(1) lawful basis of the disclosure: the request's lawful_basis (LDS-06-R07). */
            lawful_basis: components["schemas"]["lawful-basis.schema"];
            /** @description The conditions under which special category and criminal offence data in the record is disclosed: the article_9 and schedule_1 codes of the special category conditions, and the criminal offence conditions, that the applied agreement version records for the requester organisation (LDS-05; LDS-06-R15, LDS-06-R16), or the emergency conditions of an authorised break-glass request (LDS-06-R18). Present exactly when the record holds at least one released value of a pointer marked special category or criminal offence data. */
            conditions?: components["schemas"]["lawful-basis.schema"][];
            /** @description True exactly when the request invoked break-glass access (LDS-06-R19). */
            break_glass: boolean;
            /**
             * Format: date-time
             * @description When the provider read the record and generated this response, in UTC.
             */
            generated_at: string;
            /**
             * Format: date-time
             * @description When the source record was last changed, in UTC, if the provider knows (LDS-06-R25). Never later than generated_at.
             */
            source_updated_at?: string;
        };
        /**
         * Record access response
         * @description The 200 response of requestRecordAccess: the subject, the record minimised to what the agreement and the request allow (LDS-06-R13), the parts withheld and why (LDS-06-R14), the provenance of what is returned (LDS-06-R20) and the id of the audit event that records the disclosure (LDS-06-R22). The record validates against the schema of the record type named in provenance.record_type.
         */
        "record-access-response.schema": {
            /** @description The subject identifier the request named, in LDS-01 canonical form. */
            subject: components["schemas"]["identifier.schema"];
            /** @description The released part of the subject's record: a document of the record type's schema that holds every released value the source holds and nothing else. Empty objects and arrays are left out; {} when nothing is released or nothing released is held. */
            record: Record<string, never>;
            /** @description The parts of the record the request asked for that are withheld, each once, with the reason. Empty when nothing is withheld. */
            redactions: components["schemas"]["redaction"][];
            provenance: components["schemas"]["provenance"];
            /**
             * Format: uuid
             * @description The id of the LDS-07 audit event that records this request and disclosure.
             */
            audit_event_id: string;
        } & (unknown & unknown);
        /**
         * Record access problem
         * @description The body of a requestRecordAccess error response: an LDS-00 problem, with the extension member audit_event_id naming the LDS-07 audit event that records the refused request. audit_event_id is required with every LDS-06 problem type except decision-unavailable (LDS-06-R22), and allowed with the others.
         */
        "record-access-problem.schema": {
            /**
             * Format: uuid
             * @description The id of the LDS-07 audit event that records this request.
             */
            audit_event_id?: string;
        } & components["schemas"]["problem.schema"];
    };
    responses: {
        /** @description The request is refused: forbidden (LDS-00: the token lacks lds-06:read) or one of the 403 problem types of LDS-06, the first in the decision order that applies (LDS-06-R02): break-glass-not-authorised, agreement-not-active, not-a-party, purpose-not-permitted, lawful-basis-not-in-agreement, record-type-not-in-agreement, no-valid-consent or objection. An LDS-06 refusal names its audit event (LDS-06-R22). Nothing of the record is disclosed (LDS-00-R15). */
        Refused: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["record-access-problem.schema"];
            };
        };
        /** @description subject-not-found (LDS-06-R12): the provider holds no record of the requested type about a person the subject identifier identifies, or the identifier identifies more than one person. Answered only to a requester entitled to the record (LDS-06-R02). */
        SubjectNotFound: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/subject-not-found",
                 *       "title": "Subject not found",
                 *       "status": 404,
                 *       "code": "subject-not-found",
                 *       "audit_event_id": "1b32b1da-b0c1-4e3a-a4c0-2e6968b59a6d"
                 *     }
                 */
                "application/problem+json": components["schemas"]["record-access-problem.schema"];
            };
        };
        /** @description validation-failed (LDS-00-R09, LDS-00-R10): the body does not validate against record-access-request.schema.json, for example a field that is not a data item pointer of the record type, a consent-based request without consent_id (LDS-06-R10) or break-glass for a purpose other than safeguarding (LDS-06-R17). Or unknown-agreement (LDS-06-R03): no such agreement or version in the LDS-05 register. */
        Unprocessable: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["record-access-problem.schema"];
            };
        };
        /** @description decision-unavailable (LDS-06-R23): the provider could not establish the agreement or the LDS-04 decision, and disclosed nothing; or service-unavailable (LDS-00). Retry-After may say when to retry. */
        Unavailable: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                /** @description How many seconds to wait before retrying, when the platform knows (RFC 9110 section 10.2.3). */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/decision-unavailable",
                 *       "title": "Decision unavailable",
                 *       "status": 503,
                 *       "code": "decision-unavailable",
                 *       "detail": "The objection and consent register did not answer; nothing was disclosed."
                 *     }
                 */
                "application/problem+json": components["schemas"]["record-access-problem.schema"];
            };
        };
        /** @description Any other error, as a problem whose code is defined by an LDS standard (LDS-00-R06, LDS-00-R07). */
        Problem: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description bad-request: the body is not well-formed JSON, or a query parameter is invalid or unknown (LDS-00-R09, LDS-00-R11, LDS-00-R12). */
        BadRequest: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/bad-request",
                 *       "title": "Bad request",
                 *       "status": 400,
                 *       "code": "bad-request",
                 *       "errors": [
                 *         {
                 *           "pointer": "/size",
                 *           "code": "out-of-range",
                 *           "message": "size must be an integer from 1 to 100."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description unauthorised: no valid access token (LDS-00-R14). */
        Unauthorised: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description not-acceptable: the Accept header admits neither application/json nor application/problem+json (LDS-00-R03). */
        NotAcceptable: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description unsupported-media-type: the request body is not application/json (LDS-00-R03). */
        UnsupportedMediaType: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description rate-limited: too many requests; retry after the number of seconds in Retry-After (LDS-00-R17). */
        RateLimited: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description internal-error: the platform failed unexpectedly. */
        InternalError: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description no-store, so that no cache keeps the record summary (LDS-06-R24).
         * @example no-store
         */
        CacheControl: string;
        /**
         * @description The platform's API version, equal to ApiInfo.api_version, on every response (LDS-00-R24).
         * @example 1.4.0
         */
        ApiVersion: string;
        /**
         * @description The Bearer challenge (RFC 6750 section 3), with error="invalid_token" when the request presented a token that is not valid (LDS-00-R14).
         * @example Bearer error="invalid_token"
         */
        WwwAuthenticate: string;
        /**
         * @description How many seconds to wait before retrying (RFC 9110 section 10.2.3; LDS-00-R17).
         * @example 30
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    requestRecordAccess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["record-access-request.schema"];
            };
        };
        responses: {
            /** @description The minimised record, what was withheld and why, its provenance and its audit event (LDS-06-R13 to LDS-06-R22). */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["record-access-response.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Refused"];
            404: components["responses"]["SubjectNotFound"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
}

/** The operations that need no access token (`security: []`), as `method path`. */
export const openOperations: readonly string[] = [];

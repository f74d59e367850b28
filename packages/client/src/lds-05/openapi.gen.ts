/* eslint-disable */
// Generated from standards/lds-05-data-sharing-agreements/1/openapi.yaml by @lds/client (src/generate). Do not edit: change the document and run `pnpm --filter @lds/client generate`.

export interface paths {
    "/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the agreements the requester is party to
         * @description The latest version of every agreement in which the requester organisation is a party in any version, drafts included, in ascending order of id (LDS-05-R30).
         */
        get: operations["listAgreements"];
        put?: never;
        /**
         * Create an agreement as a draft
         * @description Stores the submitted terms as version 1 of a new agreement, with status draft (LDS-05-R01). The requester organisation must be a controller or joint controller party in the terms (LDS-05-R02). The terms must validate against agreement-terms.schema.json (LDS-05-R16 to LDS-05-R20) and meet the rules that relate their members (LDS-05-R21 to LDS-05-R25); they need not be complete until the agreement is made active.
         */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{agreement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
            };
            cookie?: never;
        };
        /**
         * Read an agreement's latest version
         * @description The agreement's latest version (LDS-05-R06), for an organisation that is a party in any version (LDS-05-R26).
         */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{agreement_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
            };
            cookie?: never;
        };
        /**
         * Read an agreement's history
         * @description Every version of the agreement in ascending order of version number (LDS-05-R07), for an organisation that is a party in any version (LDS-05-R26).
         */
        get: operations["listAgreementVersions"];
        put?: never;
        /**
         * Amend an agreement
         * @description Makes a new version with the submitted terms and the same status (LDS-05-R04, LDS-05-R05), if based_on_version is the latest version (LDS-05-R08) and the agreement is not terminated (LDS-05-R10). The requester must be a controller or joint controller party of the latest version (LDS-05-R27). If the agreement is active or suspended the new terms must be complete (LDS-05-R11 to LDS-05-R15).
         */
        post: operations["amendAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{agreement_id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
                /** @description The version number, from 1. */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        /**
         * Read one version of an agreement
         * @description The version, which never changes (LDS-05-R03), for an organisation that is a party in any version (LDS-05-R26).
         */
        get: operations["getAgreementVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{agreement_id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate, suspend or terminate an agreement
         * @description Makes a new version with the requested status and the same terms (LDS-05-R04, LDS-05-R05), if the change is allowed (LDS-05-R09) and based_on_version is the latest version (LDS-05-R08). The requester must be a controller or joint controller party of the latest version (LDS-05-R27). Activation, and a change to suspended, need complete terms (LDS-05-R11 to LDS-05-R15).
         */
        post: operations["changeAgreementStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the public register
         * @description Every agreement that has been active, as its latest version (LDS-05-R32), with review_overdue (LDS-05-R33), filtered exactly as the parameters say and in ascending order of id (LDS-05-R34). An open operation (LDS-00-R14) that carries no personal data: no token is needed and responses carry Access-Control-Allow-Origin: * (LDS-05-R31).
         */
        get: operations["listRegisterEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register/agreements/{agreement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
            };
            cookie?: never;
        };
        /**
         * Read one agreement in the public register
         * @description The register entry of one agreement (LDS-05-R32, LDS-05-R33); 404 not-found for an agreement that has never been active (LDS-05-R28). An open operation (LDS-00-R14) that carries no personal data: no token is needed (LDS-05-R31).
         */
        get: operations["getRegisterEntry"];
        put?: never;
        post?: never;
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
         * Agreement status
         * @description Where the agreement is in its lifecycle. draft: being prepared; nothing may be shared. active: agreed; data may be shared while the agreement is in force. suspended: sharing is paused; the agreement may be made active again. terminated: ended for good; no further version can follow. The allowed changes are draft to active or terminated, active to suspended or terminated, and suspended to active or terminated (LDS-05-R09).
         * @enum {unknown}
         */
        status: "draft" | "active" | "suspended" | "terminated";
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
         * Complete terms
         * @description What the terms must also contain before a version can be active or suspended: every member below, at least two parties including at least one provider and at least one recipient, a lawful basis for every controller and joint controller party (LDS-05-R11); where a data item is special category data, a special category condition for every controller and joint controller party and a completed DPIA (LDS-05-R12); where a data item is criminal offence data, a criminal offence condition for every controller and joint controller party and a completed DPIA (LDS-05-R13). Apply it together with this schema.
         */
        complete: {
            purpose: {
                classes: unknown;
                description: unknown;
                benefits: unknown;
                necessity: unknown;
            };
            parties: unknown[] & (unknown[] & unknown[]);
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
        } & (unknown & unknown);
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
         * Legal power
         * @description A provision of law the party relies on: a statutory power or duty, or another rule of law.
         */
        legal_power: {
            /** @description The provision, cited as legislation.gov.uk does, e.g. "Children Act 1989, section 47". */
            citation: string;
            /**
             * Format: uri
             * @description The provision on legislation.gov.uk or another official source.
             */
            url?: string;
        };
        /**
         * Special category condition
         * @description A condition for processing special category data: an Article 9(2) condition and, where DPA 2018 section 10 requires one, the Schedule 1 condition that completes it. Article 9(2)(b), (h), (i) and (j) need a Part 1 condition (paragraphs 1 to 4); Article 9(2)(g) needs a Part 2 condition (paragraphs 6 to 28); the other Article 9(2) conditions take none (LDS-05-R17).
         */
        special_category_condition: {
            /** @description The UK GDPR Article 9(2) condition. */
            article_9: components["schemas"]["lawful-basis.schema"];
            /** @description The DPA 2018 Schedule 1 condition that completes it. */
            schedule_1?: components["schemas"]["lawful-basis.schema"];
        } & (unknown & unknown & unknown);
        /**
         * Legal grounds of a party
         * @description The legal grounds on which a controller or joint controller party processes the shared data: its Article 6 lawful basis, the law that lays down that basis where Article 6(3) requires one (LDS-05-R16), its conditions for any special category data (LDS-05-R12, LDS-05-R17) and its conditions for any criminal offence data (LDS-05-R13, LDS-05-R18). Parties to one agreement may rely on different grounds.
         */
        lawful_basis: {
            /** @description The party's lawful basis under UK GDPR Article 6(1). */
            article_6: components["schemas"]["lawful-basis.schema"];
            /** @description The statutory powers or duties (legal gateways) that lay down the basis, e.g. "Children Act 2004, section 10". Required for art6-1-c and art6-1-e (UK GDPR Article 6(3)). */
            legal_powers?: components["schemas"]["legal_power"][];
            /** @description The party's conditions for processing the agreement's special category data items. */
            special_category_conditions?: components["schemas"]["special_category_condition"][];
            /** @description The party's DPA 2018 Schedule 1 conditions for processing the agreement's criminal offence data items (UK GDPR Article 10; DPA 2018 section 10(5)). */
            criminal_offence_conditions?: components["schemas"]["lawful-basis.schema"][];
        };
        /**
         * Contact
         * @description A contact point that is a team or role, never a named person, so that the agreement and the public register hold no personal contact details.
         */
        contact: {
            /** @description The team or role, e.g. "Information Governance Team" or "Data Protection Officer". */
            team: string;
            /**
             * Format: email
             * @description The team's or role's shared mailbox.
             */
            email: string;
            /** @description The team's telephone number. */
            telephone?: string;
            /**
             * Format: uri
             * @description A web page about the contact point, e.g. how to make a request.
             */
            url?: string;
        };
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
         * Record type
         * @description Code list of the record types LDS-06 version 1 defines. A record type names a domain record schema under schemas/records/ and the code list of the data item pointers into it; data sharing agreements (LDS-05) name a record type in each data item, and record access requests name the record type they want. Each entry's x-mappings gives the canonical $id of the record schema (record_schema) and of its pointer code list (pointer_schema). A minor version of LDS-06 may add record types.
         */
        "record-type.schema": string & ("family-support-summary" | "childrens-social-care-summary");
        /**
         * Purpose
         * @description Why the data is shared: the purpose classes the agreement allows, what the sharing is for, its expected benefits, and why sharing personal data is necessary and proportionate to achieve them.
         */
        purpose: {
            /** @description The purpose classes for which data may be shared under the agreement; a request under the agreement must declare one of them (LDS-06). */
            classes?: components["schemas"]["purpose-class.schema"][];
            /** @description What the sharing is meant to achieve, in plain language. */
            description?: string;
            /** @description The expected benefits to individuals or society, and how the parties will tell whether they are achieved. */
            benefits?: string;
            /** @description Why sharing personal data is necessary and proportionate, why less data or anonymised data would not do, and the minimum data needed. */
            necessity?: string;
        };
        /**
         * Party
         * @description An organisation that is party to the agreement. A controller or joint controller states its own legal grounds; a processor acts only on behalf of a controller party and has none of its own (LDS-05-R19).
         */
        party: {
            /** @description The organisation's LDS-01 identifier: a council or police force area by GSS code, an NHS body by ODS code, a school by DfE URN. */
            organisation: components["schemas"]["identifier.schema"];
            /** @description The organisation's name. */
            name: string;
            /**
             * @description The organisation's data protection role for the sharing: controller (a controller in its own right, UK GDPR Article 4(7)), joint-controller (determines the purposes and means jointly with the other joint controllers, Article 26), or processor (processes on behalf of a controller party, Article 28).
             * @enum {unknown}
             */
            role: "controller" | "joint-controller" | "processor";
            /**
             * @description Which way data flows for the organisation: provider (discloses data from its records), recipient (receives data), or provider-and-recipient.
             * @enum {unknown}
             */
            sharing_role: "provider" | "recipient" | "provider-and-recipient";
            /** @description Processors only: the controller or joint controller party the processor acts for (LDS-05-R23). */
            on_behalf_of?: components["schemas"]["identifier.schema"];
            lawful_basis?: components["schemas"]["lawful_basis"];
            /** @description Where to reach the organisation about the agreement: a team or role mailbox, never a named person. */
            contact?: components["schemas"]["contact"];
        };
        /**
         * Data item
         * @description A part of an LDS-06 record type that may be shared: the record type's name and one of that record type's data item pointers (an RFC 6901 JSON Pointer from the record's root with array levels left out, e.g. /household/members/birth_date), from the record type's LDS-06 pointer code list, which this schema applies according to record_type (LDS-05-R21). The item covers the pointer and every pointer below it. The special_category and criminal_offence flags say whether the item is such data, exactly as LDS-06 marks its pointers (LDS-05-R21).
         */
        data_item: {
            /** @description A record type of LDS-06 version 1, from its record type code list, e.g. family-support-summary. */
            record_type: components["schemas"]["record-type.schema"];
            /** @description A data item pointer of the record type, from its LDS-06 pointer code list, e.g. /household/members or /household/members/birth_date. Never empty: an agreement names the parts of a record it shares. */
            pointer: string;
            /** @description True when the item is special category data (UK GDPR Article 9(1)): LDS-06 marks the pointer, or a pointer below it, as special category data. Omitted means false. */
            special_category?: boolean;
            /** @description True when the item is criminal offence data (UK GDPR Article 10; DPA 2018 section 11(2)): LDS-06 marks the pointer, or a pointer below it, as criminal offence data. Omitted means false. */
            criminal_offence?: boolean;
            /** @description What the item is and why it is needed, in plain language. */
            description?: string;
        };
        /**
         * Retention
         * @description The common rules on how long recipients keep shared data and how they dispose of it.
         */
        retention: {
            /** @description How long shared data is kept and from what event, e.g. "Six years after the case is closed". */
            description: string;
            /** @description The retention period as an ISO 8601 duration in years, months, weeks or days, e.g. P6Y, when it is a fixed period. */
            period?: string;
            /** @description How shared data is deleted or destroyed at the end of the period. */
            deletion?: string;
        };
        /**
         * Data protection impact assessment
         * @description Whether the parties have carried out a data protection impact assessment (UK GDPR Article 35) of the sharing and, if so, where it is recorded and what it concluded.
         */
        dpia: {
            /** @description True when a DPIA of the sharing has been completed. */
            completed: boolean;
            /** @description The DPIA's document reference. */
            reference?: string;
            /**
             * Format: date
             * @description The date the DPIA was completed or last reviewed.
             */
            completed_on?: string;
            /** @description The DPIA's conclusion, including any residual high risk and whether the ICO was consulted (UK GDPR Article 36). */
            outcome?: string;
        };
        /**
         * Information governance
         * @description The information governance arrangements the parties have agreed, as the ICO data sharing code recommends.
         */
        governance: {
            /** @description The technical and organisational security measures each party applies to shared data. */
            security?: string;
            /** @description How the parties notify each other of, and handle, a personal data breach affecting shared data. */
            breach_procedure?: string;
            /** @description How the parties handle requests from individuals (subject access, objection, rectification, erasure) and complaints about the sharing. */
            rights_handling?: string;
            /** @description How the parties keep shared data accurate and tell each other of corrections. */
            accuracy?: string;
            /** @description The training staff with access to shared data must have. */
            training?: string;
            /** @description What happens to shared data when the agreement is terminated or a party leaves it. */
            termination?: string;
        };
        /**
         * Approval
         * @description A party's sign-off of the agreement, recorded by role (e.g. Senior Information Risk Owner, Caldicott Guardian, Data Protection Officer), never by a person's name.
         */
        approval: {
            /** @description The approving party's organisation identifier: equal to a party's organisation (LDS-05-R23). */
            party: components["schemas"]["identifier.schema"];
            /** @description The role that approved the agreement for the party. */
            approver_role: string;
            /**
             * Format: date
             * @description The date of approval.
             */
            approved_on: string;
        };
        /**
         * Objection exemption
         * @description A declaration that sharing under the agreement rests on a ground that may set aside individuals' objections: the sharing is required by law, an overriding public interest has been determined, or a specific approval (for example support under section 251 of the National Health Service Act 2006) sets aside the objection. Whether and how it affects a decision about an objection is defined by LDS-04; LDS-05 records and publishes it.
         */
        objection_exemption: {
            /**
             * @description The ground: required-by-law, overriding-public-interest or specific-approval.
             * @enum {unknown}
             */
            basis: "required-by-law" | "overriding-public-interest" | "specific-approval";
            /** @description The provision of law, the decision or the approval relied on, with its reference. */
            reference: string;
            /**
             * Format: uri
             * @description Where the provision, decision or approval is published.
             */
            url?: string;
        };
        /**
         * Data sharing agreement terms
         * @description What a data sharing agreement says: its purpose, its parties and their roles and legal grounds, the data items that may be shared, retention, review, the data protection impact assessment, how individuals' rights are handled, and the information governance arrangements, following the contents the ICO data sharing code of practice recommends. The terms are the body of every agreement version (agreement.schema.json). This schema states what holds for every version, drafts included: only title and parties are required while an agreement is a draft. $defs/complete states what must also hold before a version can be active or suspended (LDS-05-R11 to LDS-05-R13).
         */
        "agreement-terms.schema": {
            /** @description The agreement's name, as the parties and the public register show it. */
            title: string;
            /** @description The parties' own reference for the agreement, e.g. an information sharing agreement number. */
            reference?: string;
            purpose?: components["schemas"]["purpose"];
            /** @description The organisations that are party to the agreement, each with its data protection role and legal grounds. Each organisation appears once (LDS-05-R22). Joint controllers come at least in pairs (LDS-05-R20). */
            parties: components["schemas"]["party"][];
            /** @description The data items that may be shared: each a part of an LDS-06 record type. Nothing outside them may be disclosed under the agreement. Each record_type and pointer pair appears once (LDS-05-R22). */
            data_items?: components["schemas"]["data_item"][];
            retention?: components["schemas"]["retention"];
            /**
             * Format: date
             * @description The first date on which data may be shared under the agreement.
             */
            effective_from?: string;
            /**
             * Format: date
             * @description The last date on which data may be shared under the agreement, when it has a fixed end. Later than effective_from (LDS-05-R24).
             */
            expires_on?: string;
            /**
             * Format: date
             * @description The date by which the parties will have reviewed the agreement. Later than effective_from (LDS-05-R24), and later than the current date when a version becomes or stays active (LDS-05-R15).
             */
            review_date?: string;
            dpia?: components["schemas"]["dpia"];
            /** @description The single point of contact for individuals who want to exercise their rights (access, objection, rectification, complaint) about the sharing. A team or role, never a named person. */
            rights_contact?: components["schemas"]["contact"];
            /** @description The privacy notices (URLs) through which the parties tell individuals about the sharing. */
            privacy_notices?: string[];
            governance?: components["schemas"]["governance"];
            /** @description The recorded sign-off of the agreement by the parties: one entry per party that approved, naming the role (not the person) that approved it. Each party appears at most once (LDS-05-R22), and every controller or joint controller party must appear before a version can be active or suspended (LDS-05-R14). */
            approvals?: components["schemas"]["approval"][];
            objection_exemption?: components["schemas"]["objection_exemption"];
        };
        /**
         * Data sharing agreement version
         * @description One version of a data sharing agreement, as every LDS-05 operation returns it. An agreement is a series of immutable versions numbered from 1: creating it makes version 1 (a draft), and every amendment or status change makes the next version (LDS-05-R03, LDS-05-R04). An amendment changes only the terms; a status change changes only the status (LDS-05-R05). A version whose status is active or suspended has complete terms (agreement-terms.schema.json#/$defs/complete).
         */
        "agreement.schema": {
            /**
             * Format: uuid
             * @description The agreement's identifier, the same in every version; assigned by the platform when the agreement is created.
             */
            id: string;
            /** @description The version number: 1 for the version that created the agreement, then one more for each change. */
            version: number;
            status: components["schemas"]["status"];
            /**
             * Format: date-time
             * @description When the platform created this version (UTC).
             */
            created_at: string;
            /** @description The organisation whose request created this version, as identified by the request's access token. */
            created_by: components["schemas"]["identifier.schema"];
            /**
             * @description How this version came about: created (version 1), amended (amendAgreement) or status-changed (changeAgreementStatus).
             * @enum {unknown}
             */
            change_type: "created" | "amended" | "status-changed";
            /** @description Why this version was made: required for every version after the first. For an amendment, what changed and why; for a status change, the reason for it. */
            change_summary?: string;
            terms: components["schemas"]["agreement-terms.schema"];
        } & (unknown & unknown);
        /**
         * Page position
         * @description Where this page sits in the collection. total_pages is ceil(total_items / size), so it is 0 for an empty collection (LDS-00-R19).
         */
        page: {
            /** @description The number of this page, counting from 1: the `page` query parameter, or 1 when it was not given. */
            number: number;
            /** @description The page size: the `size` query parameter, or 20 when it was not given. */
            size: number;
            /** @description The number of items in the whole collection. */
            total_items: number;
            /** @description The number of pages at this size: ceil(total_items / size). */
            total_pages: number;
        };
        /**
         * Page links
         * @description Absolute URLs, each beginning with the platform's base URL, that return the pages of the same collection with the same query (LDS-00-R19). For an operation invoked with POST, a link is followed by sending the same request body to it with POST.
         */
        links: {
            /**
             * Format: uri
             * @description This page.
             */
            self: string;
            /**
             * Format: uri
             * @description Page 1.
             */
            first: string;
            /**
             * Format: uri
             * @description Page max(1, total_pages).
             */
            last: string;
            /**
             * Format: uri
             * @description Page number + 1; present only when number < total_pages.
             */
            next?: string;
            /**
             * Format: uri
             * @description Page number - 1; present only when number > 1.
             */
            prev?: string;
        };
        /**
         * Agreement version list
         * @description One page of agreement versions in the LDS-00 page envelope: the response of listAgreements (the latest version of each agreement the requester is a party to, LDS-05-R30) and of listAgreementVersions (every version of one agreement, LDS-05-R07).
         */
        "agreement-list.schema": {
            /** @description The items on this page. */
            items: components["schemas"]["agreement.schema"][];
            page: components["schemas"]["page"];
            links: components["schemas"]["links"];
        };
        /**
         * Create agreement request
         * @description The body of createAgreement: the terms of a new agreement, which the platform stores as version 1 with status draft (LDS-05-R01). The requester organisation must be a controller or joint controller party in the terms (LDS-05-R02).
         */
        "create-agreement-request.schema": {
            terms: components["schemas"]["agreement-terms.schema"];
            /** @description Optional note on why the agreement is proposed; stored as version 1's change_summary. */
            change_summary?: string;
        };
        /**
         * Amend agreement request
         * @description The body of amendAgreement: the complete new terms, which replace the terms of the latest version in a new version with the same status (LDS-05-R05). If the agreement is active or suspended the new terms must be complete (LDS-05-R11 to LDS-05-R15).
         */
        "amend-agreement-request.schema": {
            /** @description The version the change is based on: it must be the agreement's latest version when the request is processed (LDS-05-R08). */
            based_on_version: number;
            /** @description What changed and why. */
            change_summary: string;
            terms: components["schemas"]["agreement-terms.schema"];
        };
        /**
         * Status transition request
         * @description The body of changeAgreementStatus: the status the agreement moves to, which the platform records in a new version with the same terms (LDS-05-R05), if the change is allowed (LDS-05-R09). No agreement returns to draft.
         */
        "status-transition-request.schema": {
            /**
             * @description The new status.
             * @enum {unknown}
             */
            to: "active" | "suspended" | "terminated";
            /** @description The version the change is based on: it must be the agreement's latest version when the request is processed (LDS-05-R08). */
            based_on_version: number;
            /** @description The reason for the change. */
            change_summary: string;
        };
        /**
         * Register entry
         * @description An agreement as the public register publishes it (listRegisterEntries, getRegisterEntry): the agreement's latest version, for an agreement that has been active, with its terms in full (LDS-05-R32), and whether its review is overdue (LDS-05-R33). Drafts are never published. The entry holds no personal data: parties are organisations and contacts are teams or role mailboxes.
         */
        "register-entry.schema": {
            /**
             * Format: uuid
             * @description The agreement's identifier.
             */
            id: string;
            /** @description The number of the version published. */
            version: number;
            /**
             * @description The version's status: never draft.
             * @enum {unknown}
             */
            status: "active" | "suspended" | "terminated";
            /**
             * Format: date-time
             * @description When the version was created (UTC).
             */
            created_at: string;
            /** @description True when the terms' review_date is earlier than the current date (UTC) at the time of the response. */
            review_overdue: boolean;
            /** @description The version's terms, which are complete. */
            terms: components["schemas"]["agreement-terms.schema"] & components["schemas"]["complete"];
        };
        /**
         * Register entry list
         * @description One page of the public register in the LDS-00 page envelope: the response of listRegisterEntries (LDS-05-R32, LDS-05-R34).
         */
        "register-entry-list.schema": {
            /** @description The items on this page. */
            items: components["schemas"]["register-entry.schema"][];
            page: components["schemas"]["page"];
            links: components["schemas"]["links"];
        };
    };
    responses: {
        /** @description An agreement version. */
        Agreement: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["agreement.schema"];
            };
        };
        /** @description One page of agreement versions. */
        AgreementList: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["agreement-list.schema"];
            };
        };
        /** @description The version created. */
        VersionCreated: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["agreement.schema"];
            };
        };
        /** @description forbidden (LDS-00-R15): the token lacks lds-05:read; or agreement-party-required: the requester organisation is not a party in any version of the agreement (LDS-05-R26). */
        ReadForbidden: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/agreement-party-required",
                 *       "title": "Not a party to the agreement",
                 *       "status": 403,
                 *       "code": "agreement-party-required"
                 *     }
                 */
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description forbidden (LDS-00-R15): the token lacks lds-05:write; or agreement-controller-required: the requester organisation is not a controller or joint controller party of the latest version (LDS-05-R27) or, when creating, of the submitted terms (LDS-05-R02). */
        WriteForbidden: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/agreement-controller-required",
                 *       "title": "Not a controller party",
                 *       "status": 403,
                 *       "code": "agreement-controller-required"
                 *     }
                 */
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description agreement-version-conflict: based_on_version is not the latest version (LDS-05-R08); or agreement-terminated: the agreement is terminated (LDS-05-R10). */
        AmendConflict: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/agreement-version-conflict",
                 *       "title": "Agreement version conflict",
                 *       "status": 409,
                 *       "code": "agreement-version-conflict",
                 *       "detail": "The agreement's latest version is 4; the request was based on version 3."
                 *     }
                 */
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description agreement-version-conflict: based_on_version is not the latest version (LDS-05-R08); or agreement-transition-not-allowed: the agreement cannot move from its status to the one requested (LDS-05-R09). */
        TransitionConflict: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/agreement-transition-not-allowed",
                 *       "title": "Status change not allowed",
                 *       "status": 409,
                 *       "code": "agreement-transition-not-allowed",
                 *       "detail": "A terminated agreement cannot be made active."
                 *     }
                 */
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description validation-failed (LDS-00-R09, LDS-00-R10): the body does not validate against the request schema, including a data item whose record type or pointer is not in LDS-06's code lists (LDS-05-R21); or agreement-terms-invalid: the terms break a rule relating their members (LDS-05-R21 to LDS-05-R25); or agreement-incomplete: the version would be active or suspended but the terms are not complete (LDS-05-R11 to LDS-05-R15). Pointers in errors point into the request body, or for changeAgreementStatus into the version that would have resulted; in both, members of the terms are under /terms. */
        TermsRejected: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description audit-unavailable (LDS-07): the platform could not record the request in the access audit, so it made no change; or service-unavailable (LDS-00-R23). */
        Unavailable: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description An error from a register operation, with the code LDS-00 defines for it (for example bad-request for an invalid filter, not-found for an agreement that has never been active), and with Access-Control-Allow-Origin: * like every register response (LDS-05-R31). */
        RegisterProblem: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
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
        /** @description forbidden, or a more specific 403 code of the operation's standard: the requester organisation may not do this (LDS-00-R15). */
        Forbidden: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
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
        /** @description service-unavailable: the platform is temporarily unable to serve LDS requests (LDS-00-R23). Retry-After may say when to retry. */
        ServiceUnavailable: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                /** @description How many seconds to wait before retrying, when the platform knows (RFC 9110 section 10.2.3). */
                "Retry-After"?: string;
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
        /** @description not-found: no such operation or resource (LDS-00-R13). */
        NotFound: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
    };
    parameters: {
        /** @description The agreement's id, assigned by the platform when the agreement was created. */
        AgreementId: string;
        /** @description The version number, from 1. */
        Version: number;
        /** @description Only agreements whose latest version has this status (LDS-05-R30). */
        StatusFilter: components["schemas"]["status"];
        /** @description Only entries with this status (LDS-05-R34). */
        RegisterStatusFilter: "active" | "suspended" | "terminated";
        /** @description Only entries whose purpose classes include this one (LDS-05-R34). */
        PurposeClassFilter: components["schemas"]["purpose-class.schema"];
        /**
         * @description Only entries with a party whose organisation has this identifier, written as its system, "|" and its value, e.g. urn:lds:id:gss|E08000099 (percent-encoded in the URL). Organisation identifiers are not personal data (LDS-05-R34).
         * @example urn:lds:id:gss|E08000099
         */
        PartyFilter: string;
        /** @description Only entries with a data item of this LDS-06 record type (LDS-05-R34). */
        RecordTypeFilter: string;
        /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
        PageNumber: number;
        /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description The URL of the version created, {base_url}/agreements/{id}/versions/{version} (LDS-05-R01, LDS-05-R04). */
        Location: string;
        /** @description Lets any web page read the register (LDS-05-R31). */
        AccessControlAllowOrigin: "*";
        /**
         * @description How long caches may keep the response; at most 300 seconds (LDS-05-R35).
         * @example public, max-age=300
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
    listAgreements: {
        parameters: {
            query?: {
                /** @description Only agreements whose latest version has this status (LDS-05-R30). */
                status?: components["parameters"]["StatusFilter"];
                /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
                page?: components["parameters"]["PageNumber"];
                /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
                size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AgreementList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["create-agreement-request.schema"];
            };
        };
        responses: {
            201: components["responses"]["VersionCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["WriteForbidden"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["TermsRejected"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Agreement"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["ReadForbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    listAgreementVersions: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
                page?: components["parameters"]["PageNumber"];
                /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
                size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AgreementList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["ReadForbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    amendAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["amend-agreement-request.schema"];
            };
        };
        responses: {
            201: components["responses"]["VersionCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["WriteForbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["AmendConflict"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["TermsRejected"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    getAgreementVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
                /** @description The version number, from 1. */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Agreement"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["ReadForbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    changeAgreementStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["status-transition-request.schema"];
            };
        };
        responses: {
            201: components["responses"]["VersionCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["WriteForbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["TransitionConflict"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["TermsRejected"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    listRegisterEntries: {
        parameters: {
            query?: {
                /** @description Only entries with this status (LDS-05-R34). */
                status?: components["parameters"]["RegisterStatusFilter"];
                /** @description Only entries whose purpose classes include this one (LDS-05-R34). */
                purpose_class?: components["parameters"]["PurposeClassFilter"];
                /**
                 * @description Only entries with a party whose organisation has this identifier, written as its system, "|" and its value, e.g. urn:lds:id:gss|E08000099 (percent-encoded in the URL). Organisation identifiers are not personal data (LDS-05-R34).
                 * @example urn:lds:id:gss|E08000099
                 */
                party?: components["parameters"]["PartyFilter"];
                /** @description Only entries with a data item of this LDS-06 record type (LDS-05-R34). */
                record_type?: components["parameters"]["RecordTypeFilter"];
                /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
                page?: components["parameters"]["PageNumber"];
                /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
                size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of register entries. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["register-entry-list.schema"];
                };
            };
            400: components["responses"]["RegisterProblem"];
            406: components["responses"]["RegisterProblem"];
            429: components["responses"]["RegisterProblem"];
            500: components["responses"]["RegisterProblem"];
            503: components["responses"]["RegisterProblem"];
            default: components["responses"]["RegisterProblem"];
        };
    };
    getRegisterEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agreement's id, assigned by the platform when the agreement was created. */
                agreement_id: components["parameters"]["AgreementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register entry. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["register-entry.schema"];
                };
            };
            400: components["responses"]["RegisterProblem"];
            404: components["responses"]["RegisterProblem"];
            406: components["responses"]["RegisterProblem"];
            429: components["responses"]["RegisterProblem"];
            500: components["responses"]["RegisterProblem"];
            503: components["responses"]["RegisterProblem"];
            default: components["responses"]["RegisterProblem"];
        };
    };
}

/** The operations that need no access token (`security: []`), as `method path`. */
export const openOperations: readonly string[] = [
  "get /register/agreements",
  "get /register/agreements/{agreement_id}",
];

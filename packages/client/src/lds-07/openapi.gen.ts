/* eslint-disable */
// Generated from standards/lds-07-access-audit/1/openapi.yaml by @lds/client (src/generate). Do not edit: change the document and run `pnpm --filter @lds/client generate`.

export interface paths {
    "/audit-events/$search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search audit events
         * @description Returns the audit events the caller may see that match every filter in the body, in ascending sequence order, one page at a time (LDS-07-R15). With lds-07:read only the caller's own organisation's events are visible (LDS-07-R17); with lds-07:audit, all events (LDS-07-R18). A subject filter matches the person under any of their identifiers (LDS-07-R16). Follow a page link by POSTing the same body to it. This operation is itself audited (LDS-07-R01).
         */
        post: operations["searchAuditEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one audit event
         * @description Returns one audit event exactly as recorded (LDS-07-R10, LDS-07-R12). An event the caller may not see is answered 404 not-found, as for an id that does not exist (LDS-07-R17). This operation is itself audited (LDS-07-R01).
         */
        get: operations["getAuditEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-events/fhir/$search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export audit events as FHIR R4 AuditEvents
         * @description Takes the same body, page and size as searchAuditEvents and returns the same events, in the same order and with the same visibility, as a FHIR R4 Bundle of type collection holding one AuditEvent per event, mapped as the LDS-07 README's FHIR mapping table specifies (LDS-07-R23). Each AuditEvent carries the canonical LDS event so the hash chain can be verified from the export (LDS-07-R24). The response is FHIR JSON served as application/json (LDS-00-R02). This operation is itself audited (LDS-07-R01).
         */
        post: operations["exportAuditEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/access-reports/$search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Access report for a person
         * @description Returns the person-facing access report for the person the body names: one entry per audited request about them, at organisation level, in the requested period (LDS-07-R20), without staff references or internal details (LDS-07-R21). The organisation that obtains the report applies any exemption from the right of access before showing it to the person. This operation is itself audited (LDS-07-R01).
         */
        post: operations["generateAccessReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chain state
         * @description Returns the chain's custodian, length and head (LDS-07-R14). A verifier records the head; every later head must extend it (LDS-07-R12). Not audited: it carries no personal data.
         */
        get: operations["getAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-chain/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chain links
         * @description Returns, for each sequence in the range, the event's sequence, prev_hash and hash and nothing else (LDS-07-R14), in ascending sequence order, one page at a time. With these links an organisation that sees only its own events can check that they sit unaltered in one unbroken chain. Not audited: it carries no personal data.
         */
        get: operations["listAuditChainLinks"];
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
        AuditEvent: components["schemas"]["audit-event.schema"];
        AuditEventList: components["schemas"]["audit-event-list.schema"];
        AuditEventQuery: components["schemas"]["audit-event-query.schema"];
        AuditChain: components["schemas"]["audit-chain.schema"];
        ChainLink: components["schemas"]["chain-link.schema"];
        ChainLinkList: components["schemas"]["chain-link-list.schema"];
        AccessReportRequest: components["schemas"]["access-report-request.schema"];
        AccessReport: components["schemas"]["access-report.schema"];
        FhirAuditEventBundle: components["schemas"]["fhir-audit-event-bundle.schema"];
        ProblemType: components["schemas"]["problem-type.schema"];
        Problem: components["schemas"]["problem.schema"];
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
         * Audit event query
         * @description The request body of searchAuditEvents and exportAuditEvents: filters on audit events, all optional and combined with AND (LDS-07-R15). An empty object matches every event the caller may see (LDS-07-R17, LDS-07-R18). Person identifiers are filters in this body, never in the URL. To page through a result that does not grow while you read it, set sequence_to (for example to the head sequence from getAuditChain).
         */
        "audit-event-query.schema": {
            /** @description Events about this person: an event matches when one of its subjects is this identifier or identifies the same person (LDS-07-R16). */
            subject?: components["schemas"]["identifier.schema"];
            /** @description Events whose requester organisation is this identifier. */
            requester?: components["schemas"]["identifier.schema"];
            /** @description Events of operations of this standard, e.g. LDS-06. */
            standard?: string;
            /** @description Events of this operationId (combine with standard when operationIds could coincide across standards). */
            operation?: string;
            /** @description Events whose purpose_class is this purpose class. */
            purpose_class?: components["schemas"]["purpose-class.schema"];
            /**
             * Format: uuid
             * @description Events whose agreement_id is this agreement.
             */
            agreement_id?: string;
            /** @description Events whose agreement_version is this version; only together with agreement_id. */
            agreement_version?: number;
            /**
             * @description Events whose outcome.result is this value.
             * @enum {unknown}
             */
            outcome?: "permit" | "deny" | "error";
            /** @description Events whose break_glass flag has this value. */
            break_glass?: boolean;
            /** @description Events whose trace_id is this value. */
            trace_id?: string;
            /**
             * Format: date-time
             * @description Events with recorded_at at or after this instant (inclusive).
             */
            recorded_from?: string;
            /**
             * Format: date-time
             * @description Events with recorded_at before this instant (exclusive). Must be later than recorded_from when both are given (LDS-07-R25).
             */
            recorded_to?: string;
            /** @description Events with sequence at or above this number (inclusive). */
            sequence_from?: number;
            /** @description Events with sequence at or below this number (inclusive). Must not be below sequence_from when both are given (LDS-07-R25). */
            sequence_to?: number;
        };
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
         * Record type
         * @description Code list of the record types LDS-06 version 1 defines. A record type names a domain record schema under schemas/records/ and the code list of the data item pointers into it; data sharing agreements (LDS-05) name a record type in each data item, and record access requests name the record type they want. Each entry's x-mappings gives the canonical $id of the record schema (record_schema) and of its pointer code list (pointer_schema). A minor version of LDS-06 may add record types.
         */
        "record-type.schema": string & ("family-support-summary" | "childrens-social-care-summary");
        /**
         * SHA-256 digest
         * @description A SHA-256 digest as 64 lower-case hexadecimal digits.
         */
        sha256_hex: string;
        /**
         * Requester
         * @description Who made the request: the organisation the access token identifies, the OAuth client it was issued to and, when the request carried the LDS-User-Ref header, the requester's pseudonymous reference for the member of staff (LDS-07-R08). No staff names.
         */
        requester: {
            /** @description The requester organisation, by its LDS-01 identifier: a council by GSS code, an NHS body by ODS code, a school by DfE URN, a police force by its police force area GSS code. */
            organisation: components["schemas"]["identifier.schema"];
            /** @description The OAuth 2.0 client identifier (RFC 6749 section 2.2) of the client the access token was issued to. */
            client_id: string;
            /** @description The value of the request's LDS-User-Ref header, verbatim: a pseudonymous reference to the member of staff, which only the requester organisation can link to a person. */
            user_ref?: string;
        };
        /**
         * Lawful basis and processing condition
         * @description Code list of the legal grounds an agreement party relies on (LDS-05): the lawful bases for processing in UK GDPR Article 6(1) (art6-1-<point>), the conditions for processing special category data in UK GDPR Article 9(2) (art9-2-<point>), and the conditions in Schedule 1 to the Data Protection Act 2018 (dpa2018-sch1-p<paragraph>), which complete Article 9(2)(b), (g), (h), (i) and (j) and authorise processing of criminal offence data under Article 10 (DPA 2018 section 10). Paragraph numbers and headings follow the revised text of Schedule 1 on legislation.gov.uk; paragraph 5 and Part 4 (paragraphs 38 to 41) state safeguards rather than conditions and have no code. x-mappings.dpv gives the W3C Data Privacy Vocabulary (DPV 2.0) term in its EU GDPR extension (prefix eu-gdpr: = https://w3id.org/dpv/2.0/legal/eu/gdpr#), whose article numbering the UK GDPR shares; DPV has no terms for Article 6(1)(ea) or for Schedule 1. Use $defs/article_6, $defs/article_9 or $defs/schedule_1 where only one kind of ground is allowed.
         */
        "lawful-basis.schema": string & ("art6-1-a" | "art6-1-b" | "art6-1-c" | "art6-1-d" | "art6-1-e" | "art6-1-ea" | "art6-1-f" | "art9-2-a" | "art9-2-b" | "art9-2-c" | "art9-2-d" | "art9-2-e" | "art9-2-f" | "art9-2-g" | "art9-2-h" | "art9-2-i" | "art9-2-j" | "dpa2018-sch1-p1" | "dpa2018-sch1-p2" | "dpa2018-sch1-p3" | "dpa2018-sch1-p4" | "dpa2018-sch1-p6" | "dpa2018-sch1-p7" | "dpa2018-sch1-p8" | "dpa2018-sch1-p9" | "dpa2018-sch1-p10" | "dpa2018-sch1-p11" | "dpa2018-sch1-p12" | "dpa2018-sch1-p13" | "dpa2018-sch1-p14" | "dpa2018-sch1-p15" | "dpa2018-sch1-p16" | "dpa2018-sch1-p17" | "dpa2018-sch1-p18" | "dpa2018-sch1-p19" | "dpa2018-sch1-p20" | "dpa2018-sch1-p21" | "dpa2018-sch1-p22" | "dpa2018-sch1-p23" | "dpa2018-sch1-p24" | "dpa2018-sch1-p25" | "dpa2018-sch1-p26" | "dpa2018-sch1-p27" | "dpa2018-sch1-p28" | "dpa2018-sch1-p29" | "dpa2018-sch1-p30" | "dpa2018-sch1-p31" | "dpa2018-sch1-p32" | "dpa2018-sch1-p33" | "dpa2018-sch1-p34" | "dpa2018-sch1-p35" | "dpa2018-sch1-p36" | "dpa2018-sch1-p37");
        /**
         * Disclosed data item
         * @description One agreement data item (LDS-05) that covers a value the response disclosed: the LDS-06 record type and the data item pointer, an RFC 6901 JSON Pointer from the record's root with array levels left out (LDS-06), as the agreement lists it.
         */
        data_item: {
            /** @description The LDS-06 record type, e.g. family-support-summary. */
            record_type: components["schemas"]["record-type.schema"];
            /** @description The data item's pointer into the record, with array levels left out (LDS-06), as the agreement lists it. */
            pointer: string;
        };
        /**
         * Outcome
         * @description What the platform answered (LDS-07-R04): permit for a 2xx response, deny for 403, error for any other 4xx or 5xx response, with the HTTP status and, for deny and error, the problem code. Requests answered 401 are never recorded (LDS-07-R01).
         */
        outcome: {
            /**
             * @description permit: the operation was performed; deny: it was refused (403); error: it failed or was rejected for any other reason.
             * @enum {unknown}
             */
            result: "permit" | "deny" | "error";
            /** @description The HTTP status code of the response. */
            http_status: number;
            /** @description The `code` member of the problem details the response carried (LDS-00), e.g. objection or not-a-party. Present exactly when result is deny or error. */
            problem_code?: string;
        } & (unknown & unknown & unknown);
        /**
         * Audit event
         * @description The record a platform appends to its audit chain for one request to an audited operation (LDS-07-R01): who asked, about whom, for what purpose, under which agreement, and what happened. Events are immutable and hash-chained: `hash` is the SHA-256 of the RFC 8785 canonical form of the event without `hash`, and `prev_hash` is the `hash` of the event before it (LDS-07-R10, LDS-07-R11). The event is served exactly as recorded, so nothing may be added to or removed from it in transit.
         */
        "audit-event.schema": {
            /**
             * Format: uuid
             * @description The event's identifier: a random (version 4) UUID in lower case, assigned by the platform when it appends the event (LDS-07-R14).
             */
            id: string;
            /** @description The event's position in the platform's audit chain: 1 for the first event, then one more than the event before it, with no gaps (LDS-07-R09). */
            sequence: number;
            /** @description The `hash` of the event with sequence - 1; for the event with sequence 1, sixty-four zeros (LDS-07-R11). */
            prev_hash: components["schemas"]["sha256_hex"];
            /** @description Lower-case hexadecimal SHA-256 of the UTF-8 octets of the RFC 8785 canonical form of this event with the `hash` member removed (LDS-07-R10). */
            hash: components["schemas"]["sha256_hex"];
            /**
             * Format: date-time
             * @description When the platform appended the event, in UTC: before it sent the response (LDS-07-R02, LDS-07-R13).
             */
            recorded_at: string;
            /** @description The LDS standard that defines the operation called, e.g. LDS-06. */
            standard: string;
            /** @description The operationId, in that standard's OpenAPI document, of the operation called. */
            operation: string;
            /**
             * @description What the operation does to the data it concerns: create, read, update, delete, or execute (evaluate, search, export or report without changing stored data). Fixed per operation in the README of LDS-07.
             * @enum {unknown}
             */
            action: "create" | "read" | "update" | "delete" | "execute";
            requester: components["schemas"]["requester"];
            /** @description The data subjects the request named, each by the person identifier the request used, in LDS-01 canonical form, in the order the request gave them. Omitted when the request named no subject, or named none that passed LDS-01 validation (LDS-07-R03). */
            subjects?: components["schemas"]["identifier.schema"][];
            /** @description The purpose class the request declared (LDS-05 code list). */
            purpose_class?: components["schemas"]["purpose-class.schema"];
            /**
             * Format: uuid
             * @description The data sharing agreement (LDS-05) the request cited or, for an LDS-05 write, the agreement written.
             */
            agreement_id?: string;
            /** @description The version of that agreement the platform evaluated or wrote; equal to the agreement_version an LDS-06 response reports in its provenance. */
            agreement_version?: number;
            /** @description The lawful basis the request relied on, or the one the platform evaluated (LDS-05 code list); equal to the lawful_basis an LDS-06 response reports in its provenance. */
            lawful_basis?: components["schemas"]["lawful-basis.schema"];
            /** @description The UK GDPR Article 9(2) and DPA 2018 Schedule 1 conditions under which special category or criminal offence data was disclosed (LDS-05 codes); equal to the conditions an LDS-06 response reports in its provenance. Omitted when none applied. */
            conditions?: components["schemas"]["lawful-basis.schema"][];
            /** @description The agreement data items whose values the response contained, for a permitted request that returned record content (LDS-07-R06). Omitted when the response contained no record content. */
            disclosed?: components["schemas"]["data_item"][];
            /** @description True when the request invoked break-glass access (LDS-06), whatever the outcome; false otherwise (LDS-07-R05). */
            break_glass: boolean;
            /** @description The justification the request gave for break-glass access, verbatim (its first 2000 characters if longer). Present when break_glass is true and the request supplied a justification; never otherwise. Never shown in the access report. */
            break_glass_justification?: string;
            outcome: components["schemas"]["outcome"];
            /** @description The trace-id of the W3C Trace Context traceparent header the request carried (LDS-07-R07), or one the platform generated when the request carried none. */
            trace_id?: string;
        } & unknown;
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
         * Audit event list
         * @description One page of the audit events that match a search (searchAuditEvents), in ascending sequence order, in the LDS-00 page envelope (LDS-07-R15). Each item is the event exactly as recorded.
         */
        "audit-event-list.schema": {
            /** @description The matching events on this page, in ascending `sequence` order. */
            items: components["schemas"]["audit-event.schema"][];
            page: components["schemas"]["page"];
            links: components["schemas"]["links"];
        };
        /**
         * LDS operation coding
         * @description The LDS standard and operationId of the operation called, as one code: standard, a slash, operationId (e.g. LDS-06/requestRecordAccess).
         */
        operation_coding: {
            /**
             * @description The LDS code system of operations.
             * @constant
             */
            system: "https://standards.lds.example/lds-07-access-audit/1/codes/operation";
            /** @description The event's standard, a slash, and its operation. */
            code: string;
        };
        /**
         * Purpose class coding
         * @description An LDS-05 purpose class as a FHIR Coding; the code system is the purpose class schema's canonical URI.
         */
        purpose_class_coding: {
            /**
             * @description The canonical URI of the LDS-05 purpose class code list.
             * @constant
             */
            system: "https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/purpose-class.schema.json";
            /** @description The purpose class. */
            code: components["schemas"]["purpose-class.schema"];
        };
        /**
         * v3 PurposeOfUse coding
         * @description An HL7 v3 ActReason code from the PurposeOfUse value set, e.g. TREAT or HRESCH.
         */
        purpose_of_use_coding: {
            /**
             * @description The HL7 v3 ActReason code system.
             * @constant
             */
            system: "http://terminology.hl7.org/CodeSystem/v3-ActReason";
            /** @description The PurposeOfUse code. */
            code: string;
        };
        /**
         * Purpose of event
         * @description A CodeableConcept: first the LDS-05 purpose class, then optionally its HL7 v3 PurposeOfUse equivalent.
         */
        purpose_of_event: {
            /** @description The purpose class coding, then the optional v3 PurposeOfUse coding. */
            coding: [
                components["schemas"]["purpose_class_coding"]
            ];
        };
        /**
         * Requesting agent
         * @description The requester organisation as the requesting agent: agent.who names it by identifier; altId carries the pseudonymous staff reference when the event has one; policy names the agreement the request relied on.
         */
        requesting_agent: {
            /** @description A logical reference to the requester organisation. */
            who: {
                identifier: components["schemas"]["identifier.schema"];
                /**
                 * @description Always Organization.
                 * @constant
                 */
                type: "Organization";
            };
            /**
             * @description Always true: this agent made the request.
             * @constant
             */
            requestor: true;
            /** @description The LDS requester.user_ref, when the event has one. */
            altId?: string;
            /** @description The agreement, when the event has one: urn:lds:agreement: followed by agreement_id, a colon and agreement_version; or, when the event has no agreement_version, urn:lds:agreement: followed by agreement_id. */
            policy?: string[];
        };
        /**
         * Audit source
         * @description The platform that recorded the event: its custodian organisation (getAuditChain) as observer, and the source type Application Server.
         */
        source: {
            /** @description A logical reference to the custodian organisation. */
            observer: {
                identifier: components["schemas"]["identifier.schema"];
                /**
                 * @description Always Organization.
                 * @constant
                 */
                type: "Organization";
            };
            /**
             * @description Always the single coding Application Server.
             * @constant
             */
            type: [
                {
                    system: "http://terminology.hl7.org/CodeSystem/security-source-type";
                    code: "4";
                    display: "Application Server";
                }
            ];
        };
        /**
         * LDS event entity
         * @description The original LDS audit event: its RFC 8785 canonical form (hash included), base64-encoded (RFC 4648 section 4), as the single detail of an entity named lds-audit-event.
         */
        lds_event_entity: {
            /**
             * @description audit-entity-type 2 System Object.
             * @constant
             */
            type: {
                system: "http://terminology.hl7.org/CodeSystem/audit-entity-type";
                code: "2";
                display: "System Object";
            };
            /**
             * @description Always lds-audit-event.
             * @constant
             */
            name: "lds-audit-event";
            /** @description Exactly one detail holding the canonical event. */
            detail: {
                /**
                 * @description Always lds-audit-event.
                 * @constant
                 */
                type: "lds-audit-event";
                /** @description Base64 of the UTF-8 octets of the event's RFC 8785 canonical form, including its hash. */
                valueBase64Binary: string;
            }[];
        };
        /**
         * Subject entity
         * @description One LDS subject: a person, in the role of the patient (the subject of the data), referred to by identifier.
         */
        subject_entity: {
            /** @description A logical reference to the person. */
            what: {
                identifier: components["schemas"]["identifier.schema"];
                /**
                 * @description Always Patient.
                 * @constant
                 */
                type: "Patient";
            };
            /**
             * @description audit-entity-type 1 Person.
             * @constant
             */
            type: {
                system: "http://terminology.hl7.org/CodeSystem/audit-entity-type";
                code: "1";
                display: "Person";
            };
            /**
             * @description object-role 1 Patient.
             * @constant
             */
            role: {
                system: "http://terminology.hl7.org/CodeSystem/object-role";
                code: "1";
                display: "Patient";
            };
        };
        /**
         * Disclosed record entity
         * @description The data items of one LDS-06 record type named in the event's disclosed list: the record type as name, one detail per pointer.
         */
        disclosed_entity: {
            /**
             * @description audit-entity-type 2 System Object.
             * @constant
             */
            type: {
                system: "http://terminology.hl7.org/CodeSystem/audit-entity-type";
                code: "2";
                display: "System Object";
            };
            /**
             * @description object-role 4 Domain Resource.
             * @constant
             */
            role: {
                system: "http://terminology.hl7.org/CodeSystem/object-role";
                code: "4";
                display: "Domain Resource";
            };
            /** @description The LDS-06 record type. */
            name: components["schemas"]["record-type.schema"];
            /** @description One detail per disclosed pointer of this record type, in the order of the event's disclosed list. */
            detail: {
                /**
                 * @description Always pointer.
                 * @constant
                 */
                type: "pointer";
                /** @description The data item's JSON Pointer. */
                valueString: string;
            }[];
        };
        /**
         * FHIR AuditEvent
         * @description One LDS audit event as a FHIR R4 AuditEvent resource.
         */
        audit_event: {
            /**
             * @description Always AuditEvent.
             * @constant
             */
            resourceType: "AuditEvent";
            /**
             * Format: uuid
             * @description The LDS event's id.
             */
            id: string;
            /**
             * @description Always the RESTful operation event type.
             * @constant
             */
            type: {
                system: "http://terminology.hl7.org/CodeSystem/audit-event-type";
                code: "rest";
                display: "RESTful Operation";
            };
            /** @description First the LDS operation (standard/operationId); then, for a break-glass event only, DICOM 110127 Emergency Override Started. */
            subtype: [
                components["schemas"]["operation_coding"]
            ];
            /**
             * @description The LDS action as a FHIR audit-event-action code: create C, read R, update U, delete D, execute E.
             * @enum {unknown}
             */
            action: "C" | "R" | "U" | "D" | "E";
            /**
             * Format: date-time
             * @description The LDS event's recorded_at.
             */
            recorded: string;
            /**
             * @description The LDS outcome as a FHIR audit-event-outcome code: permit 0 (Success); deny, and error with a 4xx status, 4 (Minor failure); error with a 5xx status, 8 (Serious failure). Code 12 (Major failure) is never exported: a platform that can no longer operate records no events.
             * @enum {unknown}
             */
            outcome: "0" | "4" | "8";
            /** @description The LDS outcome.problem_code; omitted for permit. */
            outcomeDesc?: string;
            /** @description The LDS purpose_class, when the event has one: the LDS-05 purpose class coding and, where the purpose class maps to one, the HL7 v3 PurposeOfUse code from its x-mappings.fhir_purpose_of_use. */
            purposeOfEvent?: components["schemas"]["purpose_of_event"][];
            /** @description Exactly one agent: the requester organisation. */
            agent: components["schemas"]["requesting_agent"][];
            source: components["schemas"]["source"];
            /** @description One entity per subject, one per disclosed record type, and exactly one carrying the original LDS event. */
            entity: (components["schemas"]["subject_entity"] | components["schemas"]["disclosed_entity"] | components["schemas"]["lds_event_entity"])[];
        };
        /**
         * Bundle link
         * @description A FHIR Bundle.link: a relation name and the absolute URL of that page.
         */
        bundle_link: {
            /**
             * @description self, first, last, next or previous.
             * @enum {unknown}
             */
            relation: "self" | "first" | "last" | "next" | "previous";
            /**
             * Format: uri
             * @description The page's absolute URL.
             */
            url: string;
        };
        /**
         * Bundle entry
         * @description A FHIR Bundle.entry holding one AuditEvent.
         */
        entry: {
            /** @description urn:uuid: followed by the audit event's id. */
            fullUrl: string;
            resource: components["schemas"]["audit_event"];
        };
        /**
         * FHIR R4 AuditEvent export bundle
         * @description The response of exportAuditEvents: a FHIR R4 (4.0.1) Bundle of type collection holding one AuditEvent per matching audit event, in ascending sequence order, mapped as the LDS-07 README's mapping table sets out (LDS-07-R23). This schema describes exactly the subset of FHIR R4 Bundle and AuditEvent that LDS exports; member names are FHIR's (camelCase), not LDS snake_case. Every AuditEvent carries the original LDS event in canonical form, so that a verifier can check the hash chain from an export alone (LDS-07-R24).
         */
        "fhir-audit-event-bundle.schema": {
            /**
             * @description Always Bundle.
             * @constant
             */
            resourceType: "Bundle";
            /**
             * @description Always collection: a set of resources with no processing semantics.
             * @constant
             */
            type: "collection";
            /**
             * Format: date-time
             * @description When the platform assembled the bundle, in UTC.
             */
            timestamp: string;
            /** @description The LDS-00 page links of this page of the export, with FHIR relation names: self, first, last and, where they exist, next and previous (LDS-00 prev). Each is followed by sending the same request body to it with POST. */
            link: components["schemas"]["bundle_link"][];
            /** @description One entry per audit event on this page, in ascending sequence order. Omitted when the page is empty. */
            entry?: components["schemas"]["entry"][];
        };
        /**
         * Access report request
         * @description The request body of generateAccessReport: the person the report is for, by one LDS-01 identifier, and optionally the period it covers.
         */
        "access-report-request.schema": {
            /** @description The person the report is for. The report covers events about this person under any of their identifiers (LDS-07-R16). */
            subject: components["schemas"]["identifier.schema"];
            /**
             * Format: date-time
             * @description Cover events recorded at or after this instant (inclusive). Without it the report starts at the first event.
             */
            recorded_from?: string;
            /**
             * Format: date-time
             * @description Cover events recorded before this instant (exclusive). Without it the report ends when the request was received. Must be later than recorded_from when both are given (LDS-07-R25).
             */
            recorded_to?: string;
        };
        /**
         * Organisation
         * @description The organisation that made the request: the event's requester organisation and, where the platform knows it, the organisation's name (LDS-07-R22).
         */
        organisation: {
            /** @description The requester organisation's LDS-01 identifier. */
            identifier: components["schemas"]["identifier.schema"];
            /** @description The organisation's name, for showing to the person. */
            name?: string;
        };
        /**
         * Access report entry
         * @description One audited request about the person, at organisation level.
         */
        "$defs-entry": {
            /**
             * Format: uuid
             * @description The audit event's id, so that the person or the organisation answering them can refer to this entry in a query or complaint.
             */
            event_id: string;
            /**
             * Format: date-time
             * @description The event's recorded_at.
             */
            accessed_at: string;
            organisation: components["schemas"]["organisation"];
            /**
             * @description What kind of request it was, derived from the event's standard: record-access (LDS-06), consent-and-objections (LDS-04), data-sharing-agreement (LDS-05), audit (LDS-07), other (any other standard).
             * @enum {unknown}
             */
            activity: "record-access" | "consent-and-objections" | "data-sharing-agreement" | "audit" | "other";
            /**
             * @description The event's action.
             * @enum {unknown}
             */
            action: "create" | "read" | "update" | "delete" | "execute";
            /** @description The event's purpose_class, when it has one. */
            purpose_class?: components["schemas"]["purpose-class.schema"];
            /**
             * Format: uuid
             * @description The event's agreement_id, when it has one: the published data sharing agreement the request relied on (LDS-05).
             */
            agreement_id?: string;
            /** @description The event's agreement_version, when it has one. */
            agreement_version?: number;
            /**
             * @description The event's outcome.result: permit (the request was carried out), deny (it was refused) or error (it failed).
             * @enum {unknown}
             */
            outcome: "permit" | "deny" | "error";
            /** @description The event's outcome.problem_code, telling why a request was refused or failed (for example objection). Present exactly when outcome is deny or error. */
            problem_code?: string;
            /** @description The event's break_glass flag: true when the organisation invoked emergency (break-glass) access. */
            break_glass: boolean;
        };
        /**
         * Access report
         * @description A person-facing account of who has used or asked for a person's information through an LDS platform (generateAccessReport): for each audited request about the person, which organisation, when, for what purpose, under which agreement and with what outcome (LDS-07-R20). It names organisations, never members of staff, and carries no identifier of the person other than the one the request gave (LDS-07-R21). The organisation that obtains it applies any exemption from the right of access before showing it to the person.
         */
        "access-report.schema": {
            /** @description The identifier the request named, in LDS-01 canonical form. */
            subject: components["schemas"]["identifier.schema"];
            /**
             * Format: date-time
             * @description When the platform produced the report, in UTC.
             */
            generated_at: string;
            /**
             * Format: date-time
             * @description The start of the period covered, as requested; omitted when the report starts at the first event.
             */
            recorded_from?: string;
            /**
             * Format: date-time
             * @description The end of the period covered (exclusive), as requested; omitted when the report runs to the moment the request was received.
             */
            recorded_to?: string;
            /** @description One entry per audit event about the person in the period, in ascending order of the events' sequence. Empty when there are none. */
            entries: components["schemas"]["$defs-entry"][];
        };
        /**
         * Chain head
         * @description The latest event in the chain. Present exactly when length is at least 1.
         */
        head: {
            /** @description The latest event's sequence; equal to length. */
            sequence: number;
            /** @description The latest event's hash. */
            hash: components["schemas"]["sha256_hex"];
            /**
             * Format: date-time
             * @description The latest event's recorded_at.
             */
            recorded_at: string;
        };
        /**
         * Audit chain
         * @description The state of the platform's audit chain (getAuditChain): who keeps it, how long it is and its latest event's sequence and hash (LDS-07-R14). A verifier records the head it sees; any later head must extend it (LDS-07-R12).
         */
        "audit-chain.schema": {
            /** @description The organisation that operates the platform and keeps the chain, by its LDS-01 identifier. It is the `source.observer` of exported FHIR AuditEvents. */
            custodian: components["schemas"]["identifier.schema"];
            /** @description The number of events in the chain, which is the sequence of its latest event; 0 before the first event. */
            length: number;
            head?: components["schemas"]["head"];
            /**
             * Format: date-time
             * @description When the platform read the chain state for this response, in UTC.
             */
            retrieved_at: string;
        };
        /**
         * Chain link
         * @description The chain data of one audit event without its content: its sequence, prev_hash and hash, equal to the event's own members (LDS-07-R14). Links let an organisation that may see only its own events check that they sit, unaltered, in one unbroken chain, without seeing anyone else's events.
         */
        "chain-link.schema": {
            /** @description The event's sequence. */
            sequence: number;
            /** @description The event's prev_hash. */
            prev_hash: components["schemas"]["sha256_hex"];
            /** @description The event's hash. */
            hash: components["schemas"]["sha256_hex"];
        };
        /**
         * Chain link list
         * @description One page of chain links (listAuditChainLinks), one per sequence number in the requested range, in ascending sequence order, in the LDS-00 page envelope.
         */
        "chain-link-list.schema": {
            /** @description The links on this page, in ascending `sequence` order, with no sequence missing. */
            items: components["schemas"]["chain-link.schema"][];
            page: components["schemas"]["page"];
            links: components["schemas"]["links"];
        };
        /**
         * LDS-07 problem type
         * @description Code list of the problem types LDS-07 defines, by `code`, in addition to those of LDS-00. The problem's `type` is https://standards.lds.example/problems/ followed by the code; the body is an LDS-00 problem. x-mappings.http_status is the HTTP status the type is used with.
         */
        "problem-type.schema": string & ("audit-unavailable" | "audit-range-invalid");
    };
    responses: {
        /** @description bad-request: the body is not well-formed JSON, or a query parameter is invalid or unknown (LDS-00-R09, LDS-00-R11, LDS-00-R12, LDS-07-R25). */
        BadRequest: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description unauthorised: no valid access token (LDS-00-R14). Not recorded in the audit chain (LDS-07-R01). */
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
        /** @description forbidden: the token has none of the scopes the operation requires (LDS-07-R19, LDS-00-R15). */
        Forbidden: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description not-found: no event with this id that the caller may see (LDS-07-R17). */
        NotFound: {
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
        /** @description service-unavailable: the platform is temporarily unable to serve LDS requests (LDS-00-R23). */
        ServiceUnavailable: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
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
        /** @description validation-failed: the body does not validate against the request schema (LDS-00-R09, LDS-00-R10); or audit-range-invalid: its recorded or sequence range is empty by construction (LDS-07-R25). */
        UnprocessableQuery: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/audit-range-invalid",
                 *       "title": "Audit range invalid",
                 *       "status": 422,
                 *       "code": "audit-range-invalid",
                 *       "detail": "recorded_to must be later than recorded_from."
                 *     }
                 */
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description audit-unavailable: the platform could not record the audit event for this request, so it did not perform it (LDS-07-R02); or service-unavailable (LDS-00-R23). */
        Unavailable: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/audit-unavailable",
                 *       "title": "Audit unavailable",
                 *       "status": 503,
                 *       "code": "audit-unavailable"
                 *     }
                 */
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
    };
    parameters: {
        /**
         * @description W3C Trace Context traceparent; its trace-id is recorded as the audit event's trace_id (LDS-07-R07). Accepted by every audited operation of every LDS standard.
         * @example 00-51ced74420f8ec4e5397491c519ce95f-7d3efb1b173fecfa-01
         */
        TraceParent: string;
        /**
         * @description The requester organisation's pseudonymous reference to the member of staff on whose behalf the request is sent, recorded as the audit event's requester.user_ref (LDS-07-R08). Never a name or other direct identifier. Accepted by every audited operation of every LDS standard.
         * @example u-4f9c21d8
         */
        UserRef: string;
        /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
        PageNumber: number;
        /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description The platform's API version, equal to ApiInfo.api_version, on every response (LDS-00-R24). */
        ApiVersion: string;
        /** @description How many seconds to wait before retrying (RFC 9110 section 10.2.3; LDS-00-R17). */
        RetryAfter: string;
        /** @description The Bearer challenge (RFC 6750 section 3), with error="invalid_token" when the request presented a token that is not valid (LDS-00-R14). */
        WwwAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    searchAuditEvents: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
                page?: components["parameters"]["PageNumber"];
                /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
                size?: components["parameters"]["PageSize"];
            };
            header?: {
                /**
                 * @description W3C Trace Context traceparent; its trace-id is recorded as the audit event's trace_id (LDS-07-R07). Accepted by every audited operation of every LDS standard.
                 * @example 00-51ced74420f8ec4e5397491c519ce95f-7d3efb1b173fecfa-01
                 */
                traceparent?: components["parameters"]["TraceParent"];
                /**
                 * @description The requester organisation's pseudonymous reference to the member of staff on whose behalf the request is sent, recorded as the audit event's requester.user_ref (LDS-07-R08). Never a name or other direct identifier. Accepted by every audited operation of every LDS standard.
                 * @example u-4f9c21d8
                 */
                "LDS-User-Ref"?: components["parameters"]["UserRef"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": {
                 *         "system": "https://fhir.nhs.uk/Id/nhs-number",
                 *         "value": "9990002711"
                 *       },
                 *       "recorded_from": "2025-03-01T00:00:00Z",
                 *       "recorded_to": "2025-04-01T00:00:00Z",
                 *       "sequence_to": 1048576
                 *     }
                 */
                "application/json": components["schemas"]["audit-event-query.schema"];
            };
        };
        responses: {
            /** @description One page of matching events, each exactly as recorded. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["audit-event-list.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableQuery"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    getAuditEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description W3C Trace Context traceparent; its trace-id is recorded as the audit event's trace_id (LDS-07-R07). Accepted by every audited operation of every LDS standard.
                 * @example 00-51ced74420f8ec4e5397491c519ce95f-7d3efb1b173fecfa-01
                 */
                traceparent?: components["parameters"]["TraceParent"];
                /**
                 * @description The requester organisation's pseudonymous reference to the member of staff on whose behalf the request is sent, recorded as the audit event's requester.user_ref (LDS-07-R08). Never a name or other direct identifier. Accepted by every audited operation of every LDS standard.
                 * @example u-4f9c21d8
                 */
                "LDS-User-Ref"?: components["parameters"]["UserRef"];
            };
            path: {
                /** @description The audit event's id, a platform-assigned UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit event. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["audit-event.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
                page?: components["parameters"]["PageNumber"];
                /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
                size?: components["parameters"]["PageSize"];
            };
            header?: {
                /**
                 * @description W3C Trace Context traceparent; its trace-id is recorded as the audit event's trace_id (LDS-07-R07). Accepted by every audited operation of every LDS standard.
                 * @example 00-51ced74420f8ec4e5397491c519ce95f-7d3efb1b173fecfa-01
                 */
                traceparent?: components["parameters"]["TraceParent"];
                /**
                 * @description The requester organisation's pseudonymous reference to the member of staff on whose behalf the request is sent, recorded as the audit event's requester.user_ref (LDS-07-R08). Never a name or other direct identifier. Accepted by every audited operation of every LDS standard.
                 * @example u-4f9c21d8
                 */
                "LDS-User-Ref"?: components["parameters"]["UserRef"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "agreement_id": "6e17401c-1806-4c01-9818-8dd9f25380b3",
                 *       "outcome": "permit",
                 *       "sequence_to": 1048576
                 *     }
                 */
                "application/json": components["schemas"]["audit-event-query.schema"];
            };
        };
        responses: {
            /** @description One page of matching events as a FHIR R4 Bundle of AuditEvents. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["fhir-audit-event-bundle.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableQuery"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    generateAccessReport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description W3C Trace Context traceparent; its trace-id is recorded as the audit event's trace_id (LDS-07-R07). Accepted by every audited operation of every LDS standard.
                 * @example 00-51ced74420f8ec4e5397491c519ce95f-7d3efb1b173fecfa-01
                 */
                traceparent?: components["parameters"]["TraceParent"];
                /**
                 * @description The requester organisation's pseudonymous reference to the member of staff on whose behalf the request is sent, recorded as the audit event's requester.user_ref (LDS-07-R08). Never a name or other direct identifier. Accepted by every audited operation of every LDS standard.
                 * @example u-4f9c21d8
                 */
                "LDS-User-Ref"?: components["parameters"]["UserRef"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": {
                 *         "system": "https://fhir.nhs.uk/Id/nhs-number",
                 *         "value": "9990002711"
                 *       },
                 *       "recorded_from": "2024-04-01T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["access-report-request.schema"];
            };
        };
        responses: {
            /** @description The access report. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["access-report.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableQuery"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    getAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chain state. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["audit-chain.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    listAuditChainLinks: {
        parameters: {
            query?: {
                /** @description The first sequence to return (inclusive); default 1. */
                sequence_from?: number;
                /** @description The last sequence to return (inclusive); default, and capped at, the chain length. Lower than sequence_from is a 400 (LDS-07-R25). */
                sequence_to?: number;
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
            /** @description One page of chain links. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["chain-link-list.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
}

/** The operations that need no access token (`security: []`), as `method path`. */
export const openOperations: readonly string[] = [];

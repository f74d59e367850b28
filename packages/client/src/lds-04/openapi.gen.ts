/* eslint-disable */
// Generated from standards/lds-04-consent-and-objections/1/openapi.yaml by @lds/client (src/generate). Do not edit: change the document and run `pnpm --filter @lds/client generate`.

export interface paths {
    "/consent-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a consent record
         * @description Records the terms a person was asked to consent to, or consented to, as an ISO/IEC TS 27560 consent record, with the event that starts its history: a request for consent, or its giving or refusal (LDS-04-R02, LDS-04-R03, LDS-04-R07, LDS-04-R08). The requester organisation becomes the record's recorded_by. The terms never change afterwards; consent to different terms is a new record.
         */
        post: operations["createConsentRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consent-records/$search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find a person's consent records
         * @description Returns the consent records of the person the body's subject identifies that the requester organisation may see (it recorded them, or is named in them as a controller or recipient) and that match the filters, ordered by created_at then id, one page at a time (LDS-04-R04, LDS-04-R16). A person unknown to the platform gets an empty page (LDS-04-R19). Follow a page link by POSTing the same body to it.
         */
        post: operations["searchConsentRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consent-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a consent record
         * @description Returns the consent record: its terms, its whole history of events, oldest first, and its state derived from them at the time of the response (LDS-04-R02, LDS-04-R05, LDS-04-R09). Only the organisation that recorded it and the organisations it names as controllers or recipients may read it; any other gets 403 forbidden (LDS-04-R04).
         */
        get: operations["readConsentRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consent-records/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Append a consent event
         * @description Appends one event to the record's history - the subject gives, refuses, withdraws or renews consent, a controller requests, revokes or ends it, an authority invalidates it - if its state may follow the record's current state (LDS-04-R07) and its actor may record it (LDS-04-R08). Earlier events are never changed (LDS-04-R05). The requester organisation becomes the event's recorded_by; it must be allowed to see the record (LDS-04-R04).
         */
        post: operations["appendConsentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an objection
         * @description Records a person's objection to the use of their information for one or more objectable purposes (never direct-care or safeguarding, LDS-04-R11), as the subject or a formal proxy expressed it and through which channel (LDS-04-R12). The objection is active from now until it is withdrawn, whatever else happens (LDS-04-R13), and takes effect at once (LDS-04-R24).
         */
        post: operations["createObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections/$search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find a person's objections
         * @description Returns every objection of the person the body's subject identifies, active and withdrawn, or only those with the given status, ordered by the time they were recorded then id, one page at a time (LDS-04-R04, LDS-04-R16). A person unknown to the platform gets an empty page (LDS-04-R19). Follow a page link by POSTing the same body to it.
         */
        post: operations["searchObjections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections/$check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check up to 1000 people for objections to a purpose
         * @description For each submitted subject, in order, says only whether an active objection covers the purpose class: objection, no-objection, or invalid-identifier for a subject whose identifier is not valid, which does not fail the batch (LDS-04-R17, LDS-04-R18). Exemptions are not considered: use decide for a particular use. A person unknown to the platform is no-objection (LDS-04-R19). Nothing is changed (LDS-04-R25).
         */
        post: operations["checkObjections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an objection
         * @description Returns the objection, active or withdrawn, with its events (LDS-04-R12, LDS-04-R14). Every organisation holding lds-04:read may read any objection (LDS-04-R04).
         */
        get: operations["readObjection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections/{id}/$withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an objection
         * @description Withdraws an active objection by appending its withdrawn event; nothing is deleted and the objection stays readable (LDS-04-R14). A subject's change of mind may be recorded by any organisation holding lds-04:write; a withdrawal as entered in error only by the organisation that recorded the objection (LDS-04-R15). The withdrawal takes effect at once (LDS-04-R24).
         */
        post: operations["withdrawObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide whether consent and objections permit a use
         * @description Applies the LDS-04 decision procedure to a proposed use of one person's information: deny when the use relies on consent and no consent is valid for it (LDS-04-R20), or when an active objection covers its purpose class and no exemption applies (LDS-04-R21, LDS-04-R22); permit otherwise. The answer is 200 either way, with every finding and every exemption considered (LDS-04-R23). It does not check the agreement's parties, purposes or data items, which LDS-06 does before it applies this decision. Nothing is changed (LDS-04-R25).
         */
        post: operations["decide"];
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
        ConsentRecordInput: components["schemas"]["consent-record-input.schema"];
        ConsentRecord: components["schemas"]["consent-record.schema"];
        ConsentRecordSearch: components["schemas"]["consent-record-search.schema"];
        ConsentRecordList: components["schemas"]["consent-record-list.schema"];
        ConsentEventInput: components["schemas"]["consent-event-input.schema"];
        ConsentEvent: components["schemas"]["consent-event.schema"];
        ObjectionInput: components["schemas"]["objection-input.schema"];
        Objection: components["schemas"]["objection.schema"];
        ObjectionWithdrawal: components["schemas"]["objection-withdrawal.schema"];
        ObjectionSearch: components["schemas"]["objection-search.schema"];
        ObjectionList: components["schemas"]["objection-list.schema"];
        ObjectionCheckRequest: components["schemas"]["objection-check-request.schema"];
        ObjectionCheckResponse: components["schemas"]["objection-check-response.schema"];
        DecisionRequest: components["schemas"]["decision-request.schema"];
        Decision: components["schemas"]["decision.schema"];
        ProblemType: components["schemas"]["problem-type.schema"];
        Problem: components["schemas"]["problem.schema"];
        /**
         * Purpose class
         * @description Code list of the purposes for which LDS lets personal data be shared: every data sharing agreement lists the purpose classes it allows (LDS-05), every record access request declares one (LDS-06), and objections are scoped by them (LDS-04). The list is closed and deliberately small: each class has one meaning across all LDS standards, so that an agreement, a request, an objection and an audit event can be compared mechanically. x-mappings gives the nearest W3C Data Privacy Vocabulary (DPV 2.0) purpose (prefix dpv: = https://w3id.org/dpv/2.0#) and the nearest HL7 v3 PurposeOfUse code (code system http://terminology.hl7.org/CodeSystem/v3-ActReason); a mapping is omitted where neither vocabulary has an equivalent.
         */
        "purpose-class.schema": string & ("direct-care" | "safeguarding" | "planning" | "research" | "statistics");
        /**
         * Special category rules
         * @description The rules linking personal_data and special_category_conditions (LDS-04-R03).
         */
        special_category_rules: unknown & unknown;
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
         * Party
         * @description An organisation named in a consent record as a controller or a recipient: the ISO/IEC TS 27560 party identifier, name, address and contact. Parties are organisations; the contact is an organisational one, never a named member of staff.
         */
        "party.schema": {
            /** @description The organisation, by its LDS-01 identifier: a council by GSS code, an NHS body by ODS code, a school by DfE URN, a police force by its police force area GSS code. */
            organisation: components["schemas"]["identifier.schema"];
            /** @description The organisation's name as the subject would recognise it. */
            name: string;
            /** @description The organisation's postal address, on one line. */
            address: string;
            /**
             * Format: uri
             * @description How the subject contacts the organisation about their data, usually its data protection officer: a mailto:, tel: or https: URI.
             */
            contact: string;
        };
        /**
         * Notice
         * @description The privacy notice the subject was given when consent was sought (27560 privacy notice and language).
         */
        notice: {
            /**
             * Format: uri
             * @description Where the notice is published.
             */
            url: string;
            /** @description The version of the notice the subject was given. */
            version: string;
            /** @description The language of the notice the subject was given, as a BCP 47 tag, e.g. en-GB or cy. */
            language: string;
        };
        /**
         * Purpose
         * @description One purpose consented to: its LDS-05 purpose class and the specific use, in the words the subject was given.
         */
        purpose: {
            /** @description The purpose class (LDS-05 code list). */
            purpose_class: components["schemas"]["purpose-class.schema"];
            /** @description The specific use, as described to the subject. */
            description: string;
            /** @description A more specific W3C DPV purpose concept, as a dpv: compact IRI, e.g. dpv:ScientificResearch. */
            dpv_purpose?: string;
        };
        /**
         * Lawful basis and processing condition
         * @description Code list of the legal grounds an agreement party relies on (LDS-05): the lawful bases for processing in UK GDPR Article 6(1) (art6-1-<point>), the conditions for processing special category data in UK GDPR Article 9(2) (art9-2-<point>), and the conditions in Schedule 1 to the Data Protection Act 2018 (dpa2018-sch1-p<paragraph>), which complete Article 9(2)(b), (g), (h), (i) and (j) and authorise processing of criminal offence data under Article 10 (DPA 2018 section 10). Paragraph numbers and headings follow the revised text of Schedule 1 on legislation.gov.uk; paragraph 5 and Part 4 (paragraphs 38 to 41) state safeguards rather than conditions and have no code. x-mappings.dpv gives the W3C Data Privacy Vocabulary (DPV 2.0) term in its EU GDPR extension (prefix eu-gdpr: = https://w3id.org/dpv/2.0/legal/eu/gdpr#), whose article numbering the UK GDPR shares; DPV has no terms for Article 6(1)(ea) or for Schedule 1. Use $defs/article_6, $defs/article_9 or $defs/schedule_1 where only one kind of ground is allowed.
         */
        "lawful-basis.schema": string & ("art6-1-a" | "art6-1-b" | "art6-1-c" | "art6-1-d" | "art6-1-e" | "art6-1-ea" | "art6-1-f" | "art9-2-a" | "art9-2-b" | "art9-2-c" | "art9-2-d" | "art9-2-e" | "art9-2-f" | "art9-2-g" | "art9-2-h" | "art9-2-i" | "art9-2-j" | "dpa2018-sch1-p1" | "dpa2018-sch1-p2" | "dpa2018-sch1-p3" | "dpa2018-sch1-p4" | "dpa2018-sch1-p6" | "dpa2018-sch1-p7" | "dpa2018-sch1-p8" | "dpa2018-sch1-p9" | "dpa2018-sch1-p10" | "dpa2018-sch1-p11" | "dpa2018-sch1-p12" | "dpa2018-sch1-p13" | "dpa2018-sch1-p14" | "dpa2018-sch1-p15" | "dpa2018-sch1-p16" | "dpa2018-sch1-p17" | "dpa2018-sch1-p18" | "dpa2018-sch1-p19" | "dpa2018-sch1-p20" | "dpa2018-sch1-p21" | "dpa2018-sch1-p22" | "dpa2018-sch1-p23" | "dpa2018-sch1-p24" | "dpa2018-sch1-p25" | "dpa2018-sch1-p26" | "dpa2018-sch1-p27" | "dpa2018-sch1-p28" | "dpa2018-sch1-p29" | "dpa2018-sch1-p30" | "dpa2018-sch1-p31" | "dpa2018-sch1-p32" | "dpa2018-sch1-p33" | "dpa2018-sch1-p34" | "dpa2018-sch1-p35" | "dpa2018-sch1-p36" | "dpa2018-sch1-p37");
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
         * Personal data item
         * @description One kind of personal data the consent covers (27560 PII type), optionally located in an LDS-06 record type by JSON Pointer, as LDS-05 agreements locate their data items.
         */
        data_item: {
            /** @description The kind of data, as described to the subject. */
            description: string;
            /** @description True when the data is special category data (UK GDPR Article 9(1)), such as data concerning health. */
            special_category: boolean;
            /** @description The LDS-06 record type that holds the data, e.g. family-support-summary. */
            record_type?: string;
            /** @description The JSON Pointer (RFC 6901) of the data in that record type. */
            pointer?: string;
        };
        /**
         * Retention
         * @description How long the data is kept (27560 retention period).
         */
        retention: {
            /** @description An ISO 8601 duration in years, months, weeks and days, e.g. P6Y. */
            period: string;
            /** @description When the period starts and any rule that qualifies it, e.g. 'from the end of the last episode of support'. */
            description?: string;
        };
        /**
         * Place code
         * @description An ISO 3166-1 alpha-2 country code, or an ISO 3166-2 subdivision code such as GB-ENG.
         */
        place_code: string;
        /**
         * Withdrawal method
         * @description How the subject can withdraw consent (27560 withdrawal method); it must be as easy as giving consent (UK GDPR Article 7(3)).
         */
        withdrawal_method: {
            /** @description The method, as described to the subject. */
            description: string;
            /**
             * Format: uri
             * @description Where the subject can withdraw online.
             */
            url?: string;
        };
        /**
         * Consent event rules
         * @description Which actor may record which state, when channel and consent_type are required, and which states may carry consent_type and valid_until (LDS-04-R08).
         */
        rules: unknown & unknown & unknown & unknown & unknown;
        /**
         * Consent state
         * @description Code list: the state of consent that a consent event records and that a consent record is in (the ISO/IEC TS 27560 event state), mapped to the W3C Data Privacy Vocabulary (DPV 2.0) consent status concepts (prefix dpv: = https://w3id.org/dpv/2.0#). x-mappings.dpv_validity says whether DPV classes the state as valid for processing: only given and renewed are (LDS-04-R09). DPV's ConsentUnknown is not used: a consent record always has at least one event.
         */
        "consent-state.schema": string & ("requested" | "request-deferred" | "given" | "renewed" | "refused" | "withdrawn" | "revoked" | "expired" | "invalidated");
        /**
         * Proxy role
         * @description Code list: the formal legal relationship under which a proxy expressed a choice on the subject's behalf. These are the formal proxy relationships the national data opt-out accepts; informal carers, relatives and friends are not proxies.
         */
        "proxy-role.schema": string & ("parental-responsibility" | "lasting-power-of-attorney" | "court-appointed-deputy");
        /**
         * Actor
         * @description Who expressed a choice or caused an event, by role only (the ISO/IEC TS 27560 entity that expressed the event). LDS-04 records no names of subjects, proxies or staff: the organisation that recorded the event is in the event's recorded_by.
         */
        "actor.schema": {
            /**
             * @description subject: the person the record is about; proxy: someone with formal legal authority to act for the subject (proxy_role says which); controller: an organisation that is a controller of the data; authority: a regulator or a court.
             * @enum {unknown}
             */
            role: "subject" | "proxy" | "controller" | "authority";
            /** @description The legal relationship under which the proxy acted. Present exactly when role is proxy. */
            proxy_role?: components["schemas"]["proxy-role.schema"];
        } & unknown;
        /**
         * Channel
         * @description Code list: how a person's choice (a consent event or an objection, or its withdrawal) reached the organisation that recorded it. It is the ISO/IEC TS 27560 collection method of the choice.
         */
        "channel.schema": string & ("online" | "in-person" | "telephone" | "post" | "email");
        /**
         * Consent type
         * @description Code list: how consent was expressed (the ISO/IEC TS 27560 event type), mapped to the W3C Data Privacy Vocabulary (DPV 2.0) consent types (prefix dpv: = https://w3id.org/dpv/2.0#). UK GDPR Article 9(2)(a) requires explicit consent.
         */
        "consent-type.schema": string & ("implied" | "expressed" | "explicit");
        /**
         * Consent event input
         * @description The body of appendConsentEvent, and the first event in the body of createConsentRecord: one change in the state of consent, as the ISO/IEC TS 27560 event (time, validity, entity that expressed it, type and state). The platform adds sequence, recorded_at and recorded_by when it appends the event (consent-event.schema.json). $defs/rules holds the rules linking state, actor, channel, consent_type and valid_until (LDS-04-R08), which consent-event.schema.json applies too.
         */
        "consent-event-input.schema": {
            /** @description The state of consent the event records. */
            state: components["schemas"]["consent-state.schema"];
            /** @description Who expressed the choice or caused the event. */
            actor: components["schemas"]["actor.schema"];
            /** @description How the subject's or proxy's choice reached the recording organisation. Required when the actor is the subject or a proxy. */
            channel?: components["schemas"]["channel.schema"];
            /** @description How consent was expressed. Present exactly when state is given or renewed. */
            consent_type?: components["schemas"]["consent-type.schema"];
            /**
             * Format: date-time
             * @description When the event happened, in UTC, if earlier than its recording (for example a paper form signed before it was entered). Omitted, it is the time the platform records the event (LDS-04-R06).
             */
            occurred_at?: string;
            /**
             * Format: date-time
             * @description Given and renewed only: when the consent lapses, in UTC. From then on the record's state is expired (LDS-04-R09). Omitted, the consent lasts until a later event ends it.
             */
            valid_until?: string;
            /** @description The recording organisation's reference for the evidence of the event, such as a form number or a decision reference. Not personal data: no names or free-text notes. */
            evidence_reference?: string;
        } & components["schemas"]["rules"];
        /**
         * Consent record input
         * @description The body of createConsentRecord: a consent record as ISO/IEC TS 27560:2023 defines it (the members it makes mandatory are required here) with the event that starts its history. The platform adds id, schema_version, created_at, recorded_by and state (consent-record.schema.json). Apart from its events, a consent record never changes: consent to different terms is a new record (LDS-04-R02). $defs holds the parts consent-record.schema.json shares.
         */
        "consent-record-input.schema": {
            /** @description The person the consent is about (the 27560 PII principal), by one LDS-01 identifier, usually the NHS number. */
            subject: components["schemas"]["identifier.schema"];
            /** @description The controllers of the data the consent concerns (27560 PII controllers). */
            controllers: components["schemas"]["party.schema"][];
            /** @description The organisations, other than the controllers, to which the data may be disclosed under the consent (27560 recipient third parties). Empty when there are none. */
            recipients: components["schemas"]["party.schema"][];
            notice: components["schemas"]["notice"];
            /** @description The purposes consented to (27560 purpose and purpose type), each with its purpose class. */
            purposes: components["schemas"]["purpose"][];
            /** @description The UK GDPR Article 6 lawful basis of the processing (LDS-05 code list, an art6-1-* code). It is art6-1-a when consent is the lawful basis; when consent is sought to meet the common law duty of confidentiality it is the Article 6 basis the controller otherwise relies on. */
            lawful_basis: components["schemas"]["lawful-basis.schema"];
            /** @description Required exactly when a personal_data item is special category data: each UK GDPR Article 9(2) condition relied on, with the Data Protection Act 2018 Schedule 1 condition that completes it where section 10 requires one, as LDS-05 agreements state them (LDS-04-R03). */
            special_category_conditions?: components["schemas"]["special_category_condition"][];
            /** @description The personal data the consent covers (27560 PII information). */
            personal_data: components["schemas"]["data_item"][];
            retention: components["schemas"]["retention"];
            /** @description Where the data is stored (27560 storage locations), as ISO 3166 codes. */
            storage_locations: components["schemas"]["place_code"][];
            /** @description The jurisdiction whose law governs the consent (27560 jurisdiction), as an ISO 3166 code, e.g. GB-ENG. */
            jurisdiction: components["schemas"]["place_code"];
            withdrawal_method: components["schemas"]["withdrawal_method"];
            /** @description When present, the consent covers only uses under these LDS-05 data sharing agreements, by id; omitted, it is not limited to particular agreements (LDS-04-R10). */
            agreement_ids?: string[];
            /** @description The event that starts the record's history: a request for consent, or the subject's giving or refusing it (LDS-04-R07). */
            event: components["schemas"]["consent-event-input.schema"];
        } & (components["schemas"]["special_category_rules"] & unknown);
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
         * Consent event
         * @description One event in a consent record's history, as the platform returns it: the submitted consent event input plus its position (sequence), when the platform recorded it and which organisation recorded it. Events are appended and never changed or removed (LDS-04-R05).
         */
        "consent-event.schema": {
            /** @description The event's position in the record: 1 for the event the record was created with, then one more than the event before it. */
            sequence: number;
            /**
             * Format: date-time
             * @description When the platform accepted the event, in UTC (LDS-04-R06).
             */
            recorded_at: string;
            /** @description The organisation that recorded the event: the requester organisation of the request that appended it. */
            recorded_by: components["schemas"]["identifier.schema"];
            /**
             * Format: date-time
             * @description When the event happened, in UTC: the submitted occurred_at, or recorded_at when none was submitted (LDS-04-R06).
             */
            occurred_at: string;
            /** @description The state of consent the event records. */
            state: components["schemas"]["consent-state.schema"];
            /** @description Who expressed the choice or caused the event. */
            actor: components["schemas"]["actor.schema"];
            /** @description How the subject's or proxy's choice reached the recording organisation. */
            channel?: components["schemas"]["channel.schema"];
            /** @description How consent was expressed (given and renewed only). */
            consent_type?: components["schemas"]["consent-type.schema"];
            /**
             * Format: date-time
             * @description Given and renewed only: when the consent lapses, in UTC.
             */
            valid_until?: string;
            /** @description The recording organisation's reference for the evidence of the event. */
            evidence_reference?: string;
        } & components["schemas"]["rules"];
        /**
         * Consent record
         * @description A consent record as the platform returns it: an ISO/IEC TS 27560:2023 consent record (header, processing, personal data, parties and events) about one subject. Its terms never change after creation (LDS-04-R02); its history is the append-only list of events (LDS-04-R05); its state is derived from the events when the response is made (LDS-04-R09).
         */
        "consent-record.schema": {
            /**
             * Format: uuid
             * @description The record's identifier (27560 record id), assigned by the platform.
             */
            id: string;
            /** @description The version of LDS-04 whose schema the record follows (27560 schema version). */
            schema_version: string;
            /**
             * Format: date-time
             * @description When the platform created the record, in UTC: the recorded_at of its first event.
             */
            created_at: string;
            /** @description The organisation that created the record: the requester organisation of the createConsentRecord request. */
            recorded_by: components["schemas"]["identifier.schema"];
            /** @description The record's current state, derived from its events at the time of the response (LDS-04-R09). */
            state: components["schemas"]["consent-state.schema"];
            /** @description The person the consent is about, by the LDS-01 identifier the record was created with, in canonical form. */
            subject: components["schemas"]["identifier.schema"];
            /** @description The controllers of the data the consent concerns. */
            controllers: components["schemas"]["party.schema"][];
            /** @description The organisations, other than the controllers, to which the data may be disclosed under the consent. */
            recipients: components["schemas"]["party.schema"][];
            notice: components["schemas"]["notice"];
            /** @description The purposes consented to. */
            purposes: components["schemas"]["purpose"][];
            /** @description The UK GDPR Article 6 lawful basis of the processing (LDS-05 code list). */
            lawful_basis: components["schemas"]["lawful-basis.schema"];
            /** @description The Article 9(2) conditions, each with its Schedule 1 condition where one is required, relied on for special category data. */
            special_category_conditions?: components["schemas"]["special_category_condition"][];
            /** @description The personal data the consent covers. */
            personal_data: components["schemas"]["data_item"][];
            retention: components["schemas"]["retention"];
            /** @description Where the data is stored, as ISO 3166 codes. */
            storage_locations: components["schemas"]["place_code"][];
            /** @description The jurisdiction whose law governs the consent, as an ISO 3166 code. */
            jurisdiction: components["schemas"]["place_code"];
            withdrawal_method: components["schemas"]["withdrawal_method"];
            /** @description When present, the LDS-05 data sharing agreements, by id, to which the consent is limited. */
            agreement_ids?: string[];
            /** @description The record's history, oldest first: every event ever appended, unchanged (LDS-04-R05). */
            events: components["schemas"]["consent-event.schema"][];
        } & (components["schemas"]["special_category_rules"] & unknown);
        /**
         * Consent record search
         * @description The body of searchConsentRecords: the subject whose consent records are wanted, and optional filters. The subject goes in the body so that no identifier appears in a URL.
         */
        "consent-record-search.schema": {
            /** @description The person whose consent records are wanted, by one LDS-01 identifier. */
            subject: components["schemas"]["identifier.schema"];
            /** @description Only records with a purpose of this class (LDS-05 code list). */
            purpose_class?: components["schemas"]["purpose-class.schema"];
            /** @description Only records whose current state (LDS-04-R09) is this one. */
            state?: components["schemas"]["consent-state.schema"];
        };
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
         * Consent record list
         * @description One page of consent records, the response of searchConsentRecords, in the LDS-00 page envelope: records ordered by created_at, then id (LDS-04-R16).
         */
        "consent-record-list.schema": {
            /** @description The consent records on this page. */
            items: components["schemas"]["consent-record.schema"][];
            page: components["schemas"]["page"];
            links: components["schemas"]["links"];
        };
        /**
         * Objectable purpose
         * @description A purpose class (LDS-05 code list) that an objection may cover: every purpose class except direct-care and safeguarding, so that an objection never restricts a person's own care or the protection of anyone from harm (LDS-04-R11). A purpose class that a later minor version of LDS-05 adds is objectable unless LDS-04 excludes it here.
         */
        "objectable-purpose.schema": string & components["schemas"]["purpose-class.schema"];
        /**
         * Objection input
         * @description The body of createObjection: a person's objection to the use of their information for one or more objectable purposes, as the subject or a proxy expressed it. The platform adds id, status and the objection's first event (objection.schema.json).
         */
        "objection-input.schema": {
            /** @description The person objecting (or for whom a proxy objects), by one LDS-01 identifier, usually the NHS number. */
            subject: components["schemas"]["identifier.schema"];
            /** @description The purpose classes the objection covers: objectable purposes only, never direct-care or safeguarding (LDS-04-R11). */
            purposes: components["schemas"]["objectable-purpose.schema"][];
            /** @description Who expressed the objection: the subject, or a proxy with the legal relationship under which they act (LDS-04-R12). */
            actor: components["schemas"]["actor.schema"];
            /** @description How the objection reached the recording organisation. */
            channel: components["schemas"]["channel.schema"];
            /** @description The recording organisation's reference for the evidence of the objection, such as a form number or the reference of the proxy's lasting power of attorney. Not a name or a free-text note. */
            evidence_reference?: string;
        };
        /**
         * Objection withdrawal rules
         * @description Who may withdraw an objection for which reason, and when the channel is required.
         */
        "$defs-rules": unknown & unknown;
        /**
         * Objection withdrawn event
         * @description The withdrawal of the objection (LDS-04-R14).
         */
        withdrawn_event: {
            /**
             * @description Always 2.
             * @constant
             */
            sequence: 2;
            /**
             * @description Always withdrawn.
             * @constant
             */
            type: "withdrawn";
            /**
             * Format: date-time
             * @description When the platform recorded the withdrawal, in UTC. The objection is inactive from then.
             */
            recorded_at: string;
            /** @description The organisation that recorded the withdrawal: the requester organisation of the withdrawObjection request. */
            recorded_by: components["schemas"]["identifier.schema"];
            /**
             * @description Why the objection was withdrawn.
             * @enum {unknown}
             */
            reason: "subject-request" | "entered-in-error";
            /** @description Who withdrew the objection. */
            actor: components["schemas"]["actor.schema"];
            /** @description How the withdrawal reached the recording organisation. */
            channel?: components["schemas"]["channel.schema"];
            /** @description The recording organisation's reference for the evidence of the withdrawal. */
            evidence_reference?: string;
        } & components["schemas"]["$defs-rules"];
        /**
         * Objection set event
         * @description The recording of the objection (LDS-04-R12).
         */
        set_event: {
            /**
             * @description Always 1.
             * @constant
             */
            sequence: 1;
            /**
             * @description Always set.
             * @constant
             */
            type: "set";
            /**
             * Format: date-time
             * @description When the platform recorded the objection, in UTC. The objection is active from then.
             */
            recorded_at: string;
            /** @description The organisation that recorded the objection: the requester organisation of the createObjection request. */
            recorded_by: components["schemas"]["identifier.schema"];
            /** @description Who expressed the objection: the subject or a proxy. */
            actor: components["schemas"]["actor.schema"];
            /** @description How the objection reached the recording organisation. */
            channel: components["schemas"]["channel.schema"];
            /** @description The recording organisation's reference for the evidence of the objection. */
            evidence_reference?: string;
        };
        /**
         * Objection
         * @description A purpose-scoped objection as the platform returns it: the person's instruction that their information is not to be used for the listed purpose classes unless an exemption applies. It is active from creation until it is withdrawn, whatever else happens, including the subject's death (LDS-04-R13). Its history is one set event and, once withdrawn, one withdrawn event; nothing is ever deleted (LDS-04-R14).
         */
        "objection.schema": {
            /**
             * Format: uuid
             * @description The objection's identifier, assigned by the platform.
             */
            id: string;
            /** @description The person who objected, by the LDS-01 identifier the objection was created with, in canonical form. */
            subject: components["schemas"]["identifier.schema"];
            /** @description The purpose classes the objection covers. */
            purposes: components["schemas"]["objectable-purpose.schema"][];
            /**
             * @description active until the objection is withdrawn, then withdrawn.
             * @enum {unknown}
             */
            status: "active" | "withdrawn";
            /** @description The objection's history, oldest first: the set event, then the withdrawn event once it is withdrawn. */
            events: [
                components["schemas"]["set_event"]
            ];
        } & (unknown & unknown);
        /**
         * Objection search
         * @description The body of searchObjections: the subject whose objections are wanted, and an optional status filter. The subject goes in the body so that no identifier appears in a URL.
         */
        "objection-search.schema": {
            /** @description The person whose objections are wanted, by one LDS-01 identifier. */
            subject: components["schemas"]["identifier.schema"];
            /**
             * @description Only objections with this status.
             * @enum {unknown}
             */
            status?: "active" | "withdrawn";
        };
        /**
         * Objection list
         * @description One page of objections, the response of searchObjections, in the LDS-00 page envelope: objections ordered by the recorded_at of their set event, then id (LDS-04-R16).
         */
        "objection-list.schema": {
            /** @description The objections on this page. */
            items: components["schemas"]["objection.schema"][];
            page: components["schemas"]["page"];
            links: components["schemas"]["links"];
        };
        /**
         * Subject to check
         * @description A person identifier as submitted: an LDS-01 identifier system and a value that the platform validates per item.
         */
        subject: {
            /**
             * Format: uri
             * @description The identifier system, an absolute URI.
             */
            system: string;
            /** @description The identifier value. */
            value: string;
        };
        /**
         * Objection check request
         * @description The body of checkObjections: up to 1000 subjects and one purpose class, to learn for each subject whether an active objection covers that purpose (LDS-04-R17, LDS-04-R18). Subjects are checked one by one: a subject whose identifier is not valid is reported in its own result and does not fail the batch, so the items here are identifier-shaped and their values are checked by the platform, not by this schema.
         */
        "objection-check-request.schema": {
            /** @description The purpose class of the intended use (LDS-05 code list). For direct-care and safeguarding every result is no-objection (LDS-04-R11). */
            purpose_class: components["schemas"]["purpose-class.schema"];
            /** @description The subjects to check, each by one identifier; repeats are allowed and each is answered. */
            subjects: components["schemas"]["subject"][];
        };
        /**
         * Objection check result
         * @description The answer for one submitted subject.
         */
        result: {
            /** @description The subject as submitted, with a valid value in its LDS-01 canonical form. */
            subject: components["schemas"]["subject"];
            /**
             * @description objection: at least one active objection of the person covers the purpose class; no-objection: none does, or the person is unknown; invalid-identifier: the value is not valid for its system, or the system is not a person identifier system of LDS-01.
             * @enum {unknown}
             */
            status: "objection" | "no-objection" | "invalid-identifier";
            /** @description For invalid-identifier only: the LDS validation error code, e.g. invalid-nhs-number, or not-allowed-value for a system that does not identify people. */
            error_code?: string;
        } & unknown;
        /**
         * Objection check response
         * @description The response of checkObjections: one result per submitted subject, in the order submitted, saying only whether an active objection covers the purpose class (LDS-04-R17, LDS-04-R18). Nothing else about the subject or the objection is revealed.
         */
        "objection-check-response.schema": {
            /** @description The purpose class checked, as submitted. */
            purpose_class: components["schemas"]["purpose-class.schema"];
            /**
             * Format: date-time
             * @description When the platform evaluated the check, in UTC.
             */
            checked_at: string;
            /** @description One result per submitted subject, in submission order. */
            results: components["schemas"]["result"][];
        };
        /**
         * Objection withdrawal
         * @description The body of withdrawObjection: why and by whom the objection is withdrawn. Withdrawal appends an event to the objection and never deletes it (LDS-04-R14). $defs/rules holds the rules linking reason, actor and channel, which objection.schema.json applies too.
         */
        "objection-withdrawal.schema": {
            /**
             * @description subject-request: the subject (or a proxy) has changed their mind; entered-in-error: the organisation that recorded the objection recorded it in error, for example against the wrong person (LDS-04-R15).
             * @enum {unknown}
             */
            reason: "subject-request" | "entered-in-error";
            /** @description Who withdrew the objection: the subject or a proxy for subject-request, a controller for entered-in-error. */
            actor: components["schemas"]["actor.schema"];
            /** @description How the withdrawal reached the recording organisation. Required for subject-request. */
            channel?: components["schemas"]["channel.schema"];
            /** @description The recording organisation's reference for the evidence of the withdrawal. Not a name or a free-text note. */
            evidence_reference?: string;
        } & components["schemas"]["$defs-rules"];
        /**
         * Exemption type
         * @description Code list: the grounds on which a use of a person's information may go ahead despite an objection that covers its purpose: the exemptions of the NHS national data opt-out operational policy. decide considers them only when an objection covers the use, each with a reference to its evidence (LDS-04-R22). x-mappings.source says where decide takes each from: the consent register, the cited LDS-05 agreement version's objection_exemption, or the decide request.
         */
        "exemption-type.schema": string & ("consent" | "required-by-law" | "overriding-public-interest" | "anonymised-output" | "specific-approval");
        /**
         * Exemption claim
         * @description One exemption the use claims.
         */
        exemption_claim: {
            /**
             * @description The exemption: anonymised-output.
             * @enum {unknown}
             */
            type: components["schemas"]["exemption-type.schema"];
            /** @description The reference to the evidence for the exemption, as the exemption type describes. */
            reference: string;
        };
        /**
         * Decision request
         * @description The body of decide: a proposed use of one subject's information, by a requester, for a purpose class, under a version of an LDS-05 data sharing agreement, with the lawful basis and consent it relies on. The platform answers whether the subject's consent and objections permit it (LDS-04-R20 to LDS-04-R23). decide does not check the agreement's parties, purposes or data items: LDS-06 does.
         */
        "decision-request.schema": {
            /** @description The person whose information would be used, by one LDS-01 identifier. */
            subject: components["schemas"]["identifier.schema"];
            /** @description The purpose class of the use (LDS-05 code list). */
            purpose_class: components["schemas"]["purpose-class.schema"];
            /** @description The organisation that would receive or use the information, by its LDS-01 identifier. */
            requester: components["schemas"]["identifier.schema"];
            /**
             * Format: uuid
             * @description The LDS-05 data sharing agreement the use would be under.
             */
            agreement_id: string;
            /** @description The version of that agreement the use relies on. Its objection_exemption (LDS-04-R22) and the requester's special category conditions (LDS-04-R20) are taken from it. */
            agreement_version: number;
            /** @description The UK GDPR Article 6(1) lawful basis the use relies on (LDS-05 code list, art6-1-* codes only). art6-1-a means the use relies on consent (LDS-04-R20). LDS-06 passes the lawful basis of the record request. */
            lawful_basis?: components["schemas"]["lawful-basis.schema"];
            /**
             * Format: uuid
             * @description The consent record the use relies on, as its lawful basis or to show consent to this specific use despite an objection (LDS-04-R10, LDS-04-R22).
             */
            consent_id?: string;
            /** @description The exemptions the use itself claims, each with the reference to its evidence. Only anonymised-output may be claimed here: consent is established from consent_id, and required-by-law, overriding-public-interest and specific-approval only from the agreement (LDS-04-R22). */
            exemptions?: components["schemas"]["exemption_claim"][];
        };
        /**
         * Decision reason
         * @description Code list: the reasons a decision (decide) gives for its outcome, one per finding of the decision procedure (LDS-04-R20 to LDS-04-R23). A decision is deny exactly when its reasons include no-valid-consent or objection. The codes no-valid-consent and objection are also the codes of the LDS-06 problem types with which a record request so decided is refused.
         */
        "decision-reason.schema": string & ("consent-valid" | "consent-not-valid" | "no-valid-consent" | "purpose-not-objectable" | "no-covering-objection" | "objection" | "objection-exempted");
        /**
         * Decision finding
         * @description One finding, with the consent record or objection it concerns.
         */
        reason: {
            code: components["schemas"]["decision-reason.schema"];
            /**
             * Format: uuid
             * @description The id of the consent record (consent-valid, consent-not-valid) or objection (objection, objection-exempted) the finding concerns; absent for other codes.
             */
            ref?: string;
        } & unknown;
        /**
         * Exemption considered
         * @description One exemption the platform considered, with its reference and whether it applied.
         */
        exemption_considered: {
            type: components["schemas"]["exemption-type.schema"];
            /** @description For consent, the consent_id; otherwise the reference the claim gave. */
            reference: string;
            /** @description Whether the exemption applied at the evaluation time (LDS-04-R22). */
            applied: boolean;
        };
        /**
         * Decision
         * @description The response of decide: whether the subject's consent and objections permit the proposed use, every finding that led there, and every exemption considered (LDS-04-R20 to LDS-04-R23).
         */
        "decision.schema": {
            /**
             * @description deny when the reasons include no-valid-consent or objection; permit otherwise.
             * @enum {unknown}
             */
            decision: "permit" | "deny";
            /**
             * Format: date-time
             * @description The time at which the platform evaluated the consent records and objections, in UTC.
             */
            evaluated_at: string;
            /** @description The findings of the decision procedure, in the order LDS-04-R23 sets. */
            reasons: components["schemas"]["reason"][];
            /** @description The exemptions considered, in the order LDS-04-R22 sets; empty when no objection covers the use. */
            exemptions_considered: components["schemas"]["exemption_considered"][];
        } & (unknown & unknown);
        /**
         * LDS-04 problem type
         * @description Code list of the problem types LDS-04 defines, by `code`, in addition to those of LDS-00. The problem's `type` is https://standards.lds.example/problems/ followed by the code; the body is an LDS-00 problem. x-mappings.http_status is the HTTP status the type is used with.
         */
        "problem-type.schema": string & ("consent-transition-not-allowed" | "consent-event-time-invalid" | "explicit-consent-required" | "objection-already-withdrawn");
    };
    responses: {
        /** @description bad-request: the body is not well-formed JSON, or a query parameter is invalid or unknown (LDS-00-R09, LDS-00-R11, LDS-00-R12). */
        BadRequest: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
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
        /** @description forbidden: the token lacks the operation's scope (LDS-04-R01, LDS-00-R15), the requester may not see or change this consent record (LDS-04-R04), or may not withdraw this objection as entered in error (LDS-04-R15). */
        Forbidden: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description not-found: no consent record or objection has this id (LDS-00 problem type not-found). */
        NotFound: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description validation-failed: the body does not validate against the operation's request schema; errors lists what is wrong (LDS-00-R09, LDS-00-R10). */
        ValidationFailed: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/validation-failed",
                 *       "title": "Validation failed",
                 *       "status": 422,
                 *       "code": "validation-failed",
                 *       "errors": [
                 *         {
                 *           "pointer": "/purposes/0",
                 *           "code": "invalid",
                 *           "message": "direct-care is not an objectable purpose"
                 *         }
                 *       ]
                 *     }
                 */
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
        /** @description audit-unavailable: the platform could not record the audit event for this request, so it did not perform it (LDS-07-R02); or service-unavailable (LDS-00-R23). */
        Unavailable: {
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
    };
    parameters: {
        /** @description The platform-assigned UUID of the consent record or objection. Not a person identifier. */
        Id: string;
        /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
        PageNumber: number;
        /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description The platform's API version, equal to ApiInfo.api_version, on every response (LDS-00-R24). */
        ApiVersion: string;
        /** @description The URL of the created consent record or objection (RFC 9110 section 10.2.2). */
        Location: string;
        /** @description How many seconds to wait before retrying (RFC 9110 section 10.2.3; LDS-00-R17). */
        RetryAfter: string;
        /** @description The Bearer challenge (RFC 6750 section 3), with error="invalid_token" when the request presented a token that is not valid (LDS-00-R14). */
        WwwAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createConsentRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["consent-record-input.schema"];
            };
        };
        responses: {
            /** @description The consent record as created, with its first event and its state. */
            201: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["consent-record.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    searchConsentRecords: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
                page?: components["parameters"]["PageNumber"];
                /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
                size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": {
                 *         "system": "https://fhir.nhs.uk/Id/nhs-number",
                 *         "value": "9990000018"
                 *       },
                 *       "purpose_class": "research"
                 *     }
                 */
                "application/json": components["schemas"]["consent-record-search.schema"];
            };
        };
        responses: {
            /** @description One page of matching consent records. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["consent-record-list.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    readConsentRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform-assigned UUID of the consent record or objection. Not a person identifier. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consent record. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["consent-record.schema"];
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
    appendConsentEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform-assigned UUID of the consent record or objection. Not a person identifier. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "state": "withdrawn",
                 *       "actor": {
                 *         "role": "subject"
                 *       },
                 *       "channel": "online"
                 *     }
                 */
                "application/json": components["schemas"]["consent-event-input.schema"];
            };
        };
        responses: {
            /** @description The consent record with the new event last and its new state. */
            201: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["consent-record.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description consent-transition-not-allowed: the event's state may not follow the current state (LDS-04-R07). */
            409: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://standards.lds.example/problems/consent-transition-not-allowed",
                     *       "title": "Consent transition not allowed",
                     *       "status": 409,
                     *       "code": "consent-transition-not-allowed",
                     *       "detail": "The record's state is refused; withdrawn may follow only given or renewed."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem.schema"];
                };
            };
            /** @description validation-failed: the body does not validate against consent-event-input.schema.json (LDS-00-R09, LDS-04-R08); consent-event-time-invalid: occurred_at is in the future or before the latest event's (LDS-04-R06); or explicit-consent-required: the record relies on explicit consent and the event's consent_type is not explicit (LDS-04-R03). */
            422: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://standards.lds.example/problems/consent-event-time-invalid",
                     *       "title": "Consent event time invalid",
                     *       "status": 422,
                     *       "code": "consent-event-time-invalid",
                     *       "detail": "occurred_at is earlier than the occurred_at of the record's latest event."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem.schema"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    createObjection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": {
                 *         "system": "https://fhir.nhs.uk/Id/nhs-number",
                 *         "value": "9990000018"
                 *       },
                 *       "purposes": [
                 *         "planning",
                 *         "research"
                 *       ],
                 *       "actor": {
                 *         "role": "subject"
                 *       },
                 *       "channel": "online"
                 *     }
                 */
                "application/json": components["schemas"]["objection-input.schema"];
            };
        };
        responses: {
            /** @description The objection as recorded, active, with its set event. */
            201: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["objection.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    searchObjections: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
                page?: components["parameters"]["PageNumber"];
                /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
                size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": {
                 *         "system": "https://fhir.nhs.uk/Id/nhs-number",
                 *         "value": "9990000018"
                 *       },
                 *       "status": "active"
                 *     }
                 */
                "application/json": components["schemas"]["objection-search.schema"];
            };
        };
        responses: {
            /** @description One page of matching objections. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["objection-list.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    checkObjections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "purpose_class": "research",
                 *       "subjects": [
                 *         {
                 *           "system": "https://fhir.nhs.uk/Id/nhs-number",
                 *           "value": "9990000018"
                 *         },
                 *         {
                 *           "system": "https://fhir.nhs.uk/Id/nhs-number",
                 *           "value": "999 000 0085"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["objection-check-request.schema"];
            };
        };
        responses: {
            /** @description One result per submitted subject, in submission order. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["objection-check-response.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    readObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform-assigned UUID of the consent record or objection. Not a person identifier. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The objection. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["objection.schema"];
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
    withdrawObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform-assigned UUID of the consent record or objection. Not a person identifier. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "subject-request",
                 *       "actor": {
                 *         "role": "subject"
                 *       },
                 *       "channel": "in-person"
                 *     }
                 */
                "application/json": components["schemas"]["objection-withdrawal.schema"];
            };
        };
        responses: {
            /** @description The objection, now withdrawn, with its withdrawn event. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["objection.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description objection-already-withdrawn: the objection has already been withdrawn (LDS-04-R14). */
            409: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://standards.lds.example/problems/objection-already-withdrawn",
                     *       "title": "Objection already withdrawn",
                     *       "status": 409,
                     *       "code": "objection-already-withdrawn",
                     *       "detail": "This objection was withdrawn on 2025-11-03. To object again, record a new objection."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem.schema"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
    decide: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": {
                 *         "system": "https://fhir.nhs.uk/Id/nhs-number",
                 *         "value": "9990000018"
                 *       },
                 *       "purpose_class": "research",
                 *       "requester": {
                 *         "system": "https://fhir.nhs.uk/Id/ods-organization-code",
                 *         "value": "RZ9"
                 *       },
                 *       "agreement_id": "3f6c2a1e-8b4d-4c7a-9e21-000000003041",
                 *       "agreement_version": 3,
                 *       "lawful_basis": "art6-1-e"
                 *     }
                 */
                "application/json": components["schemas"]["decision-request.schema"];
            };
        };
        responses: {
            /** @description The decision, its reasons and the exemptions considered. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "decision": "deny",
                     *       "evaluated_at": "2025-06-02T12:00:00Z",
                     *       "reasons": [
                     *         {
                     *           "code": "objection",
                     *           "ref": "3f6c2a1e-8b4d-4c7a-9e21-000000002041"
                     *         }
                     *       ],
                     *       "exemptions_considered": []
                     *     }
                     */
                    "application/json": components["schemas"]["decision.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Problem"];
        };
    };
}

/** The operations that need no access token (`security: []`), as `method path`. */
export const openOperations: readonly string[] = [];

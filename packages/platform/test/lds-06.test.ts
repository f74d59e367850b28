// LDS-06 purpose-bound record access through POST /records/$search, on both storage engines. State is seeded
// through the registers' own put functions (LDS-04, LDS-05) and the personas; each rule is tested by its oracle.
import { randomUUID } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import { loadCatalogue } from "@lds/catalogue";
import type { ConsentRecord, ObjectablePurpose, Objection } from "@lds/types/lds-04";
import type {
  AgreementStatus,
  Article6LawfulBasis,
  DataItem,
  DataSharingAgreementVersion,
  LegalGroundsOfAParty,
  ObjectionExemption,
  Party,
  PurposeClass,
} from "@lds/types/lds-05";
import type { RecordType } from "@lds/types/lds-06";
import { describe, expect } from "vitest";
import type { AuditEntry, AuditTrail } from "../src/context.ts";
import { putConsentRecord } from "../src/lds-04/consent-records.ts";
import { putObjection } from "../src/lds-04/objections.ts";
import { putAgreementVersion } from "../src/lds-05/agreements.ts";
import * as lds06 from "../src/lds-06/handlers.ts";
import { pointerCodeList } from "../src/lds-06/pointer-code-list.ts";
import { putRecord, setRecordSource } from "../src/lds-06/records.ts";
import { PROBLEM_STATUS } from "../src/lds-06/refusal.ts";
import { type Identifier, putPerson } from "../src/people/people.ts";
import { call, engines, json, nhsNumbers, testPlatform } from "./harness.ts";

const catalogue = loadCatalogue();
const FAMILY: RecordType = "family-support-summary";
const SOCIAL_CARE: RecordType = "childrens-social-care-summary";
const NHS = "https://fhir.nhs.uk/Id/nhs-number";
const NOW = new Date("2026-11-25T10:00:00.000Z");

// The personas' organisations: Northmoor is the platform's source organisation; A to D are the test requesters (C is
// never a party; D is, in one test, A's processor).
const NORTHMOOR: Identifier = { system: "urn:lds:id:gss", value: "E06000990" };
const EASTBROOK: Identifier = { system: "urn:lds:id:gss", value: "E08000990" };
const A: Identifier = { system: "urn:lds:id:gss", value: "E06000991" };
const B: Identifier = { system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "RZ8" };
const C: Identifier = { system: "urn:lds:id:gss", value: "E07000991" };
const D: Identifier = { system: "urn:lds:id:dfe-urn", value: "999902" };

// Personas: Amara Okafor (family support), Kai Thompson (looked after), Imran Hussain (Eastbrook's family support),
// Mohammed Rahman (no records).
const AMARA: Identifier = { system: NHS, value: "9990000018" };
const KAI: Identifier = { system: NHS, value: "9990000204" };
const IMRAN: Identifier = { system: NHS, value: "9990000115" };
const MOHAMMED: Identifier = { system: NHS, value: "9990000239" };

const READ = ["lds-06:read"];
const BREAK_GLASS = ["lds-06:read", "lds-06:break-glass"];
const JUSTIFICATION = "The child did not arrive at school and has not been seen since yesterday evening.";

/** NHS numbers in the synthetic 999 range that no persona has, with a valid check digit. */
const freshNhsNumber = nhsNumbers(600_000);

type Grounds = LegalGroundsOfAParty;
const grounds = (article_6: Article6LawfulBasis, extra: Omit<Partial<Grounds>, "article_6"> = {}): Grounds => ({
  article_6,
  ...(article_6 === "art6-1-c" || article_6 === "art6-1-e"
    ? { legal_powers: [{ citation: "Children Act 2004, section 10" }] }
    : {}),
  ...extra,
});
const HEALTH_CONDITION = { article_9: "art9-2-h", schedule_1: "dpa2018-sch1-p2" } as const;
/** A requester with a special category and a criminal offence condition: both gates open. */
const FULL_GROUNDS = grounds("art6-1-e", {
  special_category_conditions: [HEALTH_CONDITION],
  criminal_offence_conditions: ["dpa2018-sch1-p18"],
});

function party(
  organisation: Identifier,
  sharing_role: Party["sharing_role"],
  lawful_basis?: Grounds,
  role: Party["role"] = "controller",
  on_behalf_of?: Identifier,
): Party {
  return {
    organisation,
    name: `Organisation ${organisation.value}`,
    role,
    sharing_role,
    ...(on_behalf_of ? { on_behalf_of } : {}),
    ...(lawful_basis ? { lawful_basis } : {}),
  };
}

/** A data item of a record type, flagged as LDS-06 marks its pointer and the pointers below it (LDS-05-R21). */
function dataItem(record_type: RecordType, pointer: string): DataItem {
  const list = pointerCodeList(catalogue, record_type);
  const below = list.pointers.filter((q) => q === pointer || q.startsWith(`${pointer}/`));
  return {
    record_type,
    pointer,
    special_category: below.some((q) => list.mark(q) === "special-category"),
    criminal_offence: below.some((q) => list.mark(q) === "criminal-offence"),
  };
}
const items = (record_type: RecordType, ...pointers: string[]) => pointers.map((p) => dataItem(record_type, p));
const ALL_FAMILY = items(FAMILY, "/episode", "/household", "/needs", "/lead_practitioner", "/plan");
const ALL_SOCIAL_CARE = items(
  SOCIAL_CARE,
  "/responsible_local_authority",
  "/child_details",
  "/current_status",
  "/allocated_team",
  "/social_care_episodes",
);

interface AgreementOptions {
  readonly id?: string;
  readonly version?: number;
  readonly status?: AgreementStatus;
  readonly classes?: PurposeClass[];
  readonly parties?: Party[];
  readonly items?: DataItem[];
  readonly effective_from?: string;
  readonly expires_on?: string;
  readonly objection_exemption?: ObjectionExemption;
}

/** An agreement version in the LDS-05 shape, with complete terms: by default active, A receiving from Northmoor. */
function agreementVersion(options: AgreementOptions = {}): DataSharingAgreementVersion {
  const version = options.version ?? 1;
  return {
    id: options.id ?? randomUUID(),
    version,
    status: options.status ?? "active",
    created_at: "2025-01-10T09:00:00Z",
    created_by: NORTHMOOR,
    change_type: version === 1 ? "created" : "amended",
    ...(version === 1 ? {} : { change_summary: "Changed for the test." }),
    terms: {
      title: "Test information sharing agreement",
      purpose: {
        classes: options.classes ?? ["direct-care"],
        description: "Sharing family support summaries with partner services.",
        benefits: "Families tell their story once.",
        necessity: "Partners need to know which needs are being worked on.",
      },
      parties: options.parties ?? [
        party(NORTHMOOR, "provider", grounds("art6-1-e")),
        party(A, "recipient", FULL_GROUNDS),
      ],
      data_items: options.items ?? ALL_FAMILY,
      retention: { description: "Six years after the episode ends." },
      effective_from: options.effective_from ?? "2025-01-01",
      ...(options.expires_on === undefined ? {} : { expires_on: options.expires_on }),
      review_date: "2028-12-31",
      dpia: { completed: true },
      ...(options.objection_exemption === undefined ? {} : { objection_exemption: options.objection_exemption }),
    },
  };
}

/** An objection of the subject to the purposes, with its set event and, if withdrawn, its withdrawn event. */
function objection(
  subject: Identifier,
  purposes: ObjectablePurpose[],
  id = randomUUID(),
  withdrawn = false,
): Objection {
  const actor = { role: "subject" as const };
  return {
    id,
    subject,
    purposes,
    status: withdrawn ? "withdrawn" : "active",
    events: [
      {
        sequence: 1,
        type: "set",
        recorded_at: "2026-01-05T10:00:00Z",
        recorded_by: NORTHMOOR,
        actor,
        channel: "online",
      },
      ...(withdrawn
        ? [
            {
              sequence: 2 as const,
              type: "withdrawn" as const,
              recorded_at: "2026-02-05T10:00:00Z",
              recorded_by: NORTHMOOR,
              reason: "subject-request" as const,
              actor,
              channel: "online" as const,
            },
          ]
        : []),
    ],
  };
}

describe.each(engines)("LDS-06 on %s", async (engine) => {
  // The audit trail the router reports each request to: here it only keeps the entries, so that the tests can see
  // the event id and the notes the handler gave (the LDS-07 trail itself is tested by LDS-07).
  const entries: AuditEntry[] = [];
  const trail: AuditTrail = {
    audited: (operation) => operation.operationId === "requestRecordAccess",
    record: async (_tx, entry) => {
      entries.push(entry);
    },
  };
  const platform = await testPlatform(engine, {
    standards: ["LDS-00", "LDS-06"],
    handlers: lds06,
    audit: trail,
    now: () => NOW,
  });
  const lds04 = catalogue.standards.find((standard) => standard.id === "LDS-04")!;
  const lds06Standard = catalogue.standards.find((standard) => standard.id === "LDS-06")!;
  const example = (standard: typeof lds04, name: string) =>
    structuredClone(standard.examples.find((file) => file.name === name)!.example.instance) as Record<string, unknown>;
  const FULL_RECORD = {
    [FAMILY]: example(lds06Standard, "family-support-summary-full"),
    [SOCIAL_CARE]: example(lds06Standard, "childrens-social-care-summary-full"),
  };

  const db = platform.context.db;
  const put = (...versions: DataSharingAgreementVersion[]) =>
    db.transaction(async (tx) => {
      for (const version of versions) await putAgreementVersion(tx, version);
    });
  const putObjections = (...objections: Objection[]) =>
    db.transaction(async (tx) => {
      for (const item of objections) await putObjection(tx, item);
    });

  // The personas, as the sandbox seeds them: Northmoor is the source of both record types at this base URL, so the
  // Hussains' family support summaries, which Eastbrook holds, are held but never disclosed here.
  const personas = catalogue.personas!;
  await db.transaction(async (tx) => {
    for (const person of personas.people) await putPerson(tx, person.id, person);
    await setRecordSource(tx, FAMILY, NORTHMOOR);
    await setRecordSource(tx, SOCIAL_CARE, NORTHMOOR);
    const sources = new Map(personas.organisations.map((org) => [org.id, org.identifiers[0]!]));
    for (const held of personas.records ?? []) {
      await putRecord(tx, held.person, held.record_type, sources.get(held.source)!, held.record);
    }
  });

  /** A new person, with a full record of the type (every pointer holds a value), known by a new NHS number. */
  async function freshPerson(recordType: RecordType = FAMILY, updatedAt?: string): Promise<Identifier> {
    const value = freshNhsNumber();
    await db.transaction(async (tx) => {
      await putPerson(tx, `test-${value}`, { identifiers: [{ system: NHS, value }] });
      await putRecord(tx, `test-${value}`, recordType, NORTHMOOR, FULL_RECORD[recordType], updatedAt);
    });
    return { system: NHS, value };
  }

  const issue = (organisation: Identifier, scopes: string[]) =>
    platform.context.tokens.issue({ clientId: `client-${organisation.value}`, organisation, name: "Test", scopes });
  const tokens = {
    A: await issue(A, READ),
    ABreakGlass: await issue(A, BREAK_GLASS),
    B: await issue(B, READ),
    C: await issue(C, READ),
    CBreakGlass: await issue(C, BREAK_GLASS),
    D: await issue(D, READ),
    noScope: await issue(A, []),
  };
  const ask = (body: unknown, token: string = tokens.A) =>
    call(platform, "POST", "/v1/records/$search", { body, token });
  /** The request's JSON body, status, and the audit entry the router reported for it. */
  const exchange = async (body: unknown, token: string = tokens.A) => {
    const before = entries.length;
    const response = await ask(body, token);
    const payload = await json(response);
    return { response, status: response.status, payload, entry: entries.slice(before).at(-1) };
  };
  const request = (
    agreement: DataSharingAgreementVersion,
    subject: Identifier,
    extra: Record<string, unknown> = {},
  ) => ({
    subject,
    record_type: FAMILY,
    purpose_class: "direct-care",
    lawful_basis: "art6-1-e",
    agreement_id: agreement.id,
    ...extra,
  });

  describe("who asks (LDS-06-R01)", () => {
    test("LDS-06-R01: no token is 401, a token without lds-06:read 403 forbidden, a body naming the requester 422", async () => {
      const agreement = agreementVersion();
      await put(agreement);
      const body = request(agreement, AMARA);
      expect((await call(platform, "POST", "/v1/records/$search", { body })).status).toBe(401);
      const forbidden = await exchange(body, tokens.noScope);
      expect([forbidden.status, forbidden.payload.code]).toEqual([403, "forbidden"]);
      const named = await exchange({ ...body, requester: B });
      expect(named.status).toBe(422);
      expect(named.payload.errors).toContainEqual(
        expect.objectContaining({ pointer: "/requester", code: "unknown-member" }),
      );
    });

    test("LDS-06-R01: the same body is 200 for a party's token and 403 not-a-party for another's", async () => {
      const agreement = agreementVersion();
      await put(agreement);
      const body = request(agreement, AMARA);
      expect((await exchange(body, tokens.A)).status).toBe(200);
      const other = await exchange(body, tokens.C);
      expect([other.status, other.payload.code]).toEqual([403, "not-a-party"]);
    });
  });

  describe("the decision order (LDS-06-R02)", async () => {
    const objector = await freshPerson();
    const clear = await freshPerson();
    await putObjections(objection(objector, ["planning"]));

    const mostly = <T>(ok: T, ...faults: T[]) =>
      fc.oneof({ weight: 3, arbitrary: fc.constant(ok) }, { weight: 1, arbitrary: fc.constantFrom(...faults) });
    const state = fc.record({
      purpose: fc.constantFrom<PurposeClass>("planning", "safeguarding"),
      breakGlass: fc.boolean(),
      scopeHeld: mostly(true, false),
      agreement: mostly("exists", "missing", "version-too-high", "older-version"),
      status: mostly<AgreementStatus>("active", "suspended", "draft", "terminated"),
      notYetEffective: mostly(false, true),
      requesterRole: mostly<Party["sharing_role"] | "absent">(
        "recipient",
        "provider-and-recipient",
        "provider",
        "absent",
      ),
      sourceRole: mostly<Party["sharing_role"] | "absent">("provider", "provider-and-recipient", "recipient", "absent"),
      purposeListed: mostly(true, false),
      lawfulBasisMatches: mostly(true, false),
      recordTypeListed: mostly(true, false),
      explicitConsentOnly: mostly(false, true),
      subject: fc.constantFrom("objector", "clear", "clear", "unknown"),
    });
    type State = typeof state extends fc.Arbitrary<infer T> ? T : never;
    const RECEIVES = ["recipient", "provider-and-recipient"];
    const PROVIDES = ["provider", "provider-and-recipient"];

    /** The model: the first check of §5.2 the state fails, or 200. */
    function expected(s: State): string | 200 {
      const breakGlass = s.breakGlass && s.purpose === "safeguarding";
      if (breakGlass && !s.scopeHeld) return "break-glass-not-authorised";
      if (s.agreement === "missing" || s.agreement === "version-too-high") return "unknown-agreement";
      if (s.agreement === "older-version" || s.status !== "active" || s.notYetEffective) return "agreement-not-active";
      if (!RECEIVES.includes(s.requesterRole) || !PROVIDES.includes(s.sourceRole)) return "not-a-party";
      if (!breakGlass && !s.purposeListed) return "purpose-not-permitted";
      if (!breakGlass && !s.lawfulBasisMatches) return "lawful-basis-not-in-agreement";
      if (!s.recordTypeListed) return "record-type-not-in-agreement";
      if (!breakGlass && s.explicitConsentOnly) return "no-valid-consent";
      if (!breakGlass && s.purpose === "planning" && s.subject === "objector") return "objection";
      if (s.subject === "unknown") return "subject-not-found";
      return 200;
    }

    /** Seeds the agreement the state describes and returns the request it makes. */
    async function setUp(s: State, subject: Identifier) {
      const requesterGrounds = grounds("art6-1-e", {
        special_category_conditions: s.explicitConsentOnly ? [{ article_9: "art9-2-a" }] : [HEALTH_CONDITION],
        criminal_offence_conditions: ["dpa2018-sch1-p18"],
      });
      const parties = [
        ...(s.sourceRole === "absent" ? [] : [party(NORTHMOOR, s.sourceRole, grounds("art6-1-e"))]),
        ...(s.requesterRole === "absent" ? [] : [party(A, s.requesterRole, requesterGrounds)]),
        party(B, "recipient", grounds("art6-1-e")),
      ];
      const id = randomUUID();
      const terms: AgreementOptions = {
        id,
        classes: [s.purposeListed ? s.purpose : s.purpose === "planning" ? "direct-care" : "planning"],
        parties,
        items: s.recordTypeListed ? ALL_FAMILY : ALL_SOCIAL_CARE,
        effective_from: s.notYetEffective ? "2027-01-01" : "2025-01-01",
      };
      let agreementVersionNamed: number | undefined;
      if (s.agreement === "exists") await put(agreementVersion({ ...terms, status: s.status }));
      if (s.agreement === "version-too-high") {
        await put(agreementVersion({ ...terms, status: s.status }));
        agreementVersionNamed = 2;
      }
      if (s.agreement === "older-version") {
        await put(agreementVersion(terms), agreementVersion({ ...terms, version: 2, status: s.status }));
        agreementVersionNamed = 1;
      }
      const breakGlass = s.breakGlass && s.purpose === "safeguarding";
      return {
        body: {
          subject,
          record_type: FAMILY,
          purpose_class: s.purpose,
          lawful_basis: s.lawfulBasisMatches ? "art6-1-e" : "art6-1-c",
          agreement_id: id,
          ...(agreementVersionNamed === undefined ? {} : { agreement_version: agreementVersionNamed }),
          ...(breakGlass ? { break_glass: { justification: JUSTIFICATION } } : {}),
        },
        token: s.scopeHeld ? tokens.ABreakGlass : tokens.A,
      };
    }

    test.prop([state], { numRuns: 120 })(
      "LDS-06-R02: the answer is the first failing check, with its status; checks 1 to 7 answer alike for any subject",
      async (s) => {
        const subjects = { objector, clear, unknown: { system: NHS, value: freshNhsNumber() } };
        const { body, token } = await setUp(s, subjects[s.subject as keyof typeof subjects]);
        const answer = expected(s);
        const { status, payload, entry } = await exchange(body, token);
        if (answer === 200) {
          expect(status, JSON.stringify(payload)).toBe(200);
          return;
        }
        expect([status, payload.code]).toEqual([PROBLEM_STATUS[answer as keyof typeof PROBLEM_STATUS], answer]);
        // LDS-06-R22: an LDS-06 problem names its audit event.
        expect(payload.audit_event_id).toBe(entry?.eventId);
        const subjectFree = [
          "break-glass-not-authorised",
          "unknown-agreement",
          "agreement-not-active",
          "not-a-party",
          "purpose-not-permitted",
          "lawful-basis-not-in-agreement",
          "record-type-not-in-agreement",
        ];
        if (subjectFree.includes(answer)) {
          for (const other of Object.values(subjects)) {
            const again = await exchange({ ...body, subject: other }, token);
            expect([again.status, again.payload.code]).toEqual([status, payload.code]);
          }
        }
      },
    );
  });

  describe("the agreement (LDS-06-R03 to R08)", () => {
    test("LDS-06-R03: an unknown agreement, or a version after the latest, is 422 unknown-agreement", async () => {
      const unknown = await exchange(request(agreementVersion(), AMARA));
      expect([unknown.status, unknown.payload.code]).toEqual([422, "unknown-agreement"]);
      const agreement = agreementVersion();
      await put(agreement, agreementVersion({ id: agreement.id, version: 2 }));
      const beyond = await exchange(request(agreement, AMARA, { agreement_version: 3 }));
      expect([beyond.status, beyond.payload.code]).toEqual([422, "unknown-agreement"]);
      expect((await exchange(request(agreement, AMARA, { agreement_version: 2 }))).status).toBe(200);
    });

    test("LDS-06-R04: suspension, reactivation, termination and new versions take effect at once", async () => {
      const v1 = agreementVersion();
      const at = (version: number, status: AgreementStatus) => agreementVersion({ id: v1.id, version, status });
      const outcome = async (extra: Record<string, unknown> = {}) => {
        const { status, payload } = await exchange(request(v1, AMARA, extra));
        return status === 200 ? payload.provenance.agreement_version : payload.code;
      };
      await put(v1);
      expect(await outcome()).toBe(1);
      await put(at(2, "suspended"));
      expect(await outcome()).toBe("agreement-not-active");
      await put(at(3, "active"));
      expect(await outcome()).toBe(3);
      expect(await outcome({ agreement_version: 2 })).toBe("agreement-not-active");
      expect(await outcome({ agreement_version: 3 })).toBe(3);
      await put(at(4, "terminated"));
      expect(await outcome()).toBe("agreement-not-active");
    });

    test("LDS-06-R04: a draft, a not yet effective and an expired agreement are not in force", async () => {
      for (const options of [
        { status: "draft" as const },
        { effective_from: "2026-11-26" },
        { effective_from: "2025-01-01", expires_on: "2026-11-24" },
      ]) {
        const agreement = agreementVersion(options);
        await put(agreement);
        const { status, payload } = await exchange(request(agreement, AMARA));
        expect([status, payload.code], JSON.stringify(options)).toEqual([403, "agreement-not-active"]);
      }
      const lastDay = agreementVersion({ effective_from: "2026-11-25", expires_on: "2026-11-25" });
      await put(lastDay);
      expect((await exchange(request(lastDay, AMARA))).status).toBe(200);
    });

    test("LDS-06-R05: the requester must receive and the source organisation provide under the applied version", async () => {
      const refused = async (parties: Party[], token = tokens.A) => {
        const agreement = agreementVersion({ parties });
        await put(agreement);
        const { status, payload } = await exchange(request(agreement, AMARA), token);
        return status === 200 ? 200 : payload.code;
      };
      const source = party(NORTHMOOR, "provider", grounds("art6-1-e"));
      expect(await refused([source, party(A, "recipient", FULL_GROUNDS)])).toBe(200);
      expect(await refused([source, party(A, "recipient", FULL_GROUNDS)], tokens.C)).toBe("not-a-party");
      expect(await refused([source, party(A, "provider", FULL_GROUNDS)])).toBe("not-a-party");
      expect(
        await refused([party(EASTBROOK, "provider", grounds("art6-1-e")), party(A, "recipient", FULL_GROUNDS)]),
      ).toBe("not-a-party");
      expect(
        await refused([party(NORTHMOOR, "recipient", grounds("art6-1-e")), party(A, "recipient", FULL_GROUNDS)]),
      ).toBe("not-a-party");
      expect(
        await refused([
          party(NORTHMOOR, "provider-and-recipient", grounds("art6-1-e")),
          party(A, "provider-and-recipient", FULL_GROUNDS),
        ]),
      ).toBe(200);
      // Removing the requester from the parties in a new version turns 200 into 403.
      const v1 = agreementVersion();
      await put(
        v1,
        agreementVersion({ id: v1.id, version: 2, parties: [source, party(B, "recipient", FULL_GROUNDS)] }),
      );
      expect((await exchange(request(v1, AMARA))).payload.code).toBe("not-a-party");
    });

    test("LDS-06-R05, R07, R15: a processor party is evaluated with the grounds of the controller it acts for", async () => {
      const agreement = agreementVersion({
        items: items(FAMILY, "/household/members"),
        parties: [
          party(NORTHMOOR, "provider", grounds("art6-1-e")),
          party(A, "recipient", FULL_GROUNDS),
          party(D, "recipient", undefined, "processor", A),
        ],
      });
      await put(agreement);
      const permitted = await exchange(request(agreement, AMARA), tokens.D);
      expect(permitted.status).toBe(200);
      // The controller's special category condition opens the gate for its processor.
      expect(permitted.payload.record.household.members[0].ethnicity).toBe("BAFR");
      const refused = await exchange(request(agreement, AMARA, { lawful_basis: "art6-1-c" }), tokens.D);
      expect(refused.payload.code).toBe("lawful-basis-not-in-agreement");
    });

    test("LDS-06-R06: a purpose class the agreement does not list is 403 purpose-not-permitted", async () => {
      const agreement = agreementVersion({ classes: ["direct-care"] });
      await put(agreement);
      const planning = await exchange(request(agreement, AMARA, { purpose_class: "planning" }));
      expect([planning.status, planning.payload.code]).toEqual([403, "purpose-not-permitted"]);
      expect((await exchange(request(agreement, AMARA, { purpose_class: "direct-care" }))).status).toBe(200);
    });

    test("LDS-06-R07: a lawful basis other than the one recorded for the requester is 403", async () => {
      const agreement = agreementVersion();
      await put(agreement);
      expect((await exchange(request(agreement, AMARA, { lawful_basis: "art6-1-e" }))).status).toBe(200);
      const other = await exchange(request(agreement, AMARA, { lawful_basis: "art6-1-c" }));
      expect([other.status, other.payload.code]).toEqual([403, "lawful-basis-not-in-agreement"]);
    });

    test("LDS-06-R08: a record type the agreement lists nothing of is 403 record-type-not-in-agreement", async () => {
      const agreement = agreementVersion({ items: ALL_FAMILY });
      await put(agreement);
      const other = await exchange(request(agreement, KAI, { record_type: SOCIAL_CARE }));
      expect([other.status, other.payload.code]).toEqual([403, "record-type-not-in-agreement"]);
    });
  });

  describe("consent and objections, as LDS-04 decides (LDS-06-R09 to R11)", () => {
    function consent(subject: Identifier, withdrawn: boolean, id: string): ConsentRecord {
      const record = example(lds04, "consent-record-minimal");
      const given = {
        sequence: 1,
        recorded_at: "2026-01-10T09:00:00Z",
        recorded_by: NORTHMOOR,
        occurred_at: "2026-01-10T09:00:00Z",
        state: "given",
        actor: { role: "subject" },
        channel: "online",
        consent_type: "explicit",
      };
      const withdrawal = {
        sequence: 2,
        recorded_at: "2026-03-10T09:00:00Z",
        recorded_by: NORTHMOOR,
        occurred_at: "2026-03-10T09:00:00Z",
        state: "withdrawn",
        actor: { role: "subject" },
        channel: "online",
      };
      return {
        ...record,
        id,
        subject,
        created_at: "2026-01-10T09:00:00Z",
        state: withdrawn ? "withdrawn" : "given",
        controllers: [
          { organisation: A, name: "Requester A", address: "1 Test Street", contact: "mailto:dpo@a.example" },
        ],
        purposes: [{ purpose_class: "direct-care", description: "Coordinating the family's support." }],
        lawful_basis: "art6-1-a",
        special_category_conditions: [{ article_9: "art9-2-a" }],
        events: withdrawn ? [given, withdrawal] : [given],
      } as ConsentRecord;
    }
    const consentAgreement = () =>
      agreementVersion({
        classes: ["direct-care"],
        items: items(FAMILY, "/household/members", "/needs"),
        parties: [
          party(NORTHMOOR, "provider", grounds("art6-1-e")),
          party(A, "recipient", grounds("art6-1-a", { special_category_conditions: [{ article_9: "art9-2-a" }] })),
        ],
      });

    test("LDS-06-R10: consent-based access needs a valid consent; withdrawing it refuses with no-valid-consent", async () => {
      const subject = await freshPerson();
      const agreement = consentAgreement();
      const consentId = randomUUID();
      await put(agreement);
      await db.transaction((tx) => putConsentRecord(tx, consent(subject, false, consentId)));
      const body = request(agreement, subject, { lawful_basis: "art6-1-a", consent_id: consentId });
      expect((await exchange(body)).status).toBe(200);
      await db.transaction((tx) => putConsentRecord(tx, consent(subject, true, consentId)));
      const withdrawn = await exchange(body);
      expect([withdrawn.status, withdrawn.payload.code]).toEqual([403, "no-valid-consent"]);
      const unnamed = await exchange(request(agreement, subject, { lawful_basis: "art6-1-a" }));
      expect(unnamed.status).toBe(422);
      expect(unnamed.payload.errors).toContainEqual(
        expect.objectContaining({ pointer: "/consent_id", code: "required" }),
      );
    });

    test("LDS-06-R11: an objection covering the purpose refuses; direct care still goes ahead; withdrawal restores", async () => {
      const subject = await freshPerson();
      const planning = agreementVersion({ classes: ["planning"] });
      const care = agreementVersion({ classes: ["direct-care"] });
      await put(planning, care);
      const forPlanning = request(planning, subject, { purpose_class: "planning" });
      expect((await exchange(forPlanning)).status).toBe(200);
      const objectionId = randomUUID();
      await putObjections(objection(subject, ["planning"], objectionId));
      const refused = await exchange(forPlanning);
      expect([refused.status, refused.payload.code]).toEqual([403, "objection"]);
      expect((await exchange(request(care, subject))).status).toBe(200);
      await putObjections(objection(subject, ["planning"], objectionId, true));
      expect((await exchange(forPlanning)).status).toBe(200);
    });

    test("LDS-06-R09: an objection set aside by the agreement's exemption (LDS-04) does not refuse", async () => {
      const subject = await freshPerson();
      await putObjections(objection(subject, ["statistics"]));
      const exempt = agreementVersion({
        classes: ["statistics"],
        objection_exemption: { basis: "specific-approval", reference: "CAG 9-99(a)/2026" },
      });
      await put(exempt);
      expect((await exchange(request(exempt, subject, { purpose_class: "statistics" }))).status).toBe(200);
    });

    const purposes: PurposeClass[] = ["direct-care", "safeguarding", "planning", "research", "statistics"];
    const objectable: ObjectablePurpose[] = ["planning", "research", "statistics"];
    const EXEMPTIONS: (ObjectionExemption["basis"] | undefined)[] = [
      undefined,
      undefined,
      "required-by-law",
      "overriding-public-interest",
      "specific-approval",
    ];

    test.prop(
      [
        fc.constantFrom(...purposes),
        fc.subarray(objectable, { minLength: 1 }),
        fc.constantFrom(...EXEMPTIONS),
        fc.boolean(),
      ],
      { numRuns: 40 },
    )(
      "LDS-06-R09, R11: an objection covering the purpose never lets a record out, except for direct care and safeguarding or under an LDS-04 exemption",
      async (purpose, objected, exemption, consentToUse) => {
        const subject = await freshPerson();
        await putObjections(objection(subject, objected));
        const agreement = agreementVersion({
          classes: [purpose],
          ...(exemption ? { objection_exemption: { basis: exemption, reference: "Test exemption reference" } } : {}),
        });
        await put(agreement);
        // Consent to this specific use (LDS-04's consent exemption), recorded for the purpose and named.
        const consentId = randomUUID();
        if (consentToUse) {
          const record = { ...consent(subject, false, consentId), lawful_basis: "art6-1-e" as const };
          record.purposes = [{ purpose_class: purpose, description: "This specific use." }];
          await db.transaction((tx) => putConsentRecord(tx, record));
        }
        const { status, payload } = await exchange(
          request(agreement, subject, { purpose_class: purpose, ...(consentToUse ? { consent_id: consentId } : {}) }),
        );
        const covered = (objected as string[]).includes(purpose);
        const exempted = exemption !== undefined || consentToUse;
        if (covered && !exempted) expect([status, payload.code]).toEqual([403, "objection"]);
        else expect(status, JSON.stringify(payload)).toBe(200);
        if (status === 200)
          expect(purpose === "direct-care" || purpose === "safeguarding" || !covered || exempted).toBe(true);
      },
    );
  });

  describe("the subject (LDS-06-R12)", () => {
    test("LDS-06-R12: only the person the identifier identifies, with a record of the type, is disclosed", async () => {
      const agreement = agreementVersion({ items: [...ALL_FAMILY, ...ALL_SOCIAL_CARE] });
      await put(agreement);
      const code = async (subject: Identifier, record_type: RecordType = FAMILY) => {
        const { status, payload } = await exchange(request(agreement, subject, { record_type }));
        return status === 200 ? 200 : `${status} ${payload.code}`;
      };
      expect(await code({ system: NHS, value: freshNhsNumber() })).toBe("404 subject-not-found");
      expect(await code(AMARA)).toBe(200);
      expect(await code(AMARA, SOCIAL_CARE)).toBe("404 subject-not-found");
      expect(await code(KAI, SOCIAL_CARE)).toBe(200);
      expect(await code(MOHAMMED)).toBe("404 subject-not-found");
      // Eastbrook holds the Hussains' summaries: they are disclosed at Eastbrook's base URL, never here.
      expect(await code(IMRAN)).toBe("404 subject-not-found");
    });
  });

  describe("minimisation, redactions and conditions (LDS-06-R13 to R16)", () => {
    test("LDS-06-R13, R14: the worked example of §5.4", async () => {
      const agreement = agreementVersion({
        items: items(FAMILY, "/household/members", "/needs", "/lead_practitioner"),
        parties: [
          party(NORTHMOOR, "provider", grounds("art6-1-e")),
          party(
            A,
            "recipient",
            grounds("art6-1-e", {
              special_category_conditions: [HEALTH_CONDITION],
              criminal_offence_conditions: ["dpa2018-sch1-p2"],
            }),
          ),
        ],
      });
      await put(agreement);
      const fields = ["/household", "/needs", "/lead_practitioner/role", "/plan"];
      const { status, payload } = await exchange(request(agreement, AMARA, { fields }));
      expect(status).toBe(200);
      expect(payload.redactions).toEqual([
        { pointer: "/household/address", reason: "not-in-agreement" },
        { pointer: "/plan", reason: "not-in-agreement" },
      ]);
      const amara = personas.records!.find((r) => r.person === "persona-amara-okafor")!.record as Record<
        string,
        unknown
      >;
      const source = amara as { household: { members: unknown[] }; needs: unknown };
      expect(payload.record).toEqual({
        household: { members: source.household.members },
        needs: source.needs,
        lead_practitioner: { role: "family-support-worker" },
      });
      expect([...payload.provenance.conditions].sort()).toEqual(["art9-2-h", "dpa2018-sch1-p2"]);
    });

    test("LDS-06-R14: redactions are the same whatever the person's record holds", async () => {
      const agreement = agreementVersion({ items: items(FAMILY, "/household/members", "/needs/housing") });
      await put(agreement);
      const full = await freshPerson();
      const fields = ["/household", "/needs", "/plan/status"];
      const forFull = await exchange(request(agreement, full, { fields }));
      const forAmara = await exchange(request(agreement, AMARA, { fields }));
      expect(forFull.status).toBe(200);
      expect(forAmara.payload.redactions).toEqual(forFull.payload.redactions);
      expect(forFull.payload.redactions).toContainEqual({ pointer: "/needs/crime", reason: "not-in-agreement" });
      // The full record holds a crime need and Amara's none: the redactions are the same, and only housing travels.
      expect(forFull.payload.record.needs).toEqual({
        housing: (FULL_RECORD[FAMILY].needs as { housing: unknown }).housing,
      });
    });

    test("LDS-06-R15: special category data needs the requester's Article 9 condition, whatever the flags say", async () => {
      const childDetails = { record_type: SOCIAL_CARE, pointer: "/child_details" } as DataItem;
      const without = agreementVersion({
        items: [childDetails],
        parties: [party(NORTHMOOR, "provider", grounds("art6-1-e")), party(A, "recipient", grounds("art6-1-e"))],
      });
      const withCondition = agreementVersion({
        items: [childDetails],
        parties: [
          party(NORTHMOOR, "provider", grounds("art6-1-e")),
          party(A, "recipient", grounds("art6-1-e", { special_category_conditions: [HEALTH_CONDITION] })),
        ],
      });
      await put(without, withCondition);
      const gated = await exchange(request(without, KAI, { record_type: SOCIAL_CARE }));
      expect(gated.status).toBe(200);
      expect(gated.payload.record.child_details).toMatchObject({ date_of_birth: "2009-12-12" });
      expect(gated.payload.record.child_details).not.toHaveProperty("ethnicity");
      expect(gated.payload.record.child_details).not.toHaveProperty("disabilities");
      expect(gated.payload.redactions).toEqual([
        { pointer: "/child_details/ethnicity", reason: "special-category-condition-missing" },
        { pointer: "/child_details/disabilities", reason: "special-category-condition-missing" },
      ]);
      expect(gated.payload.provenance).not.toHaveProperty("conditions");
      const open = await exchange(request(withCondition, KAI, { record_type: SOCIAL_CARE }));
      expect(open.payload.record.child_details.ethnicity).toBeDefined();
      expect(open.payload.redactions).toEqual([]);
      expect([...open.payload.provenance.conditions].sort()).toEqual(["art9-2-h", "dpa2018-sch1-p2"]);
    });

    test("LDS-06-R16: criminal offence data needs the requester's Schedule 1 condition", async () => {
      const episodes = items(SOCIAL_CARE, "/social_care_episodes/looked_after_episodes");
      const without = agreementVersion({
        items: episodes,
        parties: [party(NORTHMOOR, "provider", grounds("art6-1-e")), party(A, "recipient", grounds("art6-1-e"))],
      });
      const withCondition = agreementVersion({
        items: episodes,
        parties: [
          party(NORTHMOOR, "provider", grounds("art6-1-e")),
          party(A, "recipient", grounds("art6-1-e", { criminal_offence_conditions: ["dpa2018-sch1-p18"] })),
        ],
      });
      await put(without, withCondition);
      const subject = await freshPerson(SOCIAL_CARE);
      const gated = await exchange(request(without, subject, { record_type: SOCIAL_CARE }));
      const episodesOf = (payload: { record: { social_care_episodes: { looked_after_episodes: object[] }[] } }) =>
        payload.record.social_care_episodes.flatMap((episode) => episode.looked_after_episodes);
      expect(episodesOf(gated.payload)).toEqual([
        { start_date: "2022-03-14", end_date: "2022-09-20" },
        { start_date: "2022-09-21" },
      ]);
      expect(gated.payload.redactions).toEqual([
        {
          pointer: "/social_care_episodes/looked_after_episodes/legal_status",
          reason: "criminal-offence-condition-missing",
        },
      ]);
      const open = await exchange(request(withCondition, subject, { record_type: SOCIAL_CARE }));
      expect(episodesOf(open.payload).map((episode) => (episode as { legal_status: string }).legal_status)).toEqual([
        "C1",
        "C2",
      ]);
      expect(open.payload.provenance.conditions).toEqual(["dpa2018-sch1-p18"]);
    });

    const recordType = fc.constantFrom(FAMILY, SOCIAL_CARE);
    const minimisation = recordType.chain((type) => {
      const pointers = pointerCodeList(catalogue, type).pointers;
      return fc.record({
        type: fc.constant(type),
        items: fc.subarray([...pointers], { minLength: 1, maxLength: 6 }),
        fields: fc.option(fc.subarray([...pointers], { minLength: 1, maxLength: 8 }), { nil: undefined }),
        special: fc.boolean(),
        criminal: fc.boolean(),
      });
    });
    const subjects: Partial<Record<RecordType, Identifier>> = {};

    test.prop([minimisation], { numRuns: 50 })(
      "LDS-06-R13, R14: values only where agreement and request both cover and no gate withholds; every requested field not returned is redacted",
      async ({ type, items: pointers, fields, special, criminal }) => {
        subjects[type] ??= await freshPerson(type);
        const list = pointerCodeList(catalogue, type);
        const agreement = agreementVersion({
          items: items(type, ...pointers),
          parties: [
            party(NORTHMOOR, "provider", grounds("art6-1-e")),
            party(
              A,
              "recipient",
              grounds("art6-1-e", {
                ...(special ? { special_category_conditions: [HEALTH_CONDITION] } : {}),
                ...(criminal ? { criminal_offence_conditions: ["dpa2018-sch1-p18"] } : {}),
              }),
            ),
          ],
        });
        await put(agreement);
        const { status, payload } = await exchange(
          request(agreement, subjects[type]!, { record_type: type, ...(fields ? { fields } : {}) }),
        );
        expect(status, JSON.stringify(payload)).toBe(200);
        const covers = (p: string, q: string) => q === p || q.startsWith(`${p}/`);
        const requested = fields ?? pointers;
        const gated = (q: string) =>
          (list.mark(q) === "special-category" && !special) || (list.mark(q) === "criminal-offence" && !criminal);
        const releasable = (q: string) =>
          requested.some((f) => covers(f, q)) && pointers.some((p) => covers(p, q)) && !gated(q);
        // Every value returned: its pointer (array indices left out) is covered by the agreement and the request,
        // and is not a marked pointer the requester has no condition for.
        const returned = valuePointers(payload.record).map(
          (location) => list.pointers.find((p) => list.isLeaf(p) && covers(p, location))!,
        );
        for (const pointer of returned) expect(releasable(pointer), pointer).toBe(true);
        // Every requested field of which nothing is releasable is listed, itself or a pointer above it.
        const redactions: { pointer: string; reason: string }[] = payload.redactions;
        for (const field of requested) {
          const released = list.pointers.some((q) => covers(field, q) && releasable(q));
          if (!released)
            expect(
              redactions.some((r) => covers(r.pointer, field)),
              field,
            ).toBe(true);
        }
        // Nothing is both returned and redacted, and only what was requested is redacted.
        for (const { pointer } of redactions) {
          expect(
            requested.some((f) => covers(f, pointer)),
            pointer,
          ).toBe(true);
          expect(
            returned.some((q) => covers(pointer, q)),
            pointer,
          ).toBe(false);
        }
        // Conditions are stated exactly when marked values are returned (LDS-06-R15, R16).
        expect(payload.provenance.conditions !== undefined).toBe(returned.some((q) => list.mark(q) !== undefined));
      },
    );
  });

  describe("break-glass (LDS-06-R17 to R19)", () => {
    const breakGlass = { justification: JUSTIFICATION };

    test("LDS-06-R17: without lds-06:break-glass, break-glass is 403 break-glass-not-authorised, even for an unknown agreement", async () => {
      const agreement = agreementVersion();
      await put(agreement);
      for (const body of [
        request(agreement, AMARA, { purpose_class: "safeguarding", break_glass: breakGlass }),
        request(agreementVersion(), AMARA, { purpose_class: "safeguarding", break_glass: breakGlass }),
      ]) {
        const { status, payload } = await exchange(body, tokens.A);
        expect([status, payload.code]).toEqual([403, "break-glass-not-authorised"]);
      }
    });

    test("LDS-06-R17: break-glass for another purpose, on consent, or with a short justification is 422", async () => {
      const agreement = agreementVersion();
      await put(agreement);
      for (const extra of [
        { purpose_class: "planning", break_glass: breakGlass },
        { purpose_class: "direct-care", lawful_basis: "art6-1-e", break_glass: breakGlass },
        { purpose_class: "safeguarding", lawful_basis: "art6-1-a", consent_id: randomUUID(), break_glass: breakGlass },
        { purpose_class: "safeguarding", break_glass: { justification: "Too short." } },
      ]) {
        const { status, payload } = await exchange(request(agreement, AMARA, extra), tokens.ABreakGlass);
        expect([status, payload.code], JSON.stringify(extra)).toEqual([422, "validation-failed"]);
      }
    });

    test("LDS-06-R18, R19: break-glass skips purpose, lawful basis and consent, opens the gates and states emergency conditions", async () => {
      // A consent-based agreement for direct care only, with no criminal offence condition for A, and a person who
      // withdrew the consent (so there is no valid consent) and objects to planning.
      const agreement = agreementVersion({
        classes: ["direct-care"],
        items: items(FAMILY, "/household/members", "/needs"),
        parties: [
          party(NORTHMOOR, "provider", grounds("art6-1-e")),
          party(A, "recipient", grounds("art6-1-a", { special_category_conditions: [{ article_9: "art9-2-a" }] })),
        ],
      });
      await put(agreement);
      const subject = await freshPerson();
      const safeguarding = request(agreement, subject, { purpose_class: "safeguarding", lawful_basis: "art6-1-e" });
      const routine = await exchange(safeguarding, tokens.ABreakGlass);
      expect([routine.status, routine.payload.code]).toEqual([403, "purpose-not-permitted"]);
      expect(routine.entry?.notes.breakGlass).toBe(false);
      expect(routine.entry?.notes).not.toHaveProperty("breakGlassJustification");

      const broken = await exchange(
        { ...safeguarding, break_glass: breakGlass, fields: ["/needs", "/plan"] },
        tokens.ABreakGlass,
      );
      expect(broken.status).toBe(200);
      expect(broken.payload.provenance).toMatchObject({
        break_glass: true,
        purpose_class: "safeguarding",
        lawful_basis: "art6-1-e",
      });
      expect(broken.payload.record.needs.crime).toBeDefined();
      expect(broken.payload.record.needs.mental_and_physical_health).toBeDefined();
      expect([...broken.payload.provenance.conditions].sort()).toEqual([
        "art9-2-g",
        "dpa2018-sch1-p18",
        "dpa2018-sch1-p36",
      ]);
      expect(broken.payload.redactions).toEqual([{ pointer: "/plan", reason: "not-in-agreement" }]);
      expect(broken.entry?.notes).toMatchObject({ breakGlass: true, breakGlassJustification: JUSTIFICATION });

      const vital = await exchange(
        request(agreement, subject, {
          lawful_basis: "art6-1-d",
          fields: ["/needs/crime", "/household/members/given_name"],
          break_glass: breakGlass,
        }),
        tokens.ABreakGlass,
      );
      expect(vital.status).toBe(200);
      expect(vital.payload.provenance.conditions).toEqual(["dpa2018-sch1-p30"]);
      const vitalHealth = await exchange(
        request(agreement, subject, {
          lawful_basis: "art6-1-d",
          fields: ["/needs/substance_use"],
          break_glass: breakGlass,
        }),
        tokens.ABreakGlass,
      );
      expect(vitalHealth.payload.provenance.conditions).toEqual(["art9-2-c"]);
    });

    test("LDS-06-R18: break-glass never overrides the agreement, its parties, its record types or its data items", async () => {
      const v1 = agreementVersion({ classes: ["direct-care"], items: items(FAMILY, "/household/members") });
      await put(v1);
      const body = request(v1, AMARA, {
        purpose_class: "safeguarding",
        fields: ["/household/members/given_name", "/plan"],
        break_glass: breakGlass,
      });
      const permitted = await exchange(body, tokens.ABreakGlass);
      expect(permitted.status).toBe(200);
      expect(permitted.payload.redactions).toEqual([{ pointer: "/plan", reason: "not-in-agreement" }]);
      expect((await exchange(body, tokens.CBreakGlass)).payload.code).toBe("not-a-party");
      expect(
        (await exchange({ ...body, record_type: SOCIAL_CARE, fields: ["/current_status"] }, tokens.ABreakGlass)).payload
          .code,
      ).toBe("record-type-not-in-agreement");
      expect((await exchange({ ...body, subject: MOHAMMED }, tokens.ABreakGlass)).payload.code).toBe(
        "subject-not-found",
      );
      await put(
        agreementVersion({
          id: v1.id,
          version: 2,
          status: "suspended",
          classes: ["direct-care"],
          items: items(FAMILY, "/household/members"),
        }),
      );
      expect((await exchange(body, tokens.ABreakGlass)).payload.code).toBe("agreement-not-active");
    });

    test("LDS-06-R19: provenance.break_glass is true exactly when the request carried break_glass; refusals are noted too", async () => {
      const agreement = agreementVersion({ classes: ["safeguarding"] });
      await put(agreement);
      const ordinary = await exchange(request(agreement, AMARA, { purpose_class: "safeguarding" }), tokens.ABreakGlass);
      expect(ordinary.payload.provenance.break_glass).toBe(false);
      expect(ordinary.entry?.notes.breakGlass).toBe(false);
      const glass = await exchange(
        request(agreement, AMARA, { purpose_class: "safeguarding", break_glass: breakGlass }),
        tokens.ABreakGlass,
      );
      expect(glass.payload.provenance.break_glass).toBe(true);
      const refused = await exchange(
        request(agreement, AMARA, { purpose_class: "safeguarding", break_glass: breakGlass }),
        tokens.A,
      );
      expect(refused.payload.code).toBe("break-glass-not-authorised");
      expect(refused.entry?.notes).toMatchObject({ breakGlass: true, breakGlassJustification: JUSTIFICATION });
    });
  });

  describe("provenance, consistency and the audit link (LDS-06-R20 to R25)", () => {
    test("LDS-06-R20: provenance states what was evaluated; the subject is in canonical form", async () => {
      const agreement = agreementVersion();
      await put(agreement, agreementVersion({ id: agreement.id, version: 2 }));
      const { status, payload, response } = await exchange(
        request(agreement, { system: NHS, value: "999 000 0018" }, { fields: ["/plan"] }),
      );
      expect(status).toBe(200);
      expect(payload.subject).toEqual(AMARA);
      expect(payload.provenance).toEqual({
        record_type: FAMILY,
        source_organisation: NORTHMOOR,
        purpose_class: "direct-care",
        agreement_id: agreement.id,
        agreement_version: 2,
        lawful_basis: "art6-1-e",
        break_glass: false,
        generated_at: NOW.toISOString(),
      });
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    });

    const fieldSets = fc
      .subarray([...pointerCodeList(catalogue, FAMILY).pointers], { minLength: 1, maxLength: 8 })
      .chain((wide) => {
        const narrowable = pointerCodeList(catalogue, FAMILY).pointers.filter((q) =>
          wide.some((p) => q === p || q.startsWith(`${p}/`)),
        );
        return fc.record({
          wide: fc.constant(wide),
          narrow: fc.subarray(narrowable, { minLength: 1, maxLength: Math.min(5, narrowable.length) }),
        });
      });

    test.prop([fieldSets], { numRuns: 30 })(
      "LDS-06-R21: a narrower request returns exactly the corresponding part of a wider one; a repeat is identical",
      async ({ wide, narrow }) => {
        const agreement = agreementVersion({ items: items(FAMILY, "/household", "/needs", "/plan") });
        await put(agreement);
        const wider = await exchange(request(agreement, AMARA, { fields: wide }));
        const narrower = await exchange(request(agreement, AMARA, { fields: narrow }));
        expect([wider.status, narrower.status]).toEqual([200, 200]);
        const list = pointerCodeList(catalogue, FAMILY);
        const covers = (p: string, q: string) => q === p || q.startsWith(`${p}/`);
        const releasedForNarrow = (leaf: string) =>
          narrow.some((f) => covers(f, leaf)) && ["/household", "/needs", "/plan"].some((p) => covers(p, leaf));
        const leafOf = (location: string) => list.pointers.find((p) => list.isLeaf(p) && covers(p, location))!;
        expect(narrower.payload.record).toEqual(
          project(wider.payload.record, (location) => releasedForNarrow(leafOf(location))),
        );
        const repeat = await exchange(request(agreement, AMARA, { fields: narrow }));
        expect([repeat.payload.record, repeat.payload.redactions]).toEqual([
          narrower.payload.record,
          narrower.payload.redactions,
        ]);
      },
    );

    test("LDS-06-R22: every response names the audit event of its request, which notes the request", async () => {
      const agreement = agreementVersion();
      await put(agreement);
      const permitted = await exchange(request(agreement, { system: NHS, value: "999-000-0018" }));
      expect(permitted.payload.audit_event_id).toBe(permitted.entry?.eventId);
      expect(permitted.payload.audit_event_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(permitted.entry?.notes).toMatchObject({
        subjects: [AMARA],
        purpose: "direct-care",
        agreement: { id: agreement.id, version: 1 },
        lawfulBasis: "art6-1-e",
        breakGlass: false,
      });
      expect(permitted.entry?.notes.disclosed).toEqual(
        ALL_FAMILY.map((item) => ({ record_type: item.record_type, pointer: item.pointer })),
      );
      for (const body of [request(agreementVersion(), AMARA), request(agreement, MOHAMMED)]) {
        const refused = await exchange(body);
        expect(refused.status).toBeGreaterThanOrEqual(400);
        expect(refused.payload.audit_event_id).toBe(refused.entry?.eventId);
        expect(refused.entry?.notes).not.toHaveProperty("disclosed");
      }
    });

    test("LDS-06-R23: when the registers cannot be read the answer is 503 decision-unavailable, with nothing of the record", async () => {
      const agreement = agreementVersion({ classes: ["planning"] });
      await put(agreement);
      const body = request(agreement, AMARA, { purpose_class: "planning" });
      for (const table of ["agreement_versions", "objections"]) {
        await db.query(`ALTER TABLE ${table} RENAME TO ${table}_unavailable`);
        try {
          const { status, payload, response } = await exchange(body);
          expect([status, payload.code], table).toEqual([503, "decision-unavailable"]);
          expect(response.headers.get("content-type")).toBe("application/problem+json");
          for (const member of ["record", "redactions", "provenance"]) expect(payload).not.toHaveProperty(member);
        } finally {
          await db.query(`ALTER TABLE ${table}_unavailable RENAME TO ${table}`);
        }
      }
      expect((await exchange(body)).status).toBe(200);
    });

    test("LDS-06-R24: responses and LDS-06 problems carry Cache-Control: no-store", async () => {
      const agreement = agreementVersion();
      await put(agreement);
      for (const body of [
        request(agreement, AMARA),
        request(agreementVersion(), AMARA),
        request(agreement, MOHAMMED),
      ]) {
        const response = await ask(body);
        expect(response.headers.get("cache-control"), String(response.status)).toMatch(/(^|[ ,])no-store($|[ ,])/);
      }
    });

    test("LDS-06-R25: source_updated_at is stated when known, never later than generated_at, and stable", async () => {
      const agreement = agreementVersion();
      await put(agreement);
      const known = await freshPerson(FAMILY, "2026-11-20T08:30:00Z");
      const first = await exchange(request(agreement, known, { fields: ["/plan"] }));
      const second = await exchange(request(agreement, known, { fields: ["/plan"] }));
      expect(first.payload.provenance.source_updated_at).toBe("2026-11-20T08:30:00Z");
      expect(Date.parse(first.payload.provenance.source_updated_at)).toBeLessThanOrEqual(
        Date.parse(first.payload.provenance.generated_at),
      );
      expect(second.payload.provenance.source_updated_at).toBe(first.payload.provenance.source_updated_at);
      const future = await freshPerson(FAMILY, "2026-12-01T00:00:00Z");
      const later = await exchange(request(agreement, future, { fields: ["/plan"] }));
      expect(later.payload.provenance).not.toHaveProperty("source_updated_at");
    });
  });
});

/** The pointer of every value in a record that is not an object or array, with array indices left out. */
function valuePointers(value: unknown, location = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuePointers(item, location));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([name, member]) => valuePointers(member, `${location}/${name}`));
  }
  return [location];
}

/**
 * A record with every value whose pointer (array indices left out) is not kept removed, and the objects and arrays
 * left empty removed: the oracle of LDS-06-R21, written independently of the platform's minimisation.
 */
function project(value: unknown, keep: (pointer: string) => boolean, location = ""): unknown {
  if (Array.isArray(value)) {
    const kept = value.map((item) => project(item, keep, location)).filter((item) => item !== undefined);
    return kept.length ? kept : undefined;
  }
  if (value && typeof value === "object") {
    const kept = Object.entries(value)
      .map(([name, member]) => [name, project(member, keep, `${location}/${name}`)] as const)
      .filter(([, member]) => member !== undefined);
    return kept.length ? Object.fromEntries(kept) : location === "" ? {} : undefined;
  }
  return keep(location) ? value : undefined;
}

import { fc, test } from "@fast-check/vitest";
import { upnCheckLetter } from "@lds/identifiers";
import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { describe, expect } from "vitest";
import { putAgreementVersion } from "../src/lds-05/agreements.ts";
import { call, engines, json, nhsNumbers } from "./harness.ts";
import {
  A,
  B,
  bySubject,
  C,
  lds04Platform,
  nhs,
  OBJECTABLE,
  PURPOSES,
  party,
  SCOPES,
  START,
  subjectRequest,
} from "./lds-04-fixture.ts";

// LDS-04 decisions on both engines, and the scopes of every LDS-04 operation: consent valid for a use, uses relying
// on consent, covering objections and their exemptions, and the decision with its reasons in order.

const EXEMPTION = { basis: "specific-approval", reference: "CAG 25/CAG/0999" } as const;

const freshNhsNumber = nhsNumbers(600_000);
/** Unique Pupil Number bodies no other test uses. */
let upnSerial = 600_000;
const newId = () => crypto.randomUUID();

/**
 * One LDS-05 agreement version: A provides to B; B's special category conditions and the exemption as given; in
 * effect from 2026-01-01 (before every test's clock) with no expiry, unless other dates are given.
 */
function agreementVersion(
  id: string,
  version: number,
  status: "draft" | "active" | "suspended",
  options: {
    exemption?: boolean;
    conditions?: { article_9: string; schedule_1?: string }[];
    effective_from?: string;
    expires_on?: string;
  } = {},
): DataSharingAgreementVersion {
  const grounds = { article_6: "art6-1-e", legal_powers: [{ citation: "Children Act 2004, section 10" }] };
  return {
    id,
    version,
    status,
    created_at: "2026-01-01T00:00:00Z",
    created_by: A,
    change_type: version === 1 ? "created" : "status-changed",
    ...(version === 1 ? {} : { change_summary: `Version ${version}.` }),
    terms: {
      title: "Test agreement",
      parties: [
        { organisation: A, name: "Council", role: "controller", sharing_role: "provider", lawful_basis: grounds },
        {
          organisation: B,
          name: "Trust",
          role: "controller",
          sharing_role: "recipient",
          lawful_basis: {
            ...grounds,
            ...(options.conditions ? { special_category_conditions: options.conditions } : {}),
          },
        },
      ],
      effective_from: options.effective_from ?? "2026-01-01",
      ...(options.expires_on === undefined ? {} : { expires_on: options.expires_on }),
      ...(options.exemption ? { objection_exemption: EXEMPTION } : {}),
    },
  } as DataSharingAgreementVersion;
}

describe.each(engines)("LDS-04 decisions on %s", async (engine) => {
  const { platform, clock, token, post, get: getAs, person: storePerson } = await lds04Platform(engine);
  const seed = (...versions: DataSharingAgreementVersion[]) =>
    platform.context.db.transaction(async (tx) => {
      for (const version of versions) await putAgreementVersion(tx, version);
    });
  const person = (identifiers: { system: string; value: string }[]) =>
    storePerson(`person-${identifiers[0]!.value}`, identifiers);
  const a = await token(A);
  const get = (path: string) => getAs(a, path);
  const created = async (response: Response) => {
    expect(response.status).toBe(201);
    return json(response);
  };
  const object = async (subject: unknown, purposes: readonly string[]) =>
    created(await post(a, "/objections", { subject, purposes, ...bySubject }));
  /** A consent-record-input: A controls, B receives, consent to `purpose` given, as its lawful basis. */
  const consentInput = (subject: unknown, purpose: string, more: Record<string, unknown> = {}) => ({
    subject,
    controllers: [party(A)],
    recipients: [party(B)],
    notice: { url: "https://northmoor.example/privacy", version: "1", language: "en-GB" },
    purposes: [{ purpose_class: purpose, description: "The use consented to." }],
    lawful_basis: "art6-1-a",
    personal_data: [{ description: "Contact details", special_category: false }],
    retention: { period: "P6Y" },
    storage_locations: ["GB"],
    jurisdiction: "GB-ENG",
    withdrawal_method: { description: "Tell your lead practitioner." },
    event: { state: "given", ...bySubject, consent_type: "explicit" },
    ...more,
  });
  const consent = async (subject: unknown, purpose: string, more: Record<string, unknown> = {}) =>
    created(await post(a, "/consent-records", consentInput(subject, purpose, more)));
  const decide = async (body: Record<string, unknown>) => {
    const response = await post(a, "/decisions", body);
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200);
    const decision = await json(response);
    expect(decision.evaluated_at).toBe(new Date(clock.now).toISOString());
    return decision;
  };
  /** The body without evaluated_at: what a model predicts. */
  const outcome = async (body: Record<string, unknown>) => {
    const { evaluated_at: _at, ...rest } = await decide(body);
    return rest;
  };
  const agreementId = newId();
  await seed(agreementVersion(agreementId, 1, "draft"), agreementVersion(agreementId, 2, "active"));
  const use = (subject: unknown, purpose_class: string, more: Record<string, unknown> = {}) => ({
    subject,
    purpose_class,
    requester: B,
    agreement_id: agreementId,
    agreement_version: 2,
    lawful_basis: "art6-1-e",
    ...more,
  });

  test("LDS-04-R01 each operation needs its own scope: without it 403 forbidden and nothing changes", async () => {
    const subject = nhs(freshNhsNumber());
    const record = await consent(subject, "research");
    const objection = await object(subject, ["research"]);
    const consentEvent = { state: "withdrawn", ...bySubject };
    const requests: [string, string, string, unknown?][] = [
      ["lds-04:write", "POST", "/consent-records", consentInput(subject, "research")],
      ["lds-04:read", "GET", `/consent-records/${record.id}`],
      ["lds-04:write", "POST", `/consent-records/${record.id}/events`, consentEvent],
      ["lds-04:read", "POST", "/consent-records/$search", { subject }],
      ["lds-04:write", "POST", "/objections", { subject, purposes: ["planning"], ...bySubject }],
      ["lds-04:read", "GET", `/objections/${objection.id}`],
      ["lds-04:write", "POST", `/objections/${objection.id}/$withdraw`, subjectRequest],
      ["lds-04:read", "POST", "/objections/$search", { subject }],
      ["lds-04:check", "POST", "/objections/$check", { purpose_class: "research", subjects: [subject] }],
      ["lds-04:decide", "POST", "/decisions", use(subject, "research")],
    ];
    const searchBoth = async () => ({
      consents: (await json(await post(a, "/consent-records/$search", { subject }))).items,
      objections: (await json(await post(a, "/objections/$search", { subject }))).items,
    });
    const before = await searchBoth();
    for (const [scope, method, path, body] of requests) {
      const lacking = await token(
        A,
        SCOPES.filter((s) => s !== scope),
      );
      const response = await call(platform, method, `/v1${path}`, { token: lacking, ...(body ? { body } : {}) });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect((await json(response)).code).toBe("forbidden");
      const granted = await call(platform, method, `/v1${path}`, { token: await token(A, [scope]) });
      expect(granted.status, `${method} ${path} with ${scope}`).not.toBe(403);
    }
    expect(await searchBoth()).toEqual(before);
    expect((await get(`/objections/${objection.id}`)).status).toBe("active");
  });

  test("LDS-04-R10 consent is valid for a use only when every condition holds", async () => {
    const [subject, other] = [nhs(freshNhsNumber()), nhs(freshNhsNumber())];
    const body = `992${String(upnSerial++).padStart(9, "0")}`;
    const upn = { system: "urn:lds:id:upn", value: `${upnCheckLetter(body)}${body}` };
    await person([subject, upn]);
    const record = await consent(subject, "research", { agreement_ids: [agreementId] });
    const first = async (body: Record<string, unknown>) => (await decide(body)).reasons[0];
    const valid = use(subject, "research", { consent_id: record.id });
    expect(await first(valid)).toEqual({ code: "consent-valid", ref: record.id });
    const notValid = { code: "consent-not-valid", ref: record.id };
    expect(await first({ ...valid, subject: other })).toEqual(notValid);
    expect(await first({ ...valid, purpose_class: "planning" })).toEqual(notValid);
    expect(await first({ ...valid, requester: C })).toEqual(notValid);
    expect(await first({ ...valid, agreement_id: newId() })).toEqual(notValid);
    const unknown = newId();
    expect(await first({ ...valid, consent_id: unknown })).toEqual({ code: "consent-not-valid", ref: unknown });
    // The controller is as good as the recipient; the subject may be given by another of the person's identifiers.
    expect(await first({ ...valid, requester: A })).toEqual({ code: "consent-valid", ref: record.id });
    expect(await first({ ...valid, subject: upn })).toEqual({ code: "consent-valid", ref: record.id });
    await post(a, `/consent-records/${record.id}/events`, { state: "withdrawn", ...bySubject });
    expect(await first(valid)).toEqual(notValid);
  });

  test("LDS-04-R09 R10 consent past its valid_until is not valid for a use", async () => {
    const subject = nhs(freshNhsNumber());
    const until = new Date(clock.now + 10_000).toISOString();
    const record = await consent(subject, "research", {
      event: { state: "given", ...bySubject, consent_type: "explicit", valid_until: until },
    });
    const body = use(subject, "research", { consent_id: record.id });
    expect((await decide(body)).reasons[0].code).toBe("consent-valid");
    clock.now += 10_000;
    expect((await decide(body)).reasons[0].code).toBe("consent-not-valid");
    clock.now = START;
  });

  test("LDS-04-R20 a use relying on consent, or on explicit consent, needs valid consent", async () => {
    const subject = nhs(freshNhsNumber());
    const record = await consent(subject, "direct-care");
    const onConsent = use(subject, "direct-care", { lawful_basis: "art6-1-a" });
    expect(await outcome(onConsent)).toEqual({
      decision: "deny",
      reasons: [{ code: "no-valid-consent" }, { code: "purpose-not-objectable" }],
      exemptions_considered: [],
    });
    expect(await outcome({ ...onConsent, consent_id: record.id })).toEqual({
      decision: "permit",
      reasons: [{ code: "consent-valid", ref: record.id }, { code: "purpose-not-objectable" }],
      exemptions_considered: [],
    });
    await post(a, `/consent-records/${record.id}/events`, { state: "withdrawn", ...bySubject });
    expect((await outcome({ ...onConsent, consent_id: record.id })).reasons).toEqual([
      { code: "consent-not-valid", ref: record.id },
      { code: "no-valid-consent" },
      { code: "purpose-not-objectable" },
    ]);

    // B's only special category condition is explicit consent: the use relies on it, whatever its lawful basis.
    const explicitAgreement = newId();
    await seed(
      agreementVersion(explicitAgreement, 1, "draft", { conditions: [{ article_9: "art9-2-a" }] }),
      agreementVersion(explicitAgreement, 2, "active", { conditions: [{ article_9: "art9-2-a" }] }),
    );
    const explicitUse = use(subject, "direct-care", { agreement_id: explicitAgreement });
    expect((await outcome(explicitUse)).decision).toBe("deny");
    expect((await outcome(explicitUse)).reasons).toContainEqual({ code: "no-valid-consent" });
    const special = {
      personal_data: [{ description: "Health needs", special_category: true }],
      special_category_conditions: [{ article_9: "art9-2-a" }],
    };
    const explicitRecord = await consent(subject, "direct-care", special);
    expect(await outcome({ ...explicitUse, consent_id: explicitRecord.id })).toMatchObject({
      decision: "permit",
      reasons: [{ code: "consent-valid", ref: explicitRecord.id }, { code: "purpose-not-objectable" }],
    });
    const plainRecord = await consent(subject, "direct-care");
    expect(await outcome({ ...explicitUse, consent_id: plainRecord.id })).toMatchObject({
      decision: "deny",
      reasons: [
        { code: "consent-not-valid", ref: plainRecord.id },
        { code: "no-valid-consent" },
        { code: "purpose-not-objectable" },
      ],
    });
    // A condition other than explicit consent for B: the use does not rely on consent.
    const mixed = newId();
    const conditions = [{ article_9: "art9-2-a" }, { article_9: "art9-2-h", schedule_1: "dpa2018-sch1-p2" }];
    await seed(
      agreementVersion(mixed, 1, "draft", { conditions }),
      agreementVersion(mixed, 2, "active", { conditions }),
    );
    expect((await outcome({ ...explicitUse, agreement_id: mixed })).decision).toBe("permit");
  });

  test("LDS-04-R21 the README's worked examples", async () => {
    const subject = nhs(freshNhsNumber());
    const objection = await object(subject, ["research"]);
    const record = await consent(subject, "research");
    expect(await outcome(use(subject, "research"))).toEqual({
      decision: "deny",
      reasons: [{ code: "objection", ref: objection.id }],
      exemptions_considered: [],
    });
    expect(await outcome(use(subject, "research", { consent_id: record.id }))).toEqual({
      decision: "permit",
      reasons: [
        { code: "consent-valid", ref: record.id },
        { code: "objection-exempted", ref: objection.id },
      ],
      exemptions_considered: [{ type: "consent", reference: record.id, applied: true }],
    });
    const anonymised = { type: "anonymised-output", reference: "NORTHMOOR-SDC-METHOD-2" };
    expect(await outcome(use(subject, "research", { exemptions: [anonymised] }))).toEqual({
      decision: "permit",
      reasons: [{ code: "objection-exempted", ref: objection.id }],
      exemptions_considered: [{ ...anonymised, applied: true }],
    });
    expect(await outcome(use(subject, "planning"))).toEqual({
      decision: "permit",
      reasons: [{ code: "no-covering-objection" }],
      exemptions_considered: [],
    });
    expect(await outcome(use(subject, "direct-care", { lawful_basis: "art6-1-a" }))).toEqual({
      decision: "deny",
      reasons: [{ code: "no-valid-consent" }, { code: "purpose-not-objectable" }],
      exemptions_considered: [],
    });
    expect(await outcome(use(subject, "safeguarding"))).toEqual({
      decision: "permit",
      reasons: [{ code: "purpose-not-objectable" }],
      exemptions_considered: [],
    });
  });

  test("LDS-04-R22 exemptions are considered in order, the agreement's only while its cited version is latest and the agreement in force", async () => {
    const subject = nhs(freshNhsNumber());
    const objection = await object(subject, ["research"]);
    const exempting = newId();
    await seed(agreementVersion(exempting, 1, "draft", { exemption: true }));
    await seed(agreementVersion(exempting, 2, "active", { exemption: true }));
    const agreementExemption = (applied: boolean) => ({
      type: EXEMPTION.basis,
      reference: EXEMPTION.reference,
      applied,
    });
    const under = (version: number, more: Record<string, unknown> = {}) =>
      outcome(use(subject, "research", { agreement_id: exempting, agreement_version: version, ...more }));
    const exempted = [{ code: "objection-exempted", ref: objection.id }];
    const objected = [{ code: "objection", ref: objection.id }];

    // (a) a valid consent, (b) one withdrawn
    const record = await consent(subject, "research");
    expect(await outcome(use(subject, "research", { consent_id: record.id }))).toMatchObject({
      decision: "permit",
      exemptions_considered: [{ type: "consent", reference: record.id, applied: true }],
    });
    await post(a, `/consent-records/${record.id}/events`, { state: "withdrawn", ...bySubject });
    expect(await outcome(use(subject, "research", { consent_id: record.id }))).toEqual({
      decision: "deny",
      reasons: [{ code: "consent-not-valid", ref: record.id }, ...objected],
      exemptions_considered: [{ type: "consent", reference: record.id, applied: false }],
    });
    // (c) the latest version, active, with an exemption; all three kinds, in order
    expect(await under(2)).toEqual({
      decision: "permit",
      reasons: exempted,
      exemptions_considered: [agreementExemption(true)],
    });
    const claim = { type: "anonymised-output", reference: "SDC-1" };
    expect((await under(2, { consent_id: record.id, exemptions: [claim] })).exemptions_considered).toEqual([
      { type: "consent", reference: record.id, applied: false },
      agreementExemption(true),
      { ...claim, applied: true },
    ]);
    // (d) suspended: neither the suspended version nor the one before it is both latest and active
    await seed(agreementVersion(exempting, 3, "suspended", { exemption: true }));
    expect(await under(3)).toEqual({
      decision: "deny",
      reasons: objected,
      exemptions_considered: [agreementExemption(false)],
    });
    expect(await under(2)).toEqual({
      decision: "deny",
      reasons: objected,
      exemptions_considered: [agreementExemption(false)],
    });
    // (e) active again: the new version exempts, the earlier one cited does not
    await seed(agreementVersion(exempting, 4, "active", { exemption: true }));
    expect((await under(4)).decision).toBe("permit");
    expect(await under(2)).toEqual({
      decision: "deny",
      reasons: objected,
      exemptions_considered: [agreementExemption(false)],
    });
    // (f) an anonymised output exempts whatever the agreement says
    expect(await under(3, { exemptions: [claim] })).toEqual({
      decision: "permit",
      reasons: exempted,
      exemptions_considered: [agreementExemption(false), { ...claim, applied: true }],
    });
    // With no covering objection nothing is considered.
    expect((await under(4, { purpose_class: "planning", exemptions: [claim] })).exemptions_considered).toEqual([]);

    // (g) an active latest version exempts only while the agreement is in force on the UTC date of the evaluation:
    // not once it has expired, not before it takes effect, and on its first and last days.
    const dated = async (dates: { effective_from?: string; expires_on?: string }) => {
      const id = newId();
      await seed(agreementVersion(id, 1, "active", { exemption: true, ...dates }));
      return (await outcome(use(subject, "research", { agreement_id: id, agreement_version: 1 })))
        .exemptions_considered;
    };
    expect(await dated({ expires_on: "2026-11-24" })).toEqual([agreementExemption(false)]);
    expect(await dated({ effective_from: "2026-11-26" })).toEqual([agreementExemption(false)]);
    expect(await dated({ effective_from: "2026-11-25", expires_on: "2026-11-25" })).toEqual([agreementExemption(true)]);
    const lastDay = newId();
    await seed(agreementVersion(lastDay, 1, "active", { exemption: true, expires_on: "2026-11-25" }));
    /** The decision at another time, with a token issued then. */
    const underLastDay = async (at: string) => {
      clock.now = Date.parse(at);
      const response = await post(await token(A), "/decisions", {
        ...use(subject, "research", { agreement_id: lastDay, agreement_version: 1 }),
      });
      expect(response.status).toBe(200);
      const { evaluated_at, ...decision } = await json(response);
      expect(evaluated_at).toBe(at);
      return decision;
    };
    try {
      expect(await underLastDay("2026-11-25T23:59:59.999Z")).toMatchObject({
        decision: "permit",
        exemptions_considered: [agreementExemption(true)],
      });
      expect(await underLastDay("2026-11-26T00:00:00.000Z")).toEqual({
        decision: "deny",
        reasons: objected,
        exemptions_considered: [agreementExemption(false)],
      });
    } finally {
      clock.now = START;
    }
  });

  test("LDS-04-R23 reasons in order, objections oldest first; the same question gets the same answer", async () => {
    const subject = nhs(freshNhsNumber());
    clock.now = START + 120_000;
    const second = await object(subject, ["research", "planning"]);
    clock.now = START + 60_000;
    const first = await object(subject, ["research"]);
    clock.now = START + 180_000;
    const third = await object(subject, ["statistics"]);
    const body = use(subject, "research");
    const decision = await outcome(body);
    expect(decision.reasons).toEqual([
      { code: "objection", ref: first.id },
      { code: "objection", ref: second.id },
    ]);
    expect(decision.reasons).not.toContainEqual(expect.objectContaining({ ref: third.id }));
    clock.now += 1_000;
    expect(await outcome(body)).toEqual(decision);
    clock.now = START;
  });

  // Model-based (LDS-04-R21 to R23): objections set and withdrawn at random for one person, and after each change a
  // random use — any purpose, with or without an anonymised-output claim, under an agreement version that exempts
  // (latest, and the agreement in force), exempts no longer (superseded), or has no exemption. The whole decision is the model's: an
  // objection covering the purpose denies unless an exemption applies, and nothing blocks direct care or safeguarding.
  const superseded = newId();
  const exemptNow = newId();
  const agreements = { none: [agreementId, 2], exempt: [exemptNow, 2], superseded: [superseded, 2] } as const;
  await seed(
    agreementVersion(exemptNow, 1, "draft", { exemption: true }),
    agreementVersion(exemptNow, 2, "active", { exemption: true }),
    agreementVersion(superseded, 1, "draft", { exemption: true }),
    agreementVersion(superseded, 2, "active", { exemption: true }),
    agreementVersion(superseded, 3, "active", { exemption: true }),
  );
  const steps = fc.array(
    fc.record({
      change: fc.oneof(
        fc.record({ kind: fc.constant("object" as const), purposes: fc.subarray([...OBJECTABLE], { minLength: 1 }) }),
        fc.record({ kind: fc.constant("withdraw" as const), pick: fc.nat() }),
      ),
      purpose: fc.constantFrom(...PURPOSES),
      anonymised: fc.boolean(),
      agreement: fc.constantFrom("none", "exempt", "superseded") as fc.Arbitrary<keyof typeof agreements>,
      lawful_basis: fc.constantFrom("art6-1-c", "art6-1-e", "art6-1-f"),
    }),
    { minLength: 1, maxLength: 8 },
  );
  test.prop([steps], { numRuns: 12 })(
    "LDS-04-R21 R22 R23 a covering objection denies unless exempted, and never blocks direct care or safeguarding",
    async (history) => {
      const subject = nhs(freshNhsNumber());
      await person([subject]);
      const objections: { id: string; purposes: string[]; active: boolean }[] = [];
      for (const step of history) {
        clock.now += 1_000;
        if (step.change.kind === "object") {
          const objection = await object(subject, step.change.purposes);
          objections.push({ id: objection.id, purposes: step.change.purposes, active: true });
        } else {
          const active = objections.filter((objection) => objection.active);
          if (active.length) {
            const target = active[step.change.pick % active.length]!;
            expect((await post(a, `/objections/${target.id}/$withdraw`, subjectRequest)).status).toBe(200);
            target.active = false;
          }
        }
        const [agreement_id, agreement_version] = agreements[step.agreement];
        const claim = { type: "anonymised-output", reference: "SDC-1" };
        const body = use(subject, step.purpose, {
          agreement_id,
          agreement_version,
          lawful_basis: step.lawful_basis,
          ...(step.anonymised ? { exemptions: [claim] } : {}),
        });
        const covering = objections.filter((o) => o.active && o.purposes.includes(step.purpose));
        const considered = [
          ...(step.agreement === "none"
            ? []
            : [{ type: EXEMPTION.basis, reference: EXEMPTION.reference, applied: step.agreement === "exempt" }]),
          ...(step.anonymised ? [{ ...claim, applied: true }] : []),
        ];
        const exempt = considered.some((exemption) => exemption.applied);
        const expected =
          step.purpose === "direct-care" || step.purpose === "safeguarding"
            ? { decision: "permit", reasons: [{ code: "purpose-not-objectable" }], exemptions_considered: [] }
            : covering.length === 0
              ? { decision: "permit", reasons: [{ code: "no-covering-objection" }], exemptions_considered: [] }
              : {
                  decision: exempt ? "permit" : "deny",
                  reasons: covering.map((o) => ({ code: exempt ? "objection-exempted" : "objection", ref: o.id })),
                  exemptions_considered: considered,
                };
        expect(await outcome(body)).toEqual(expected);
      }
      clock.now = START;
    },
    120_000,
  );
});

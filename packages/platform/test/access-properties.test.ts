import { fc, test } from "@fast-check/vitest";
import type { DataSharingAgreementTerms } from "@lds/types/lds-05";
import type { RecordType } from "@lds/types/lds-06";
import { describe, expect } from "vitest";
import { seedSandbox } from "../src/index.ts";
import { pointerCodeList } from "../src/lds-06/pointer-code-list.ts";
import {
  type AccessModel,
  type AgreementState,
  coveringObjections,
  covers,
  exempted,
  expectedAnswer,
  OBJECTABLE,
  PURPOSES,
  RECORD_TYPES,
  type RecordRequest,
  type Subject,
  subjectsOf,
  termsFrom,
  valuePointers,
} from "./access-model.ts";
import { auditLedger, type Sender } from "./audit-ledger.ts";
import { call, engines, json, testPlatform } from "./harness.ts";

// The access properties of the whole platform, over generated sequences of LDS-05 agreement changes, LDS-04
// objections and consents, and LDS-06 record requests, each sent through the platform's own operations as the
// sandbox's clients, and checked after every step against a model of the registers:
// - an objection covering the purpose never lets a record out unless LDS-04 exempts the use, and none covers direct
//   care or safeguarding (LDS-04-R11, R21, R22; LDS-06-R09, R11);
// - a released record holds values only where a data item of the agreement and a requested field both cover
//   (LDS-06-R13);
// - the audit trail holds exactly one event per authenticated request to an audited operation, refused and invalid
//   ones included, and its hash chain verifies (LDS-07-R01, R09 to R11).

const HOST = "org-northmoor-council";
const REQUESTER = "org-test-requester-a";
/** The personas' multi-agency safeguarding agreement: its terms are the template of every agreement created here. */
const TEMPLATE = "aaaaaaaa-0005-4000-8000-000000000002";
/** Personas with family support or social care records, or none, and with or without objections of their own. */
const PERSONAS = [
  "persona-amara-okafor",
  "persona-grace-adeyemi",
  "persona-ella-brennan",
  "persona-kai-thompson",
  "persona-dorothy-fairweather",
];
const NHS = "https://fhir.nhs.uk/Id/nhs-number";
const bySubject = { actor: { role: "subject" }, channel: "online" };

describe.each(engines)("access properties on %s", async (engine) => {
  // A clock that moves on a millisecond at each reading, from a day on which every template date is in force.
  let tick = Date.parse("2026-06-01T09:00:00.000Z");
  const platform = await testPlatform(engine, { now: () => new Date(tick++) });
  const { catalogue } = platform.context;
  const clients = await seedSandbox(platform);
  const tokenOf = async (organisationId: string, scope?: string): Promise<{ token: string }> => {
    const client = clients.find((candidate) => candidate.organisationId === organisationId)!;
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: client.clientId,
      client_secret: client.clientSecret,
      ...(scope === undefined ? {} : { scope }),
    });
    const response = await call(platform, "POST", "/v1/token", {
      body: form.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(200);
    return { token: (await json(response)).access_token };
  };
  const host = await tokenOf(HOST);
  const requester = await tokenOf(REQUESTER);
  /** The requester with a scope that allows no LDS-06 or LDS-04 operation. */
  const unscoped = await tokenOf(REQUESTER, "lds-05:read");
  const ledger = auditLedger(platform, host.token);
  const { send } = ledger;

  const personas = catalogue.personas!;
  const organisation = (id: string) => personas.organisations.find((candidate) => candidate.id === id)!;
  const [hostId, requesterId] = [organisation(HOST).identifiers[0]!, organisation(REQUESTER).identifiers[0]!];
  const template = personas.agreements!.filter((version) => version.id === TEMPLATE).at(-1)!.terms;
  const ITEMS = template.data_items!;
  const subjects = subjectsOf(catalogue, PERSONAS, HOST);
  const pointers = (type: RecordType) => pointerCodeList(catalogue, type).pointers;
  const terms = (state: Pick<AgreementState, "classes" | "items" | "exemption">): DataSharingAgreementTerms =>
    termsFrom(template, hostId.value, requesterId.value, state);
  const party = (identifier: typeof hostId, name: string) => ({
    organisation: identifier,
    name,
    address: "1 Test Street, Northmoor NM9 9ZZ",
    contact: "mailto:dpo@example.org",
  });

  /** A response's status, and its body as JSON; the status must be the one expected. */
  const expectStatus = async (response: Response, status: number) => {
    const body = response.status === 204 ? undefined : await json(response);
    expect(response.status, JSON.stringify(body)).toBe(status);
    return body;
  };

  /** The model at the start of a sequence: no agreements of its own, and the subjects' active objections now. */
  async function currentModel(): Promise<AccessModel> {
    await ledger.restart();
    const model: AccessModel = { agreements: [], objections: [], consents: [] };
    for (const subject of subjects) {
      for (let number = 1; ; number++) {
        const response = await send("searchObjections", requester, {
          query: `?size=100&page=${number}`,
          body: { subject: { system: NHS, value: subject.nhs }, status: "active" },
        });
        const page = await expectStatus(response, 200);
        for (const objection of page.items) {
          model.objections.push({ id: objection.id, subject: subject.nhs, purposes: objection.purposes, active: true });
        }
        if (!page.links.next) break;
      }
    }
    await ledger.check();
    return model;
  }

  /** A step of a sequence: what it does to the platform and the model, then the audit trail's check. */
  type Step = fc.AsyncCommand<AccessModel, object>;
  const step = (
    name: string,
    check: (model: Readonly<AccessModel>) => boolean,
    run: (model: AccessModel) => Promise<void>,
  ): Step => ({
    check,
    run: async (model) => {
      await run(model);
      await ledger.check();
    },
    toString: () => name,
  });
  const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;
  const classes = fc.subarray([...PURPOSES], { minLength: 1 });
  /** Whether an agreement's terms exempt uses from objections: now and then. */
  const exemption = fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
  const itemIndexes = fc.subarray(
    ITEMS.map((_, index) => index),
    { minLength: 1 },
  );

  const createAgreement = fc.record({ classes, itemIndexes, exemption }).map(({ classes, itemIndexes, exemption }) =>
    step(
      `createAgreement(${classes}, items ${itemIndexes}, exemption ${exemption})`,
      () => true,
      async (model) => {
        const state = { classes, items: itemIndexes.map((index) => ITEMS[index]!), exemption };
        const draft = await expectStatus(await send("createAgreement", host, { body: { terms: terms(state) } }), 201);
        const active = await expectStatus(
          await send("changeAgreementStatus", host, {
            params: { agreement_id: draft.id },
            body: { to: "active", based_on_version: 1, change_summary: "Approved by both controllers." },
          }),
          201,
        );
        model.agreements.push({ id: draft.id, version: active.version, status: "active", ...state });
      },
    ),
  );

  const changeStatus = fc.nat().map((index) =>
    step(
      `changeAgreementStatus(#${index})`,
      (model) => model.agreements.length > 0,
      async (model) => {
        const agreement = pick(model.agreements, index);
        const to = agreement.status === "active" ? "suspended" : "active";
        const version = await expectStatus(
          await send("changeAgreementStatus", host, {
            params: { agreement_id: agreement.id },
            body: { to, based_on_version: agreement.version, change_summary: `Made ${to}.` },
          }),
          201,
        );
        Object.assign(agreement, { version: version.version, status: to });
      },
    ),
  );

  const amendAgreement = fc.record({ index: fc.nat(), itemIndexes, exemption }).map((change) =>
    step(
      `amendAgreement(#${change.index}, items ${change.itemIndexes}, exemption ${change.exemption})`,
      (model) => model.agreements.length > 0,
      async (model) => {
        const agreement = pick(model.agreements, change.index);
        const state = {
          classes: agreement.classes,
          items: change.itemIndexes.map((index) => ITEMS[index]!),
          exemption: change.exemption,
        };
        const version = await expectStatus(
          await send("amendAgreement", host, {
            params: { agreement_id: agreement.id },
            body: { based_on_version: agreement.version, change_summary: "Amended.", terms: terms(state) },
          }),
          201,
        );
        Object.assign(agreement, { version: version.version, ...state });
      },
    ),
  );

  const object = fc
    .record({ subject: fc.nat(), purposes: fc.subarray([...OBJECTABLE], { minLength: 1 }) })
    .map(({ subject: index, purposes }) =>
      step(
        `createObjection(subject #${index}, ${purposes})`,
        () => true,
        async (model) => {
          const subject = pick(subjects, index);
          const objection = await expectStatus(
            await send("createObjection", requester, {
              body: { subject: { system: NHS, value: subject.nhs }, purposes, ...bySubject },
            }),
            201,
          );
          model.objections.push({ id: objection.id, subject: subject.nhs, purposes, active: true });
        },
      ),
    );

  const withdrawObjection = fc.nat().map((index) =>
    step(
      `withdrawObjection(#${index})`,
      (model) => model.objections.some((objection) => objection.active),
      async (model) => {
        const objection = pick(
          model.objections.filter((candidate) => candidate.active),
          index,
        );
        await expectStatus(
          await send("withdrawObjection", requester, {
            params: { id: objection.id },
            body: { reason: "subject-request", ...bySubject },
          }),
          200,
        );
        objection.active = false;
      },
    ),
  );

  const consent = fc.record({ subject: fc.nat(), purpose: fc.constantFrom(...PURPOSES) }).map((given) =>
    step(
      `createConsentRecord(subject #${given.subject}, ${given.purpose})`,
      () => true,
      async (model) => {
        const subject = pick(subjects, given.subject);
        const record = await expectStatus(
          await send("createConsentRecord", requester, {
            body: {
              subject: { system: NHS, value: subject.nhs },
              controllers: [party(hostId, "Northmoor Borough Council")],
              recipients: [party(requesterId, "LDS Test Requester A")],
              notice: { url: "https://northmoor.example/privacy", version: "1", language: "en-GB" },
              purposes: [{ purpose_class: given.purpose, description: "The use consented to." }],
              lawful_basis: "art6-1-e",
              personal_data: [{ description: "The family's support plan", special_category: false }],
              retention: { period: "P6Y" },
              storage_locations: ["GB"],
              jurisdiction: "GB-ENG",
              withdrawal_method: { description: "Tell your lead practitioner." },
              event: { state: "given", ...bySubject, consent_type: "explicit" },
            },
          }),
          201,
        );
        model.consents.push({ id: record.id, subject: subject.nhs, purpose: given.purpose, given: true });
      },
    ),
  );

  const withdrawConsent = fc.nat().map((index) =>
    step(
      `withdrawConsent(#${index})`,
      (model) => model.consents.some((record) => record.given),
      async (model) => {
        const record = pick(
          model.consents.filter((candidate) => candidate.given),
          index,
        );
        await expectStatus(
          await send("appendConsentEvent", requester, {
            params: { id: record.id },
            body: { state: "withdrawn", ...bySubject },
          }),
          201,
        );
        record.given = false;
      },
    ),
  );

  /** A consent record to cite: one of the subject's own when there is one, any other when not, or none. */
  const consentToCite = (model: AccessModel, subject: Subject, index: number) => {
    const own = model.consents.filter((record) => record.subject === subject.nhs);
    const candidates = own.length ? own : model.consents;
    return candidates.length ? pick(candidates, index) : undefined;
  };

  const requestRecord = fc
    .record({
      subject: fc.nat(),
      recordType: fc.constantFrom(...RECORD_TYPES),
      // A purpose class, or the index of one of the agreement's own.
      purpose: fc.oneof(fc.constantFrom(...PURPOSES), fc.nat()),
      agreement: fc.nat(),
      fields: fc.option(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), { nil: undefined }),
      consent: fc.option(fc.nat(), { nil: undefined }),
    })
    .map((asked) =>
      step(
        `requestRecordAccess(${JSON.stringify(asked)})`,
        (model) => model.agreements.length > 0,
        async (model) => {
          const agreement = pick(model.agreements, asked.agreement);
          const subject = pick(subjects, asked.subject);
          const request: RecordRequest = {
            subject,
            recordType: asked.recordType,
            purpose: typeof asked.purpose === "number" ? pick(agreement.classes, asked.purpose) : asked.purpose,
            agreement,
            fields: asked.fields && [...new Set(asked.fields.map((index) => pick(pointers(asked.recordType), index)))],
            consent: asked.consent === undefined ? undefined : consentToCite(model, subject, asked.consent),
          };
          const response = await send("requestRecordAccess", requester, {
            body: {
              subject: { system: NHS, value: request.subject.nhs },
              record_type: request.recordType,
              purpose_class: request.purpose,
              lawful_basis: "art6-1-e",
              agreement_id: request.agreement.id,
              ...(request.fields ? { fields: request.fields } : {}),
              ...(request.consent ? { consent_id: request.consent.id } : {}),
            },
          });
          const body = await json(response);
          const answer = expectedAnswer(model, request);
          expect(response.status === 200 ? 200 : body.code, JSON.stringify(body)).toBe(answer);

          // LDS-04-R11, LDS-06-R09, R11: a covering objection lets nothing out unless the use is exempted; direct
          // care and safeguarding are never refused for an objection.
          if (response.status === 200)
            expect(coveringObjections(model, request).length === 0 || exempted(request)).toBe(true);
          if (body.code === "objection") expect(OBJECTABLE).toContain(request.purpose);
          if (response.status !== 200) return;

          // LDS-06-R13: every value is covered by a data item of the agreement for the record type and by a field.
          const items = request.agreement.items.filter((item) => item.record_type === request.recordType);
          for (const pointer of valuePointers(body.record)) {
            expect(
              items.some((item) => covers(item.pointer, pointer)),
              `${pointer} in the agreement`,
            ).toBe(true);
            if (request.fields)
              expect(
                request.fields.some((field) => covers(field, pointer)),
                pointer,
              ).toBe(true);
          }
        },
      ),
    );

  /** Requests that fail before any decision: 401 (not audited), 403 and 422 (audited), and an LDS-05 read (not). */
  const sideRequest = fc
    .constantFrom("no-token", "bogus-token", "unscoped", "invalid-body", "agreement-read")
    .map((kind) =>
      step(
        `sideRequest(${kind})`,
        () => true,
        async (model) => {
          const body = { subject: { system: NHS, value: subjects[0]!.nhs }, purposes: ["research"], ...bySubject };
          if (kind === "no-token" || kind === "bogus-token") {
            await expectStatus(await send("createObjection", kind satisfies Sender, { body }), 401);
          } else if (kind === "unscoped") {
            expect((await expectStatus(await send("createObjection", unscoped, { body }), 403)).code).toBe("forbidden");
          } else if (kind === "invalid-body") {
            const invalid = { ...body, purposes: ["direct-care"] };
            expect((await expectStatus(await send("createObjection", requester, { body: invalid }), 422)).code).toBe(
              "validation-failed",
            );
          } else if (model.agreements.length) {
            const agreement = model.agreements[0]!;
            const read = await expectStatus(
              await send("getAgreement", requester, { params: { agreement_id: agreement.id } }),
              200,
            );
            expect([read.version, read.status]).toEqual([agreement.version, agreement.status]);
          }
        },
      ),
    );

  // Each sequence starts with an agreement of its own, so that its record requests have one to cite.
  const sequences = fc.tuple(
    createAgreement,
    fc.commands(
      [
        createAgreement,
        changeStatus,
        amendAgreement,
        object,
        object,
        withdrawObjection,
        consent,
        withdrawConsent,
        requestRecord,
        requestRecord,
        requestRecord,
        sideRequest,
      ],
      { maxCommands: 20, size: "+1" },
    ),
  );

  test.prop([sequences], { numRuns: 12 })(
    "LDS-04-R11 R22 LDS-06-R09 R11 R13 LDS-07-R01 R09 R10 R11: no record out under a covering objection unless exempted; released values within agreement and fields; one event per audited request on a verified chain",
    async ([first, commands]) => {
      await fc.asyncModelRun(async () => ({ model: await currentModel(), real: {} }), [first, ...commands]);
    },
    180_000,
  );
});

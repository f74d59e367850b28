import type { ConsentState } from "@lds/types/lds-04";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { type Identifier, type Lds04Api, lds04Api, REQUESTER } from "./api.ts";
import { CONSENT_STATES, derivedState, eventFor, FIRST_STATES, mayFollow } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import {
  agreementFacts,
  expectedDecision,
  type ModelConsent,
  type ModelObjection,
  withoutTime,
} from "./decision-model.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

/** What the model holds for one person: every consent record and objection recorded for them, as last observed. */
type ObservedEvent = Record<string, unknown> & { state: string; valid_until?: string };

interface Model {
  readonly consents: (ModelConsent & { events: ObservedEvent[] })[];
  readonly objections: (ModelObjection & { body: Record<string, unknown> })[];
}

interface Real {
  readonly api: Lds04Api;
  readonly subject: Identifier;
}

type Command = fc.AsyncCommand<Model, Real>;

const OBJECTABLE = ["planning", "research", "statistics"] as const;
const PURPOSES = ["direct-care", "safeguarding", ...OBJECTABLE] as const;
/** The uses decide is asked about: agreement versions of the personas and the requester named. */
const USES = [
  { agreement: "aaaaaaaa-0005-4000-8000-000000000003", version: 2, requester: REQUESTER.c },
  { agreement: "aaaaaaaa-0005-4000-8000-000000000007", version: 2, requester: REQUESTER.c },
  { agreement: "aaaaaaaa-0005-4000-8000-000000000007", version: 1, requester: REQUESTER.c },
  { agreement: "aaaaaaaa-0005-4000-8000-000000000001", version: 3, requester: REQUESTER.a },
] as const;

/**
 * Model-based: random sequences of objections recorded and withdrawn, and consent records created and given,
 * refused, withdrawn, renewed… for one new person, each step compared with the model of LDS-04: the transition
 * table decides acceptance (R07); an accepted event is appended with the next sequence, the appender as
 * recorded_by and every earlier event unchanged, a rejected one changes nothing (R05); the state is the last
 * event's (R09); a withdrawal is an event, and a second one is refused (R14); and at once (R24) checkObjections
 * (R18) and decide (R21, R23) answer as the model predicts.
 */
export const consentAndObjectionModel = defineCheck({
  id: "lds-04/consent-and-objection-model",
  title: "Consent histories and objections behave as the LDS-04 model predicts, step by step",
  standard: "LDS-04",
  requirements: [
    "LDS-04-R05",
    "LDS-04-R07",
    "LDS-04-R09",
    "LDS-04-R14",
    "LDS-04-R18",
    "LDS-04-R21",
    "LDS-04-R23",
    "LDS-04-R24",
  ],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.b, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    await context.stateful(
      "consent-and-objection-sequences",
      {
        commands: commands(context, api),
        setup: () => ({ model: { consents: [], objections: [] }, real: { api, subject: freshSubject() } }),
        maxCommands: 15,
      },
      { numRuns: Math.min(context.runs, 20) },
    );
  },
});

function commands(context: CheckContext, api: Lds04Api): fc.Arbitrary<Command>[] {
  const a = api.organisation(REQUESTER.a);
  const c = api.organisation(REQUESTER.c);

  /** Reads a consent record and compares it with the model: the same events, the state derived from them. */
  const observeConsent = async (model: Model, index: number, real: Real) => {
    const consent = model.consents[index]!;
    const { response } = await real.api.readConsentRecord(REQUESTER.a, consent.id);
    const what = `GET /consent-records/{id} of record ${index + 1} of the sequence`;
    context.expect(response.status, `status of ${what}`).toBe(200);
    const record = response.json as { events: unknown; state: unknown };
    context.expect(record.events, `events of ${what}, against the history observed so far`).toEqual(consent.events);
    context.expect(record.state, `state of ${what}`).toBe(derivedState(consent.events as never, Date.now()));
  };

  const recordObjection = fc
    .record({
      purposes: fc.subarray([...OBJECTABLE], { minLength: 1 }),
      proxy: fc.boolean(),
      org: fc.constantFrom(REQUESTER.a, REQUESTER.b),
    })
    .map(
      ({ purposes, proxy, org }): Command => ({
        check: () => true,
        async run(model, real) {
          const body = {
            subject: real.subject,
            purposes,
            actor: proxy ? { role: "proxy", proxy_role: "parental-responsibility" } : { role: "subject" },
            channel: "online",
          };
          const { response } = await real.api.createObjection(org, body);
          context.expect(response.status, "status of POST /objections").toBe(201);
          const objection = response.json as { id: string; status: string; events: { recorded_at: string }[] };
          context.expect(objection.status, "status member of the objection POST /objections created").toBe("active");
          model.objections.push({
            id: objection.id,
            purposes,
            active: true,
            recordedAt: objection.events[0]!.recorded_at,
            body: response.json as Record<string, unknown>,
          });
        },
        toString: () => `recordObjection(${purposes.join("+")}${proxy ? ", by proxy" : ""}, ${org})`,
      }),
    );

  const withdrawObjection = fc.record({ pick: fc.nat(), org: fc.constantFrom(REQUESTER.a, REQUESTER.b) }).map(
    ({ pick, org }): Command => ({
      check: (model) => model.objections.length > 0,
      async run(model, real) {
        const index = pick % model.objections.length;
        const objection = model.objections[index]!;
        const what = `POST /objections/{id}/$withdraw of objection ${index + 1} of the sequence`;
        const body = { reason: "subject-request", actor: { role: "subject" }, channel: "telephone" };
        const { response } = await real.api.withdrawObjection(org, objection.id, body);
        if (!objection.active) {
          expectProblem(context, response, 409, "objection-already-withdrawn", `${what}, already withdrawn`);
        } else {
          context.expect(response.status, `status of ${what}`).toBe(200);
          const withdrawn = response.json as { status: string; events: unknown[] };
          context.expect(withdrawn.status, `status member after ${what}`).toBe("withdrawn");
          context
            .expect(withdrawn.events?.[0], `set event after ${what}, against the set event recorded`)
            .toEqual((objection.body.events as unknown[])[0]);
          context.expect(withdrawn.events?.length, `number of events after ${what}`).toBe(2);
          model.objections[index] = { ...objection, active: false, body: response.json as Record<string, unknown> };
        }
        const read = await real.api.readObjection(REQUESTER.c, objection.id);
        context
          .expect(read.response.json, `GET /objections/{id} after ${what}, against the objection as last answered`)
          .toEqual(model.objections[index]!.body);
      },
      toString: () => `withdrawObjection(#${pick}, ${org})`,
    }),
  );

  const createConsent = fc
    .record({
      first: fc.constantFrom(...CONSENT_STATES),
      purposes: fc.subarray([...PURPOSES], { minLength: 1 }),
      explicit: fc.boolean(),
    })
    .map(
      ({ first, purposes, explicit }): Command => ({
        check: () => true,
        async run(model, real) {
          const event = eventFor(first, { consent_type: "explicit" });
          const terms = consentTerms(context, real.api, real.subject, {
            controllers: [REQUESTER.a],
            recipients: [REQUESTER.c],
            purposes,
            explicit,
            event,
          });
          const { response } = await real.api.createConsentRecord(REQUESTER.a, terms);
          const what = `POST /consent-records with a first event ${first}`;
          if (!FIRST_STATES.includes(first)) {
            expectProblem(context, response, 422, "validation-failed", what);
            return;
          }
          context.expect(response.status, `status of ${what}`).toBe(201);
          const record = response.json as { id: string; events: ObservedEvent[] };
          context.expect(record.events?.length, `number of events of the record ${what} created`).toBe(1);
          context.expect(record.events[0]?.sequence, `sequence of the first event of ${what}`).toBe(1);
          context.expect(record.events[0]?.state, `state of the first event of ${what}`).toBe(first);
          model.consents.push({ id: record.id, purposes, parties: [a, c], explicit, events: record.events });
          await observeConsent(model, model.consents.length - 1, real);
        },
        toString: () => `createConsent(${first}, ${purposes.join("+")}${explicit ? ", explicit" : ""})`,
      }),
    );

  const appendEvent = fc
    .record({
      pick: fc.nat(),
      state: fc.constantFrom(...CONSENT_STATES),
      org: fc.constantFrom(REQUESTER.a, REQUESTER.c),
    })
    .map(
      ({ pick, state, org }): Command => ({
        check: (model) => model.consents.length > 0,
        async run(model, real) {
          const index = pick % model.consents.length;
          const consent = model.consents[index]!;
          const states = consent.events.map((event) => String(event.state));
          const current = derivedState(consent.events as never, Date.now()) as ConsentState;
          const allowed = mayFollow(current, state, states);
          const what = `POST /consent-records/{id}/events with state ${state} on record ${index + 1} in state ${current} (history ${states.join(", ")})`;
          const { response } = await real.api.appendConsentEvent(
            org,
            consent.id,
            eventFor(state, { consent_type: "explicit" }),
          );
          if (!allowed) {
            expectProblem(context, response, 409, "consent-transition-not-allowed", what);
          } else {
            context.expect(response.status, `status of ${what}`).toBe(201);
            const events = (response.json as { events: ObservedEvent[] }).events ?? [];
            context
              .expect(events.slice(0, consent.events.length), `earlier events answered by ${what}`)
              .toEqual(consent.events);
            context.expect(events.length, `number of events answered by ${what}`).toBe(consent.events.length + 1);
            const added = events.at(-1)!;
            context.expect(added.sequence, `sequence of the event ${what} added`).toBe(consent.events.length + 1);
            context.expect(added.state, `state of the event ${what} added`).toBe(state);
            context
              .expect(added.recorded_by, `recorded_by of the event ${what} added`)
              .toEqual(real.api.organisation(org));
            model.consents[index] = { ...consent, events };
          }
          await observeConsent(model, index, real);
        },
        toString: () => `appendEvent(#${pick}, ${state}, ${org})`,
      }),
    );

  const checkPurpose = fc.constantFrom(...PURPOSES).map(
    (purpose): Command => ({
      check: () => true,
      async run(model, real) {
        const { response } = await real.api.checkObjections(REQUESTER.c, {
          purpose_class: purpose,
          subjects: [real.subject],
        });
        const what = `POST /objections/$check for ${purpose}`;
        context.expect(response.status, `status of ${what}`).toBe(200);
        const covered = model.objections.some((objection) => objection.active && objection.purposes.includes(purpose));
        const status = (response.json as { results?: { status?: string }[] }).results?.[0]?.status;
        context.expect(status, `status of the subject in ${what}`).toBe(covered ? "objection" : "no-objection");
      },
      toString: () => `check(${purpose})`,
    }),
  );

  const decide = fc
    .record({
      purpose: fc.constantFrom(...PURPOSES),
      use: fc.constantFrom(...USES),
      lawfulBasis: fc.constantFrom(undefined, "art6-1-a", "art6-1-e"),
      consent: fc.option(fc.oneof(fc.nat(), fc.uuid({ version: 4 })), { nil: undefined }),
      anonymised: fc.boolean(),
    })
    .map(
      ({ purpose, use, lawfulBasis, consent, anonymised }): Command => ({
        check: () => true,
        async run(model, real) {
          const requester = real.api.organisation(use.requester);
          const consentId =
            typeof consent === "number"
              ? model.consents.length
                ? model.consents[consent % model.consents.length]!.id
                : undefined
              : consent;
          const request = {
            subject: real.subject,
            purpose_class: purpose,
            requester,
            agreement_id: use.agreement,
            agreement_version: use.version,
            ...(lawfulBasis ? { lawful_basis: lawfulBasis } : {}),
            ...(consentId ? { consent_id: consentId } : {}),
            ...(anonymised ? { exemptions: [{ type: "anonymised-output", reference: "LDS-SUITE-ANON-1" }] } : {}),
          };
          const sent = Date.now();
          const { response } = await real.api.decide(REQUESTER.c, request);
          const what = `POST /decisions for ${purpose} under ${use.agreement} v${use.version}`;
          context.expect(response.status, `status of ${what}`).toBe(200);
          const facts = agreementFacts(context, use.agreement, use.version, requester, sent);
          const expected = expectedDecision(request, model.consents, model.objections, facts, sent);
          context.expect(withoutTime(response.json), `decision, reasons and exemptions of ${what}`).toEqual(expected);
        },
        toString: () =>
          `decide(${purpose}, ${use.agreement.slice(-1)}v${use.version}, ${lawfulBasis ?? "-"}, consent ${consent ?? "-"}${anonymised ? ", anonymised" : ""})`,
      }),
    );

  return [recordObjection, withdrawObjection, createConsent, appendEvent, appendEvent, checkPurpose, decide];
}

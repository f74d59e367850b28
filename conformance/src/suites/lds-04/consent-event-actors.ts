import type { ConsentState } from "@lds/types/lds-04";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { type Lds04Api, lds04Api, REQUESTER } from "./api.ts";
import { CONSENT_STATES, eventFor, pathTo } from "./consent-lifecycle.ts";
import { consentTerms, examplesOf } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";
import { expectValidationErrors } from "./validation-errors.ts";

/** Every setup event happened long ago, so an example's own occurred_at is never before the latest event's. */
const LONG_AGO = "2000-01-01T00:00:00Z";

/** A new record whose state allows an event of `state` (LDS-04-R07), as its events stand. */
async function recordAllowing(context: CheckContext, api: Lds04Api, state: ConsentState) {
  const [first, ...rest] = pathTo(state);
  const created = await api.createConsentRecord(
    REQUESTER.a,
    consentTerms(context, api, freshSubject(), {
      controllers: [REQUESTER.a],
      event: eventFor(first!, { occurred_at: LONG_AGO }),
    }),
  );
  context.expect(created.response.status, `status of POST /consent-records opening with ${first}`).toBe(201);
  let record = created.response.json as { id: string; events: unknown[] };
  for (const next of rest) {
    const appended = await api.appendConsentEvent(REQUESTER.a, record.id, eventFor(next, { occurred_at: LONG_AGO }));
    context.expect(appended.response.status, `status of POST /consent-records/{id}/events (${next})`).toBe(201);
    record = appended.response.json as typeof record;
  }
  return record;
}

const stateOf = (instance: Record<string, unknown>): ConsentState =>
  CONSENT_STATES.includes(instance.state as ConsentState) ? (instance.state as ConsentState) : "requested";

/**
 * Each valid consent-event-input example is accepted on a record whose state allows it, and each invalid one (an
 * actor not allowed for its state, a missing channel, proxy role or consent type, terms on an event that may not
 * carry them…) gets 422 with its errors and leaves the record unchanged; invalid first events are refused when a
 * record is created (LDS-04-R08).
 */
export const consentEventActors = defineCheck({
  id: "lds-04/consent-event-actors",
  title: "Each consent event has an actor allowed for its state and the members it must state",
  standard: "LDS-04",
  requirements: ["LDS-04-R08"],
  preconditions: [lds04Clients(REQUESTER.a)],
  async run(context) {
    const api = lds04Api(context);
    for (const example of examplesOf(context, "valid", "consent-event-input")) {
      const record = await recordAllowing(context, api, stateOf(example.instance));
      const { response } = await api.appendConsentEvent(REQUESTER.a, record.id, example.instance);
      context.expect(response.status, `status of POST /consent-records/{id}/events with ${example.name}`).toBe(201);
    }
    for (const example of examplesOf(context, "invalid", "consent-event-input")) {
      const record = await recordAllowing(context, api, stateOf(example.instance));
      const what = `POST /consent-records/{id}/events with ${example.name}`;
      const { response } = await api.appendConsentEvent(REQUESTER.a, record.id, example.instance);
      expectValidationErrors(context, response, example.errors, what);
      const read = await api.readConsentRecord(REQUESTER.a, record.id);
      context.expect((read.response.json as typeof record).events, `events after ${what}`).toEqual(record.events);
    }
    for (const example of examplesOf(context, "invalid", "consent-record-input", "LDS-04-R08")) {
      const { response } = await api.createConsentRecord(REQUESTER.a, { ...example.instance, subject: freshSubject() });
      expectValidationErrors(context, response, example.errors, `POST /consent-records with ${example.name}`);
    }
  },
});

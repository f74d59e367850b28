import type { ConsentState } from "@lds/types/lds-04";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { type Lds04Api, lds04Api, REQUESTER } from "./api.ts";
import { CONSENT_STATES, eventFor, FIRST_STATES, mayFollow, pathTo } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";
import { expectValidationErrors } from "./validation-errors.ts";

type Event = Record<string, unknown> & { state: string };

/** Creates a record and appends `states` after its first, asserting each step keeps the history before it. */
async function recordThrough(context: CheckContext, api: Lds04Api, states: readonly ConsentState[]) {
  const [first, ...rest] = states;
  const created = await api.createConsentRecord(
    REQUESTER.a,
    consentTerms(context, api, freshSubject(), { controllers: [REQUESTER.a], event: eventFor(first!) }),
  );
  context.expect(created.response.status, `status of POST /consent-records opening with ${first}`).toBe(201);
  let record = created.response.json as { id: string; events: Event[] };
  for (const next of rest) record = await append(context, api, record, next);
  return record;
}

/** Appends an allowed event: 201, the earlier events unchanged, one more with the next sequence (LDS-04-R05). */
async function append(
  context: CheckContext,
  api: Lds04Api,
  record: { id: string; events: Event[] },
  state: ConsentState,
) {
  const history = record.events.map((event) => event.state).join(", ");
  const what = `POST /consent-records/{id}/events (${state}) after ${history}`;
  const { response } = await api.appendConsentEvent(REQUESTER.a, record.id, eventFor(state));
  context.expect(response.status, `status of ${what}`).toBe(201);
  const events = (response.json as { events?: Event[] }).events ?? [];
  context.expect(events.slice(0, record.events.length), `earlier events answered by ${what}`).toEqual(record.events);
  context.expect(events.length, `number of events answered by ${what}`).toBe(record.events.length + 1);
  context.expect(events.at(-1)?.sequence, `sequence of the event ${what} added`).toBe(record.events.length + 1);
  return { id: record.id, events };
}

/**
 * The transition table, state by state: a record is brought to each state, every event that may not follow gets
 * 409 `consent-transition-not-allowed` and leaves the history as it was, and then one that may is accepted with the
 * history before it unchanged (the model-based check covers the others); a first event other than requested, given or refused gets 422 (LDS-04-R07,
 * LDS-04-R05).
 */
export const consentTransitions = defineCheck({
  id: "lds-04/consent-transitions",
  title: "Consent events follow the transition table, and history is only appended to",
  standard: "LDS-04",
  requirements: ["LDS-04-R07", "LDS-04-R05"],
  preconditions: [lds04Clients(REQUESTER.a)],
  async run(context) {
    const api = lds04Api(context);
    for (const first of CONSENT_STATES.filter((state) => !FIRST_STATES.includes(state))) {
      const { response } = await api.createConsentRecord(
        REQUESTER.a,
        consentTerms(context, api, freshSubject(), { controllers: [REQUESTER.a], event: eventFor(first) }),
      );
      expectValidationErrors(
        context,
        response,
        [{ pointer: "/event/state", code: "not-allowed-value" }],
        `POST /consent-records opening with ${first}`,
      );
    }
    for (const current of CONSENT_STATES) {
      const path = FIRST_STATES.includes(current) ? [current] : [...pathTo(current), current];
      const record = await recordThrough(context, api, path);
      const states = record.events.map((event) => event.state);
      for (const next of CONSENT_STATES.filter((state) => !mayFollow(current, state, states))) {
        const what = `POST /consent-records/{id}/events (${next}) after ${states.join(", ")}`;
        const { response } = await api.appendConsentEvent(REQUESTER.a, record.id, eventFor(next));
        expectProblem(context, response, 409, "consent-transition-not-allowed", what);
      }
      const read = await api.readConsentRecord(REQUESTER.a, record.id);
      context
        .expect(
          (read.response.json as { events?: unknown }).events,
          `events after the refused events following ${states.join(", ")}`,
        )
        .toEqual(record.events);
      const allowed = CONSENT_STATES.filter((state) => mayFollow(current, state, states));
      const next = allowed[states.length % Math.max(1, allowed.length)];
      if (next) await append(context, api, record, next);
    }
  },
});

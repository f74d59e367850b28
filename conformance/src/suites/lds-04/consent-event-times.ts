import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { eventFor } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

/** How far a platform-set time may be from the response's Date header (clocks differ; Date has whole seconds). */
const CLOCK_SLACK_MS = 60_000;

/**
 * The platform sets recorded_at when it accepts an event (never before the previous one's) and occurred_at to the
 * submitted time or recorded_at; an occurred_at in the future or before the latest event's gets 422
 * `consent-event-time-invalid`, changing nothing (LDS-04-R06).
 */
export const consentEventTimes = defineCheck({
  id: "lds-04/consent-event-times",
  title: "Consent event times are the platform's, in order, never in the future",
  standard: "LDS-04",
  requirements: ["LDS-04-R06"],
  preconditions: [lds04Clients(REQUESTER.a)],
  async run(context) {
    const api = lds04Api(context);
    const paperForm = new Date(Date.now() - 86_400_000).toISOString().replace(/\.\d+Z$/, "Z");
    const created = await api.createConsentRecord(
      REQUESTER.a,
      consentTerms(context, api, freshSubject(), {
        controllers: [REQUESTER.a],
        event: eventFor("requested", { occurred_at: paperForm }),
      }),
    );
    context.expect(created.response.status, "status of POST /consent-records with an occurred_at a day ago").toBe(201);
    const record = created.response.json as { id: string; events: { occurred_at: string; recorded_at: string }[] };
    context
      .expect(record.events[0]?.occurred_at, "occurred_at of the first event, submitted a day ago")
      .toSatisfy((at) => Date.parse(at ?? "") === Date.parse(paperForm), `the submitted time, ${paperForm}`);

    const { response } = await api.appendConsentEvent(REQUESTER.a, record.id, eventFor("given"));
    context.expect(response.status, "status of POST /consent-records/{id}/events without occurred_at").toBe(201);
    const events = (response.json as typeof record).events;
    const added = events.at(-1)!;
    context.expect(added.occurred_at, "occurred_at of an event submitted without one").toBe(added.recorded_at);
    const date = Date.parse(response.headers.date ?? "");
    context
      .expect(added.recorded_at, "recorded_at of the appended event, against the response's Date header")
      .toSatisfy((at) => Math.abs(Date.parse(at) - date) <= CLOCK_SLACK_MS, "within 60 seconds of the Date header");
    context
      .expect(added.recorded_at, "recorded_at of the appended event")
      .toSatisfy(
        (at) => Date.parse(at) >= Date.parse(record.events[0]!.recorded_at),
        "not before the previous event's recorded_at",
      );

    const hourAhead = new Date(Date.now() + 3_600_000).toISOString();
    const future = await api.appendConsentEvent(
      REQUESTER.a,
      record.id,
      eventFor("withdrawn", { occurred_at: hourAhead }),
    );
    expectProblem(
      context,
      future.response,
      422,
      "consent-event-time-invalid",
      "POST /consent-records/{id}/events with occurred_at an hour ahead",
    );
    const beforeLatest = new Date(Date.parse(added.occurred_at) - 60_000).toISOString();
    const early = await api.appendConsentEvent(
      REQUESTER.a,
      record.id,
      eventFor("withdrawn", { occurred_at: beforeLatest }),
    );
    expectProblem(
      context,
      early.response,
      422,
      "consent-event-time-invalid",
      "POST /consent-records/{id}/events with occurred_at a minute before the latest event's",
    );
    const read = await api.readConsentRecord(REQUESTER.a, record.id);
    context.expect((read.response.json as typeof record).events, "events after the refused events").toEqual(events);
  },
});

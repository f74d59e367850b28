import type { ConsentState } from "@lds/types/lds-04";
import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { CONSENT_STATES, derivedState, eventFor, mayFollow } from "./consent-lifecycle.ts";
import { examplesOf } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";
import { expectValidationErrors } from "./validation-errors.ts";

/** The members of a consent record that are its terms: as submitted, and never changed (LDS-04-R02). */
const TERMS = [
  "subject",
  "controllers",
  "recipients",
  "notice",
  "purposes",
  "lawful_basis",
  "special_category_conditions",
  "personal_data",
  "retention",
  "storage_locations",
  "jurisdiction",
  "withdrawal_method",
  "agreement_ids",
] as const;
const FIXED = [...TERMS, "id", "schema_version", "created_at", "recorded_by"] as const;

const pick = (value: unknown, members: readonly string[]) =>
  Object.fromEntries(members.map((member) => [member, (value as Record<string, unknown>)[member]]));

/**
 * Each valid consent-record-input example (for a new subject) is recorded with its terms as given, a new id, the
 * requester as recorded_by and one event; the terms stay the same after reads and an appended event; each invalid
 * example of the requirement gets 422 with its errors (LDS-04-R02).
 */
export const consentRecordTerms = defineCheck({
  id: "lds-04/consent-record-terms",
  title: "A consent record keeps its terms as given",
  standard: "LDS-04",
  requirements: ["LDS-04-R02"],
  preconditions: [lds04Clients(REQUESTER.a)],
  async run(context) {
    const api = lds04Api(context);
    const requester = api.organisation(REQUESTER.a);
    for (const example of examplesOf(context, "valid", "consent-record-input")) {
      const terms = { ...example.instance, subject: freshSubject() };
      const what = `POST /consent-records with ${example.name}`;
      const { response } = await api.createConsentRecord(REQUESTER.a, terms);
      context.expect(response.status, `status of ${what}`).toBe(201);
      context.expect(response.json, `body of ${what}`).toBeValid("lds-04/consent-record");
      const record = response.json as Record<string, unknown> & { id: string; events: Record<string, unknown>[] };
      context.expect(pick(record, TERMS), `terms of the record ${what} created`).toEqual(pick(terms, TERMS));
      context.expect(record.schema_version, `schema_version of ${what}`).toMatch(/^1\.\d+\.\d+$/);
      context.expect(record.recorded_by, `recorded_by of ${what}`).toEqual(requester);
      context.expect(record.events.length, `number of events of ${what}`).toBe(1);
      context.expect(record.events[0]?.sequence, `sequence of the first event of ${what}`).toBe(1);
      context.expect(record.created_at, `created_at of ${what}`).toBe(record.events[0]?.recorded_at);
      const fixed = pick(record, FIXED);

      const read = await api.readConsentRecord(REQUESTER.a, record.id);
      context
        .expect(pick(read.response.json, FIXED), `terms of GET /consent-records/{id} after ${what}`)
        .toEqual(fixed);
      const states = record.events.map((event) => String(event.state));
      const current = derivedState(record.events as never, Date.now());
      const next = CONSENT_STATES.find((state) => mayFollow(current, state, states)) as ConsentState;
      const appended = await api.appendConsentEvent(
        REQUESTER.a,
        record.id,
        eventFor(next, { consent_type: "explicit" }),
      );
      context
        .expect(appended.response.status, `status of POST /consent-records/{id}/events (${next}) after ${what}`)
        .toBe(201);
      context.expect(pick(appended.response.json, FIXED), `terms answered by the append after ${what}`).toEqual(fixed);
      const again = await api.readConsentRecord(REQUESTER.a, record.id);
      context
        .expect(pick(again.response.json, FIXED), `terms of GET /consent-records/{id} after the append`)
        .toEqual(fixed);
    }
    for (const example of examplesOf(context, "invalid", "consent-record-input", "LDS-04-R02")) {
      const aboutSubject = example.errors.some((error) => (error.pointer ?? "").startsWith("/subject"));
      const body = aboutSubject ? example.instance : { ...example.instance, subject: freshSubject() };
      const { response } = await api.createConsentRecord(REQUESTER.a, body);
      expectValidationErrors(context, response, example.errors, `POST /consent-records with ${example.name}`);
    }
  },
});

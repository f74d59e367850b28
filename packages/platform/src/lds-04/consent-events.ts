import { randomUUID } from "node:crypto";
import type { ConsentEvent, ConsentEventInput, ConsentRecord, ConsentRecordInput, Party } from "@lds/types/lds-04";
import { ProblemError } from "../http/problem.ts";
import type { Queryable } from "../storage/database.ts";
import { appendConsentEventRow, putConsentRecord, readConsentRecord } from "./consent-records.ts";
import { derivedState, everGiven } from "./consent-state.ts";
import { mayFollow } from "./consent-transitions.ts";
import { bare, canonical, type IdentifierLike } from "./identifiers.ts";
import { notBefore } from "./times.ts";
import { checkMaySee } from "./visibility.ts";

/** Whether a record relies on explicit consent: its special category conditions include Article 9(2)(a) (LDS-04-R03). */
export const reliesOnExplicitConsent = (record: Pick<ConsentRecord, "special_category_conditions">) =>
  (record.special_category_conditions ?? []).some((condition) => condition.article_9 === "art9-2-a");

/**
 * An event as the history holds it: the submitted event with its position, the organisation that recorded it and
 * when, and `occurred_at` defaulting to `recorded_at` (LDS-04-R05, R06).
 */
function consentEvent(input: ConsentEventInput, sequence: number, recordedAt: string, recordedBy: IdentifierLike) {
  return {
    sequence,
    recorded_at: recordedAt,
    recorded_by: bare(recordedBy),
    ...input,
    occurred_at: input.occurred_at ?? recordedAt,
  } as ConsentEvent;
}

const timeInvalid = (detail: string) => new ProblemError(422, "consent-event-time-invalid", detail);

/** 422 `consent-event-time-invalid` for an event dated after the request was received (LDS-04-R06). */
function checkNotFuture(input: ConsentEventInput, received: Date): void {
  if (input.occurred_at !== undefined && Date.parse(input.occurred_at) > received.getTime()) {
    throw timeInvalid("occurred_at is later than the time the platform received the event.");
  }
}

const canonicalParty = (party: Party): Party => ({ ...party, organisation: canonical(party.organisation) });

/**
 * Creates a consent record from its terms and first event (LDS-04-R02): a new id, the requester organisation as
 * `recorded_by`, identifiers in canonical form, `created_at` the first event's `recorded_at`. The schema has already
 * held the first event to requested, given or refused (R07), its actor to its state (R08) and its consent type to
 * explicit where the record relies on explicit consent (R03).
 */
export async function recordConsent(
  tx: Queryable,
  input: ConsentRecordInput,
  organisation: IdentifierLike,
  schemaVersion: string,
  now: Date,
): Promise<ConsentRecord> {
  checkNotFuture(input.event, now);
  const { event, ...terms } = input;
  const recordedAt = now.toISOString();
  const first = consentEvent(event, 1, recordedAt, organisation);
  const record = {
    id: randomUUID(),
    schema_version: schemaVersion,
    created_at: recordedAt,
    recorded_by: bare(organisation),
    ...terms,
    subject: canonical(terms.subject),
    controllers: terms.controllers.map(canonicalParty),
    recipients: terms.recipients.map(canonicalParty),
    events: [first],
    state: derivedState([first], now),
  } as ConsentRecord;
  await putConsentRecord(tx, record);
  return record;
}

/**
 * Appends one event to a record the organisation may see (LDS-04-R04): 404 for no such record; 409
 * `consent-transition-not-allowed` when its state may not follow the current one (R07); 422
 * `consent-event-time-invalid` when it is dated in the future or before the latest event (R06); 422
 * `explicit-consent-required` for consent given or renewed without being explicit in a record that relies on explicit
 * consent (R03). Only an accepted event is written, at the end, and nothing else changes (R05).
 */
export async function appendEvent(
  tx: Queryable,
  id: string,
  input: ConsentEventInput,
  organisation: IdentifierLike,
  now: Date,
): Promise<ConsentRecord> {
  const record = await readConsentRecord(tx, id, now, true);
  if (!record) throw new ProblemError(404, "not-found", "No consent record has this id.");
  checkMaySee(record, organisation);
  const last = record.events.at(-1)!;
  if (!mayFollow(record.state, input.state, everGiven(record.events))) {
    throw new ProblemError(
      409,
      "consent-transition-not-allowed",
      `The record's state is ${record.state}; ${input.state} may not follow it.`,
    );
  }
  checkNotFuture(input, now);
  if (input.occurred_at !== undefined && Date.parse(input.occurred_at) < Date.parse(last.occurred_at)) {
    throw timeInvalid("occurred_at is earlier than the occurred_at of the record's latest event.");
  }
  if (
    reliesOnExplicitConsent(record) &&
    (input.state === "given" || input.state === "renewed") &&
    input.consent_type !== "explicit"
  ) {
    throw new ProblemError(
      422,
      "explicit-consent-required",
      "The record relies on explicit consent (Article 9(2)(a)): consent_type must be explicit.",
    );
  }
  const recordedAt = notBefore(now, last.recorded_at);
  const event = consentEvent(input, last.sequence + 1, recordedAt, organisation);
  await appendConsentEventRow(tx, id, event);
  const events = [...record.events, event];
  return { ...record, events, state: derivedState(events, now) };
}

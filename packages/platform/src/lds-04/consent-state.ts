import type { ConsentEvent, ConsentState } from "@lds/types/lds-04";

/** The states in which consent is valid for processing (DPV ConsentStatusValidForProcessing; LDS-04-R09). */
export const validForProcessing = (state: ConsentState) => state === "given" || state === "renewed";

/**
 * A record's state at a moment, derived from its events and never stored (LDS-04-R09): the last event's state,
 * except that given or renewed consent whose `valid_until` is at or before that moment has expired. Lapsing adds no
 * event (LDS-04-R05).
 */
export function derivedState(events: readonly Pick<ConsentEvent, "state" | "valid_until">[], at: Date): ConsentState {
  const last = events.at(-1);
  if (!last) throw new Error("a consent record always has at least one event");
  if (validForProcessing(last.state) && last.valid_until !== undefined) {
    if (Date.parse(last.valid_until) <= at.getTime()) return "expired";
  }
  return last.state;
}

/** Whether consent was ever given in a record: whether a later giving must be `renewed` (LDS-04-R07). */
export const everGiven = (events: readonly Pick<ConsentEvent, "state">[]) =>
  events.some((event) => validForProcessing(event.state));

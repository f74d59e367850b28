import type { ConsentState } from "@lds/types/lds-04";

// The consent lifecycle of LDS-04 section 4.2, as the suite's model predicts it: the transition table
// (LDS-04-R07), the derived state (LDS-04-R09) and who records which state (LDS-04-R08).

export const CONSENT_STATES: readonly ConsentState[] = [
  "requested",
  "request-deferred",
  "given",
  "renewed",
  "refused",
  "withdrawn",
  "revoked",
  "expired",
  "invalidated",
];

/** The states a record's first event may have (LDS-04-R07). */
export const FIRST_STATES: readonly ConsentState[] = ["requested", "given", "refused"];

const except = (state: ConsentState) => CONSENT_STATES.filter((candidate) => candidate !== state);

/** For each new event's state, the current states it may follow (LDS-04-R07). */
const MAY_FOLLOW: Readonly<Record<ConsentState, readonly ConsentState[]>> = {
  requested: ["requested", "request-deferred", "refused", "withdrawn", "revoked", "expired"],
  "request-deferred": ["requested", "request-deferred"],
  given: ["requested", "request-deferred", "refused"],
  renewed: except("invalidated"),
  refused: ["requested", "request-deferred"],
  withdrawn: ["given", "renewed"],
  revoked: ["given", "renewed"],
  expired: ["given", "renewed"],
  invalidated: except("invalidated"),
};

/** The states valid for processing (LDS-04-R09). */
export const validForProcessing = (state: string) => state === "given" || state === "renewed";

/** Whether an event with state `next` may be appended to a record with these events' states (LDS-04-R07). */
export function mayFollow(current: ConsentState, next: ConsentState, earlier: readonly string[]): boolean {
  const everGiven = earlier.some(validForProcessing);
  if (next === "given" && everGiven) return false;
  if (next === "renewed" && !everGiven) return false;
  return MAY_FOLLOW[next].includes(current);
}

/** The derived state at `at` (LDS-04-R09): the last event's, expired once a given or renewed one's valid_until passed. */
export function derivedState(events: readonly { state: string; valid_until?: string }[], at: number): ConsentState {
  const last = events.at(-1);
  if (!last) throw new Error("a consent record has at least one event");
  if (validForProcessing(last.state) && last.valid_until !== undefined && Date.parse(last.valid_until) <= at) {
    return "expired";
  }
  return last.state as ConsentState;
}

/** A valid event input for a state: an actor allowed for it, and the members it must state (LDS-04-R08). */
export function eventFor(
  state: ConsentState,
  extra: { consent_type?: string; occurred_at?: string; valid_until?: string } = {},
): Record<string, unknown> {
  switch (state) {
    case "given":
    case "renewed":
      return { state, actor: { role: "subject" }, channel: "online", consent_type: "expressed", ...extra };
    case "refused":
    case "request-deferred":
    case "withdrawn":
      return { state, actor: { role: "subject" }, channel: "online", ...withoutConsentTerms(extra) };
    case "revoked":
    case "invalidated":
    case "requested":
    case "expired":
      return { state, actor: { role: "controller" }, ...withoutConsentTerms(extra) };
  }
  throw new Error(`no consent state ${String(state)}`);
}

const withoutConsentTerms = ({ occurred_at }: { occurred_at?: string }) => (occurred_at ? { occurred_at } : {});

/** The shortest sequence of states, from a first event, after which `target` may be appended. */
export function pathTo(target: ConsentState): ConsentState[] {
  const queue: ConsentState[][] = FIRST_STATES.map((state) => [state]);
  while (queue.length) {
    const path = queue.shift()!;
    if (mayFollow(path.at(-1)!, target, path)) return path;
    if (path.length > 4) continue;
    for (const next of CONSENT_STATES) if (mayFollow(path.at(-1)!, next, path)) queue.push([...path, next]);
  }
  throw new Error(`no state may precede ${target}`);
}

import type { ConsentState } from "@lds/types/lds-04";

/** The states a consent record's first event may have (LDS-04-R07). */
export const FIRST_STATES: readonly ConsentState[] = ["requested", "given", "refused"];

const ALL: readonly ConsentState[] = [
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
const allBut = (excluded: ConsentState) => ALL.filter((state) => state !== excluded);

/** For each new event's state, the current states it may follow: the LDS-04 README's table (LDS-04-R07). */
const MAY_FOLLOW: Readonly<Record<ConsentState, readonly ConsentState[]>> = {
  requested: ["requested", "request-deferred", "refused", "withdrawn", "revoked", "expired"],
  "request-deferred": ["requested", "request-deferred"],
  given: ["requested", "request-deferred", "refused"],
  renewed: allBut("invalidated"),
  refused: ["requested", "request-deferred"],
  withdrawn: ["given", "renewed"],
  revoked: ["given", "renewed"],
  expired: ["given", "renewed"],
  invalidated: allBut("invalidated"),
};

/**
 * Whether an event with state `next` may follow a record whose current state (LDS-04-R09) is `current`, given
 * whether consent was ever given in it: `given` only while it never was (later it is `renewed`), and `renewed` only
 * once it was (LDS-04-R07).
 */
export function mayFollow(current: ConsentState, next: ConsentState, everGiven: boolean): boolean {
  if (next === "given" && everGiven) return false;
  if (next === "renewed" && !everGiven) return false;
  return MAY_FOLLOW[next].includes(current);
}

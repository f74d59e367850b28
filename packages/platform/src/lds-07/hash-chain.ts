import { createHash } from "node:crypto";
import { canonicalize } from "@lds/canonical-json";

/** The `prev_hash` of the event with sequence 1: sixty-four zeros (LDS-07-R11). */
export const GENESIS_HASH = "0".repeat(64);

/** What the chain needs of an event: its position and links, and every other member it carries. */
export interface ChainedEvent {
  readonly sequence: number;
  readonly prev_hash: string;
  readonly hash: string;
  readonly [member: string]: unknown;
}

/**
 * An event's hash (LDS-07-R10): the lower-case hex SHA-256 of the UTF-8 octets of the RFC 8785 form of the event
 * with `hash` removed and everything else, `prev_hash` included, kept.
 */
export function eventHash(event: { readonly [member: string]: unknown }): string {
  const { hash: _hash, ...content } = event;
  return createHash("sha256").update(canonicalize(content), "utf8").digest("hex");
}

/** The link before the first event a verifier checks: the genesis, or an event it has already verified. */
export interface ChainLinkBefore {
  readonly sequence: number;
  readonly hash: string;
}

const GENESIS: ChainLinkBefore = { sequence: 0, hash: GENESIS_HASH };

/**
 * Verifies a run of events in the order given (LDS-07-R09 to R11): each sequence is one more than the one before,
 * each `prev_hash` is the hash of the event before (the genesis value before sequence 1), and each `hash` recomputes.
 * Returns the first sequence number at which the chain breaks — the sequence that should come next when one is
 * missing or repeated — or undefined when every event verifies. `after` starts the check part-way along a chain.
 */
export function verifyChain(events: readonly ChainedEvent[], after: ChainLinkBefore = GENESIS): number | undefined {
  let previous = after;
  for (const event of events) {
    const expected = previous.sequence + 1;
    if (event.sequence !== expected) return expected;
    if (event.prev_hash !== previous.hash || !hashVerifies(event)) return expected;
    previous = { sequence: event.sequence, hash: event.hash };
  }
  return undefined;
}

/** Whether an event's hash recomputes; an event that has no RFC 8785 form (a tampered string) does not verify. */
function hashVerifies(event: ChainedEvent): boolean {
  try {
    return event.hash === eventHash(event);
  } catch {
    return false;
  }
}

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { canonicalize } from "@lds/canonical-json";
import { standardsRoot } from "@lds/catalogue";
import type { AuditEvent } from "@lds/types/lds-07";
import { describe, expect } from "vitest";
import { type ChainedEvent, eventHash, GENESIS_HASH, verifyChain } from "../src/lds-07/hash-chain.ts";

/** The three example events of the LDS-07 README, which form a chain (section 12). */
const examples = ["audit-event-minimal", "audit-event-denied-objection", "audit-event-full"].map((name) => {
  const file = join(standardsRoot(), "lds-07-access-audit", "1", "examples", "valid", `${name}.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as { instance: AuditEvent }).instance;
});

/** A chain of n events built the way the README defines it, to tamper with. */
function chainOf(n: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let previous = GENESIS_HASH;
  for (let sequence = 1; sequence <= n; sequence++) {
    const event = {
      sequence,
      prev_hash: previous,
      recorded_at: `2025-03-03T09:00:${String(sequence % 60).padStart(2, "0")}.000Z`,
      note: `event ${sequence}`,
    };
    const hash = eventHash(event);
    events.push({ ...event, hash });
    previous = hash;
  }
  return events;
}

// The hash chain is computed from JSON alone: these tests need no storage engine.
describe("the LDS-07 hash chain", () => {
  test("LDS-07-R10: the README's worked example (section 6.2): 423 octets and their SHA-256", () => {
    const [first] = examples;
    const { hash: _hash, ...content } = first!;
    const canonical = canonicalize(content);
    expect(canonical).toBe(
      '{"action":"read","break_glass":false,"id":"1485f519-5c78-4ce3-85c2-83ebfccae3a8","operation":"searchAuditEvents",' +
        '"outcome":{"http_status":200,"result":"permit"},"prev_hash":"0000000000000000000000000000000000000000000000000000000000000000",' +
        '"recorded_at":"2025-03-03T09:15:02.481Z","requester":{"client_id":"dpo-audit-console",' +
        '"organisation":{"system":"urn:lds:id:gss","value":"E08000099"}},"sequence":1,"standard":"LDS-07"}',
    );
    expect(Buffer.byteLength(canonical, "utf8")).toBe(423);
    expect(createHash("sha256").update(canonical).digest("hex")).toBe(
      "95343df82dfd9b2677595dd9bd6186a745482ad070bed11d49a3f7be8095caa3",
    );
    expect(eventHash(first!)).toBe(first!.hash);
  });

  test("LDS-07-R10, R11: the three README example events verify as one chain from the genesis", () => {
    expect(examples.map((event) => eventHash(event))).toEqual(examples.map((event) => event.hash));
    expect(examples[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(verifyChain(examples as ChainedEvent[])).toBeUndefined();
  });

  test("LDS-07-R11: the chain can be verified part-way, from a link already verified", () => {
    const [first, ...rest] = examples as ChainedEvent[];
    expect(verifyChain(rest, { sequence: 1, hash: first!.hash })).toBeUndefined();
    expect(verifyChain(rest)).toBe(1);
    expect(verifyChain(rest, { sequence: 1, hash: GENESIS_HASH })).toBe(2);
  });

  test.prop([fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n })))])(
    "LDS-07-R10, R12: changing any member of an event breaks the chain at that event's sequence",
    ([n, target]) => {
      const events = chainOf(n);
      expect(verifyChain(events)).toBeUndefined();
      const tampered = events.map((event) => (event.sequence === target ? { ...event, note: "altered" } : event));
      expect(verifyChain(tampered)).toBe(target);
    },
  );

  test.prop([
    fc.integer({ min: 2, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n - 1 }))),
  ])(
    "LDS-07-R09, R11: removing an event, or recomputing its hash after a change, breaks the chain where it is missed",
    ([n, target]) => {
      const events = chainOf(n);
      const removed = events.filter((event) => event.sequence !== target);
      expect(verifyChain(removed)).toBe(target);
      // A tamperer who also fixes the altered event's hash is caught by the next event's prev_hash.
      const rehashed = events.map((event) => {
        if (event.sequence !== target) return event;
        const altered = { ...event, note: "altered" };
        return { ...altered, hash: eventHash(altered) };
      });
      expect(verifyChain(rehashed)).toBe(target + 1);
      // Swapping two neighbours breaks the sequence order at the first of them.
      const swapped = [...events];
      [swapped[target - 1], swapped[target]] = [swapped[target]!, swapped[target - 1]!];
      expect(verifyChain(swapped)).toBe(target);
    },
  );

  test("LDS-07-R11: a first event whose prev_hash is not the genesis value does not verify", () => {
    const [first] = chainOf(1);
    const forged = { ...first!, prev_hash: "f".repeat(64) };
    expect(verifyChain([{ ...forged, hash: eventHash(forged) }])).toBe(1);
  });
});

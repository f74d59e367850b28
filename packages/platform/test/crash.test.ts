import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { loadCatalogue } from "@lds/catalogue";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { type ChainedEvent, verifyChain } from "../src/lds-07/hash-chain.ts";
import { killAll, REQUEST_TIMEOUT_MS, type ServedPlatform, servePlatform } from "./fixtures/served-platform.ts";
import { freshDatabaseUrl, nhsNumbers } from "./harness.ts";

// Writes are transactional: a write the platform acknowledged survives kill -9 of its process, with its audit event
// (LDS-07-R01) in an unbroken chain (LDS-07-R09 to R11). The platform runs as `lds serve` in a child process, takes
// LDS-04 objections from concurrent writers, is killed with SIGKILL while writes are in flight, and is started again
// on the same storage: embedded Postgres in a data directory, and a PostgreSQL server when LDS_TEST_DATABASE_URL
// names one.

const NHS = "https://fhir.nhs.uk/Id/nhs-number";
const WRITERS = 8;
/** Writes acknowledged before the kill. */
const ACKNOWLEDGED = 60;
const ACKNOWLEDGED_WITHIN_MS = 60_000;

const personas = loadCatalogue().personas!;
const host = personas.organisations.find((organisation) => organisation.kind === "local-authority")!.id;
const requester = personas.organisations.find((organisation) => organisation.kind === "test-requester")!.id;
const freshNhsNumber = nhsNumbers(900_000);

const cleanups: (() => Promise<void>)[] = [];
const scratch = mkdtempSync(join(tmpdir(), "lds-crash-"));
afterEach(killAll);
afterAll(async () => {
  await killAll();
  for (const cleanup of cleanups.splice(0)) await cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/** A request with a deadline, so that nothing waits on a dead or stuck process. */
const request = (url: string, token: string, init: { method?: string; body?: unknown; headers?: object } = {}) =>
  fetch(url, {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });

/** Records an objection under a new W3C trace id, which the request's audit event carries (LDS-07-R07). */
function object(platform: ServedPlatform, token: string, traceId: string) {
  return request(`${platform.baseUrl}/objections`, token, {
    method: "POST",
    headers: { traceparent: `00-${traceId}-${randomBytes(8).toString("hex")}-01` },
    body: {
      subject: { system: NHS, value: freshNhsNumber() },
      purposes: ["research"],
      actor: { role: "subject" },
      channel: "online",
    },
  });
}

interface Acknowledged {
  readonly traceId: string;
  readonly objection: { id: string };
}

/** Writes until stopped; an acknowledged write is a 201 whose body arrived whole. */
function startWriting(platform: ServedPlatform, token: string) {
  const state = { writing: true, inFlight: 0, acknowledged: [] as Acknowledged[], refused: [] as string[] };
  const writer = async () => {
    while (state.writing) {
      const traceId = randomBytes(16).toString("hex");
      state.inFlight++;
      try {
        const response = await object(platform, token, traceId);
        const text = await response.text();
        if (response.status === 201) state.acknowledged.push({ traceId, objection: JSON.parse(text) });
        else state.refused.push(`${response.status} ${text}`);
      } catch {
        // Cut off by the kill: not acknowledged, so it may or may not have been kept.
      } finally {
        state.inFlight--;
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, writer);
  return { state, stopped: Promise.all(writers) };
}

/** Resolves once `ready` holds, checking every 10 ms; fails after `ms`. */
async function until(ready: () => boolean, ms: number, what: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every audit event of the chain, read as the host council's auditor (lds-07:audit), with the chain's length. */
async function auditChain(platform: ServedPlatform, token: string) {
  const chain = await request(`${platform.baseUrl}/audit-chain`, token);
  expect(chain.status).toBe(200);
  const { length } = (await chain.json()) as { length: number };
  const events: (ChainedEvent & { operation: string; trace_id?: string; outcome: { http_status: number } })[] = [];
  let next: string | undefined = `${platform.baseUrl}/audit-events/$search?size=100`;
  while (next) {
    const response = await request(next, token, { method: "POST", body: { sequence_to: length } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: typeof events; links: { next?: string } };
    events.push(...page.items);
    next = page.links.next;
  }
  return { length, events };
}

const storages: [string, () => Promise<string[]>][] = [
  ["embedded Postgres in a data directory", async () => ["--data-dir", mkdtempSync(join(scratch, "data-"))]],
  ...(process.env.LDS_TEST_DATABASE_URL
    ? [["a PostgreSQL server", async () => ["--database-url", await freshDatabaseUrl(cleanups)]] as const]
    : []),
] as [string, () => Promise<string[]>][];

describe("an acknowledged write survives kill -9 of the platform", () => {
  test.each(storages)(
    "on %s",
    async (_, storageArguments) => {
      const storage = await storageArguments();
      const declaration = join(mkdtempSync(join(scratch, "declaration-")), "declaration.json");

      const first = await servePlatform(storage, declaration);
      const { state, stopped } = startWriting(first, await first.token(requester));
      let inFlightAtKill = 0;
      try {
        await until(
          () => state.acknowledged.length >= ACKNOWLEDGED || state.refused.length > 0,
          ACKNOWLEDGED_WITHIN_MS,
          () => `${ACKNOWLEDGED} acknowledged writes (${state.acknowledged.length} so far)`,
        );
        inFlightAtKill = state.inFlight;
        await first.kill();
      } finally {
        state.writing = false;
        await stopped;
      }
      expect(state.refused).toEqual([]);
      expect(inFlightAtKill).toBeGreaterThan(0);

      const second = await servePlatform(storage, declaration);
      const token = await second.token(requester);
      const lost: string[] = [];
      for (const { objection } of state.acknowledged) {
        const response = await request(`${second.baseUrl}/objections/${objection.id}`, token);
        const read = response.status === 200 ? await response.json() : undefined;
        if (!isDeepStrictEqual(read, objection))
          lost.push(`${objection.id}: ${response.status} ${JSON.stringify(read)}`);
      }
      expect(lost).toEqual([]);

      // The restarted platform takes writes, and its audit chain runs unbroken across the kill with the event of every
      // acknowledged write in it.
      expect((await object(second, token, randomBytes(16).toString("hex"))).status).toBe(201);
      const { length, events } = await auditChain(second, await second.token(host));
      expect(events.map((event) => event.sequence)).toEqual(Array.from({ length }, (_, index) => index + 1));
      expect(verifyChain(events)).toBeUndefined();
      const audited = new Set(
        events
          .filter((event) => event.operation === "createObjection" && event.outcome.http_status === 201)
          .map((event) => event.trace_id),
      );
      expect(state.acknowledged.filter(({ traceId }) => !audited.has(traceId))).toEqual([]);
    },
    300_000,
  );
});

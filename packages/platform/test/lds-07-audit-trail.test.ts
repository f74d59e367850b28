import { randomUUID } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import { type ApiOperation, apiOperations } from "@lds/catalogue";
import type { AuditEvent } from "@lds/types/lds-07";
import { describe, expect } from "vitest";
import { createApp } from "../src/app.ts";
import type { AuditEntry, AuditNotes, Requester } from "../src/context.ts";
import { handlers } from "../src/handlers.ts";
import { createPlatform, type Platform } from "../src/index.ts";
import { createAuditTrail } from "../src/lds-07/audit-trail.ts";
import { actionOf, audited } from "../src/lds-07/audited-operations.ts";
import * as lds07 from "../src/lds-07/handlers.ts";
import { type ChainedEvent, verifyChain } from "../src/lds-07/hash-chain.ts";
import { call, engines, freshDatabaseUrl, json, testPlatform } from "./harness.ts";

const NHS = "https://fhir.nhs.uk/Id/nhs-number";
const UPN = "urn:lds:id:upn";
const AGREEMENT = "6e17401c-1806-4c01-9818-8dd9f25380b3";

const requesterA: Requester = {
  clientId: "client-a",
  organisation: { system: "urn:lds:id:gss", value: "E06000991" },
  name: "LDS Test Requester A",
  scopes: ["lds-06:read"],
};
const requesterB: Requester = {
  clientId: "client-b",
  organisation: { system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "RZ9" },
  name: "Northmoor and Eastbrook NHS Foundation Trust",
  scopes: ["lds-06:read"],
};
const auditor: Requester = {
  clientId: "dpo-audit-console",
  organisation: { system: "urn:lds:id:gss", value: "E06000990" },
  name: "Northmoor Borough Council",
  scopes: ["lds-07:audit"],
};

/** The audited operations and their actions, as the LDS-07 README's section 4.2 tabulates them. */
const README_ACTIONS: Record<string, AuditEvent["action"]> = {
  createConsentRecord: "create",
  createObjection: "create",
  appendConsentEvent: "update",
  withdrawObjection: "update",
  readConsentRecord: "read",
  searchConsentRecords: "read",
  readObjection: "read",
  searchObjections: "read",
  checkObjections: "read",
  decide: "execute",
  createAgreement: "create",
  amendAgreement: "update",
  changeAgreementStatus: "update",
  requestRecordAccess: "read",
  searchAuditEvents: "read",
  getAuditEvent: "read",
  exportAuditEvents: "read",
  generateAccessReport: "read",
};

interface EntrySpec {
  readonly operationId?: string;
  readonly requester?: Requester;
  readonly status?: number;
  readonly problemCode?: string | undefined;
  readonly notes?: AuditNotes;
  readonly headers?: Record<string, string>;
  readonly at?: Date;
}

/** A fresh platform serving LDS-07 with the reference audit trail, and ways to feed and read its chain. */
async function auditedPlatform(engine: string) {
  const trail = createAuditTrail();
  const platform = await testPlatform(engine, {
    standards: ["LDS-00", "LDS-01", "LDS-07"],
    handlers: lds07,
    audit: trail,
  });
  const operations = apiOperations(platform.context.catalogue);
  const operation = (operationId: string): ApiOperation => {
    const found = operations.find((candidate) => candidate.operationId === operationId);
    if (!found) throw new Error(`no operation ${operationId}`);
    return found;
  };
  const entry = (spec: EntrySpec = {}): AuditEntry => ({
    eventId: randomUUID(),
    operation: operation(spec.operationId ?? "requestRecordAccess"),
    requester: spec.requester ?? requesterA,
    status: spec.status ?? 200,
    problemCode: spec.problemCode,
    notes: spec.notes ?? {},
    headers: new Headers(spec.headers ?? {}),
    at: spec.at ?? new Date(),
  });
  /** Appends each entry in a transaction of its own, as the router does. */
  const record = async (...entries: AuditEntry[]) => {
    for (const item of entries) await platform.context.db.transaction((tx) => trail.record(tx, item));
  };
  const auditorToken = await platform.context.tokens.issue(auditor);
  const chainLength = async (): Promise<number> =>
    (await json(await call(platform, "GET", "/v1/audit-chain", { token: auditorToken }))).length;
  /** Every event from..to, through searchAuditEvents with the auditor's token, all pages. */
  const events = async (from: number, to: number): Promise<AuditEvent[]> =>
    walk(platform, auditorToken, { sequence_from: from, sequence_to: to });
  /** The events appended while `work` runs. */
  const appended = async (work: () => Promise<unknown>): Promise<AuditEvent[]> => {
    const before = await chainLength();
    await work();
    const after = await chainLength();
    return after > before ? events(before + 1, after) : [];
  };
  return { platform, trail, operation, entry, record, chainLength, events, appended, auditorToken };
}

/** Walks every page of a search by following its `next` links with the same body (LDS-00-R19). */
async function walk(platform: Platform, token: string, body: object): Promise<AuditEvent[]> {
  const found: AuditEvent[] = [];
  let path: string | undefined = "/v1/audit-events/$search?size=100";
  while (path) {
    const response = await call(platform, "POST", path, { token, body });
    expect(response.status).toBe(200);
    const page = await json(response);
    found.push(...page.items);
    path = page.links.next ? new URL(page.links.next).pathname + new URL(page.links.next).search : undefined;
  }
  return found;
}

describe.each(engines)("LDS-07 audit trail on %s", async (engine) => {
  const shared = await auditedPlatform(engine);
  /** A chain of its own, for the test that tampers with it. */
  const tamperable = await auditedPlatform(engine);

  test("LDS-07-R01, R03: exactly the operations LDS-07-R01 lists are audited, with the README's actions", () => {
    const all = apiOperations(shared.platform.context.catalogue);
    const auditedIds = all.filter((operation) => shared.trail.audited(operation)).map((o) => o.operationId);
    expect(new Set(auditedIds)).toEqual(new Set(Object.keys(README_ACTIONS)));
    expect(auditedIds).toHaveLength(Object.keys(README_ACTIONS).length);
    for (const operation of all.filter(audited))
      expect(actionOf(operation)).toBe(README_ACTIONS[operation.operationId]);
    // Neither the chain operations nor discovery and identifier validation are audited.
    for (const id of ["getAuditChain", "listAuditChainLinks", "getApiInfo", "validateIdentifiers", "getAgreement"]) {
      expect(shared.trail.audited(shared.operation(id))).toBe(false);
    }
  });

  test("LDS-07-R03 to R08: the event records the request as made", async () => {
    const { record, entry, appended } = shared;
    const justification = "Child reported missing overnight; household members needed now. ".repeat(40);
    const item = entry({
      requester: { ...requesterA, scopes: ["lds-06:read", "lds-06:break-glass"] },
      notes: {
        subjects: [
          { system: NHS, value: "943 476 5919" },
          { system: NHS, value: "9434765918" }, // fails LDS-01: not recorded
          { system: UPN, value: "b801200005001" },
          { system: NHS, value: "9434765919" }, // the first again, canonical: recorded once
          { system: "urn:lds:id:postcode", value: "SW1A 1AA" }, // a place, not a person
        ],
        purpose: "safeguarding",
        agreement: { id: AGREEMENT, version: 2 },
        lawfulBasis: "art6-1-e",
        conditions: ["art9-2-g", "dpa2018-sch1-p18", "art9-2-g"],
        disclosed: [
          { record_type: "family-support-summary", pointer: "/household/members" },
          { record_type: "family-support-summary", pointer: "/needs/domestic_abuse" },
          { record_type: "family-support-summary", pointer: "/household/members" },
        ],
        breakGlass: true,
        breakGlassJustification: justification,
      },
      headers: {
        traceparent: "00-91beb0f1a5f06bb3313f3da79d2e04f9-7d3efb1b173fecfa-01",
        "LDS-User-Ref": "u-4f9c21d8",
      },
      at: new Date("2025-03-03T23:42:18.350Z"),
    });
    const added = await appended(() => record(item));
    expect(added).toHaveLength(1);
    const [event] = added;
    const { hash: _hash, prev_hash: _prev, sequence: _sequence, ...content } = event!;
    expect(content).toEqual({
      id: item.eventId,
      recorded_at: "2025-03-03T23:42:18.350Z",
      standard: "LDS-06",
      operation: "requestRecordAccess",
      action: "read",
      requester: { organisation: requesterA.organisation, client_id: "client-a", user_ref: "u-4f9c21d8" },
      subjects: [
        { system: NHS, value: "9434765919" },
        { system: UPN, value: "B801200005001" },
      ],
      purpose_class: "safeguarding",
      agreement_id: AGREEMENT,
      agreement_version: 2,
      lawful_basis: "art6-1-e",
      conditions: ["art9-2-g", "dpa2018-sch1-p18"],
      disclosed: [
        { record_type: "family-support-summary", pointer: "/household/members" },
        { record_type: "family-support-summary", pointer: "/needs/domestic_abuse" },
      ],
      break_glass: true,
      break_glass_justification: justification.slice(0, 2000),
      outcome: { result: "permit", http_status: 200 },
      trace_id: "91beb0f1a5f06bb3313f3da79d2e04f9",
    });
    expect(
      verifyChain([event as ChainedEvent], { sequence: event!.sequence - 1, hash: event!.prev_hash }),
    ).toBeUndefined();
  });

  test("LDS-07-R03, R05 to R08: absent values are omitted, never null or inferred", async () => {
    const { record, entry, appended } = shared;
    const refused = entry({
      status: 403,
      problemCode: "objection",
      notes: {
        breakGlassJustification: "only with break-glass",
        disclosed: [{ record_type: "family-support-summary", pointer: "/household/members" }],
        conditions: ["art9-2-g"],
      },
      headers: {
        traceparent: "00-00000000000000000000000000000000-7d3efb1b173fecfa-01", // all-zero trace-id: invalid
        "LDS-User-Ref": "has a space", // not visible ASCII only
      },
    });
    const forbiddenGlass = entry({
      status: 403,
      problemCode: "forbidden",
      // The agreement the request cited, before the platform found a version of it.
      notes: { breakGlass: true, breakGlassJustification: "the scope is missing", agreementId: AGREEMENT },
      headers: {
        traceparent: "ff-91beb0f1a5f06bb3313f3da79d2e04f9-7d3efb1b173fecfa-01",
        "LDS-User-Ref": "x".repeat(201),
      },
    });
    const [first, second] = await appended(() => record(refused, forbiddenGlass));
    expect(Object.keys(first!).sort()).toEqual(
      [
        "id",
        "sequence",
        "prev_hash",
        "hash",
        "recorded_at",
        "standard",
        "operation",
        "action",
        "requester",
        "break_glass",
        "outcome",
      ].sort(),
    );
    expect(first).toMatchObject({
      requester: { organisation: requesterA.organisation, client_id: "client-a" },
      break_glass: false,
      outcome: { result: "deny", http_status: 403, problem_code: "objection" },
    });
    expect(first!.requester).not.toHaveProperty("user_ref");
    // A refused break-glass request is flagged, with its justification (LDS-07-R05).
    expect(second).toMatchObject({
      break_glass: true,
      break_glass_justification: "the scope is missing",
      agreement_id: AGREEMENT,
    });
    expect(second).not.toHaveProperty("agreement_version");
    expect(second).not.toHaveProperty("trace_id");
    expect(second!.requester).not.toHaveProperty("user_ref");
  });

  test.prop(
    [
      fc.oneof(
        fc.integer({ min: 200, max: 299 }),
        fc.integer({ min: 400, max: 599 }).filter((status) => status !== 401),
      ),
      fc.constantFrom("objection", "not-a-party", "validation-failed", "internal-error"),
    ],
    { numRuns: 15 },
  )("LDS-07-R04: the outcome follows the HTTP status alone", async (status, code) => {
    const { record, entry, events } = shared;
    const before = await shared.chainLength();
    const item = entry({ status, problemCode: status < 400 ? undefined : code });
    await record(item);
    const [event] = await events(before + 1, before + 1);
    const result = status < 400 ? "permit" : status === 403 ? "deny" : "error";
    expect(event!.id).toBe(item.eventId);
    expect(event!.outcome).toEqual({
      result,
      http_status: status,
      ...(result === "permit" ? {} : { problem_code: code }),
    });
  });

  test("LDS-07-R01, R02: a 401 is never recorded, nor a request refused because audit failed", async () => {
    const { record, entry, appended } = shared;
    const added = await appended(() =>
      record(
        entry({ status: 401, problemCode: "unauthorised" }),
        entry({ status: 503, problemCode: "audit-unavailable" }),
      ),
    );
    expect(added).toEqual([]);
  });

  test("LDS-07-R02: an event that cannot be appended is 503 audit-unavailable and nothing is appended", async () => {
    const { trail, record, entry, appended } = shared;
    const broken = { query: async () => Promise.reject(new Error("disk full")) };
    const failed = entry();
    const added = await appended(async () => {
      await expect(trail.record(broken, failed)).rejects.toMatchObject({ status: 503, code: "audit-unavailable" });
    });
    expect(added).toEqual([]);
    // A failure inside a real transaction rolls back, and the chain carries on from where it was.
    const next = entry();
    const after = await appended(() => record(next));
    expect(after.map((event) => event.id)).toEqual([next.eventId]);
  });

  test.prop(
    [
      fc.array(
        fc.record({
          operationId: fc.constantFrom(...Object.keys(README_ACTIONS)),
          requester: fc.constantFrom(requesterA, requesterB, auditor),
          status: fc.constantFrom(200, 201, 204, 400, 403, 404, 422, 500, 503),
          purpose: fc.option(fc.constantFrom("direct-care", "safeguarding", "planning"), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    ],
    { numRuns: 6 },
  )(
    "LDS-07-R01, R09 to R11: one event per entry, numbered without gaps, each linked to the one before",
    async (specs) => {
      const { record, entry, events, chainLength } = shared;
      const before = await chainLength();
      const entries = specs.map(({ purpose, status, ...spec }) =>
        entry({
          ...spec,
          status,
          ...(status >= 400 ? { problemCode: "bad-request" } : {}),
          notes: purpose ? { purpose } : {},
        }),
      );
      await record(...entries);
      const length = await chainLength();
      expect(length).toBe(before + entries.length);
      const added = await events(before + 1, length);
      expect(added.map((event) => event.id)).toEqual(entries.map((item) => item.eventId));
      expect(added.map((event) => event.sequence)).toEqual(entries.map((_, index) => before + 1 + index));
      expect(added.map((event) => event.operation)).toEqual(specs.map((spec) => spec.operationId));
      const chain = await events(1, length);
      expect(chain.map((event) => event.sequence)).toEqual(Array.from({ length }, (_, index) => index + 1));
      expect(verifyChain(chain as ChainedEvent[])).toBeUndefined();
    },
  );

  test("LDS-07-R01, R04: a response its own standard forbids ends in a 500, recorded once, as an error", async () => {
    // The shared platform's context under a handler whose body the response check refuses.
    const { platform, appended, auditorToken } = shared;
    const broken = createApp(platform.context, {
      ...handlers,
      searchAuditEvents: async () => ({ body: { items: "not a page" } }),
    });
    const added = await appended(async () => {
      const response = await broken.fetch(
        new Request("http://127.0.0.1/v1/audit-events/$search", {
          method: "POST",
          headers: { authorization: `Bearer ${auditorToken}`, "content-type": "application/json" },
          body: "{}",
        }),
      );
      expect(response.status).toBe(500);
      expect((await json(response)).code).toBe("internal-error");
    });
    expect(added.map((event) => event.outcome)).toEqual([
      { result: "error", http_status: 500, problem_code: "internal-error" },
    ]);
  });

  test("LDS-07-R10, R12: events are immutable, and tampering with a stored event breaks verification there", async () => {
    const { platform, record, entry, events } = tamperable;
    await record(...Array.from({ length: 5 }, () => entry()));
    expect(verifyChain((await events(1, 5)) as ChainedEvent[])).toBeUndefined();
    // The database refuses to change or remove an event.
    await expect(platform.context.db.query("UPDATE audit_events SET recorded_at = recorded_at")).rejects.toThrow();
    await expect(platform.context.db.query("DELETE FROM audit_events WHERE sequence = 5")).rejects.toThrow();
    // An owner who bypasses that is still caught: the altered event's hash no longer recomputes.
    await platform.context.db.transaction(async (tx) => {
      await tx.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_immutable");
      await tx.query(
        "UPDATE audit_events SET event = replace(event, '\"client-a\"', '\"client-x\"') WHERE sequence = 3",
      );
      await tx.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_immutable");
    });
    const tampered = await events(1, 5);
    expect(tampered[2]!.requester.client_id).toBe("client-x");
    expect(verifyChain(tampered as ChainedEvent[])).toBe(3);
  });

  test("LDS-07-R09, R13: concurrent appends still form one gapless chain whose recorded_at never decreases", async () => {
    const { platform, trail, entry, appended, events, chainLength } = shared;
    const start = Date.parse("2025-03-03T09:00:00.000Z");
    // Requests finishing in one order may append in another: each entry's time is random.
    const entries = Array.from({ length: 40 }, () =>
      entry({ at: new Date(start + Math.floor(Math.random() * 10_000)) }),
    );
    const added = await appended(() =>
      Promise.all(entries.map((item) => platform.context.db.transaction((tx) => trail.record(tx, item)))),
    );
    expect(new Set(added.map((event) => event.id))).toEqual(new Set(entries.map((item) => item.eventId)));
    const length = await chainLength();
    const chain = await events(1, length);
    expect(chain.map((event) => event.sequence)).toEqual(Array.from({ length }, (_, index) => index + 1));
    expect(verifyChain(chain as ChainedEvent[])).toBeUndefined();
    const times = chain.map((event) => Date.parse(event.recorded_at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  test.runIf(engine === "postgres")(
    "LDS-07-R09: two platform instances over one PostgreSQL database append to one gapless chain",
    async () => {
      const cleanups: (() => Promise<void>)[] = [];
      const databaseUrl = await freshDatabaseUrl(cleanups);
      const options = { standards: ["LDS-00", "LDS-01", "LDS-07"], handlers: lds07, databaseUrl };
      const trails = [createAuditTrail(), createAuditTrail()] as const;
      const instances = [
        await createPlatform({ ...options, audit: trails[0] }),
        await createPlatform({ ...options, audit: trails[1] }),
      ];
      try {
        const entries = Array.from({ length: 30 }, (_, index) => ({ index, item: shared.entry() }));
        await Promise.all(
          entries.map(({ index, item }) =>
            instances[index % 2]!.context.db.transaction((tx) => trails[index % 2]!.record(tx, item)),
          ),
        );
        const rows = await instances[0]!.context.db.query<{ event: string }>(
          "SELECT event FROM audit_events ORDER BY sequence",
        );
        const chain = rows.map((row) => JSON.parse(row.event) as ChainedEvent);
        expect(chain.map((event) => event.sequence)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
        expect(new Set(chain.map((event) => event.id))).toEqual(new Set(entries.map(({ item }) => item.eventId)));
        expect(verifyChain(chain)).toBeUndefined();
      } finally {
        for (const instance of instances) await instance.close();
        for (const cleanup of cleanups) await cleanup();
      }
    },
  );
});

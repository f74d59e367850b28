import { randomBytes, randomUUID } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import { canonicalize } from "@lds/canonical-json";
import { apiOperations } from "@lds/catalogue";
import type { AuditEvent } from "@lds/types/lds-07";
import { describe, expect } from "vitest";
import type { AuditEntry, AuditNotes, Requester } from "../src/context.ts";
import { createAuditTrail } from "../src/lds-07/audit-trail.ts";
import { fhirAuditEvent, purposeOfUseCodes } from "../src/lds-07/fhir-audit-event.ts";
import * as lds07 from "../src/lds-07/handlers.ts";
import { type ChainedEvent, GENESIS_HASH, verifyChain } from "../src/lds-07/hash-chain.ts";
import { putPerson } from "../src/people/people.ts";
import { call, engines, json, testPlatform } from "./harness.ts";

const NHS = "https://fhir.nhs.uk/Id/nhs-number";
const UPN = "urn:lds:id:upn";
const GSS = "urn:lds:id:gss";
const ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
const BUNDLE = "https://standards.lds.example/lds-07-access-audit/1/schemas/fhir-audit-event-bundle.schema.json";
const REPORT = "https://standards.lds.example/lds-07-access-audit/1/schemas/access-report.schema.json";
const AGREEMENT_1 = "6e17401c-1806-4c01-9818-8dd9f25380b3";
const AGREEMENT_2 = "0b6f8c1e-3a52-4c1e-9d0e-2f4a9b7c5d31";

/** A person known by an NHS number and a UPN, and one known by an NHS number only. */
const PERSON_1 = { nhs: { system: NHS, value: "9434765919" }, upn: { system: UPN, value: "B801200005001" } };
const PERSON_2 = { nhs: { system: NHS, value: "9990002711" } };
/** A valid NHS number the platform holds no one for. */
const STRANGER = { system: NHS, value: "4010232137" };

const organisation = (clientId: string, system: string, value: string, name: string, scopes: string[]): Requester => ({
  clientId,
  organisation: { system, value },
  name,
  scopes,
});
const orgA = organisation("client-a", GSS, "E06000991", "LDS Test Requester A", ["lds-07:read"]);
const orgB = organisation("client-b", ODS, "RZ9", "Northmoor and Eastbrook NHS Foundation Trust", ["lds-07:read"]);
const orgC = organisation("client-c", GSS, "E23000990", "Northmoor and Eastbrook Police", ["lds-07:read"]);
const host = organisation("dpo-console", GSS, "E06000990", "Northmoor Borough Council", ["lds-07:audit"]);
const reporter = organisation("sar-desk", GSS, "E06000990", "Northmoor Borough Council", ["lds-07:report"]);

const hex = (bytes: number) => randomBytes(bytes).toString("hex");
const traceparent = (traceId: string) => `00-${traceId}-${hex(8)}-01`;
const FILTER_NAMES = [
  "requester",
  "standard",
  "operation",
  "purpose_class",
  "agreement",
  "outcome",
  "break_glass",
  "trace_id",
  "recorded_from",
  "recorded_to",
  "sequence_from",
  "sequence_to",
  "subject",
] as const;
const pathOf = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

describe.each(engines)("LDS-07 operations on %s", async (engine) => {
  // A clock that moves on a millisecond per reading: every event has its own recorded_at.
  let tick = Date.parse("2025-01-01T00:00:00.000Z");
  const trail = createAuditTrail();
  const platform = await testPlatform(engine, {
    standards: ["LDS-00", "LDS-01", "LDS-07"],
    handlers: lds07,
    audit: trail,
    now: () => new Date(tick++),
  });
  await platform.context.db.transaction(async (tx) => {
    await putPerson(tx, "person-1", { identifiers: [PERSON_1.nhs, PERSON_1.upn] });
    await putPerson(tx, "person-2", { identifiers: [PERSON_2.nhs] });
  });
  const tokens = {
    a: await platform.context.tokens.issue(orgA),
    b: await platform.context.tokens.issue(orgB),
    c: await platform.context.tokens.issue(orgC),
    auditor: await platform.context.tokens.issue(host),
    report: await platform.context.tokens.issue(reporter),
  };
  const operations = apiOperations(platform.context.catalogue);
  const entry = (requester: Requester, notes: AuditNotes = {}, spec: Partial<AuditEntry> = {}): AuditEntry => ({
    eventId: randomUUID(),
    operation: operations.find((operation) => operation.operationId === "requestRecordAccess")!,
    requester,
    status: 200,
    problemCode: undefined,
    notes,
    headers: new Headers(),
    at: new Date(tick++),
    ...spec,
  });
  const record = async (...entries: AuditEntry[]) => {
    for (const item of entries) await platform.context.db.transaction((tx) => trail.record(tx, item));
    return entries.map((item) => item.eventId);
  };
  const chain = async (token = tokens.auditor) => json(await call(platform, "GET", "/v1/audit-chain", { token }));
  const search = (token: string, body: object, query = "") =>
    call(platform, "POST", `/v1/audit-events/$search${query}`, { token, body });
  const exportEvents = (token: string, body: object, query = "") =>
    call(platform, "POST", `/v1/audit-events/fhir/$search${query}`, { token, body });
  const report = (body: object, token = tokens.report) =>
    call(platform, "POST", "/v1/access-reports/$search", { token, body });
  /** Every event a search returns, walking its pages with the same body (LDS-00-R19). */
  const walk = async (token: string, body: object, size = 100): Promise<AuditEvent[]> => {
    const found: AuditEvent[] = [];
    let path: string | undefined = `/v1/audit-events/$search?size=${size}`;
    while (path) {
      const response = await call(platform, "POST", path, { token, body });
      expect(response.status).toBe(200);
      const page = await json(response);
      found.push(...page.items);
      path = page.links.next ? pathOf(page.links.next) : undefined;
    }
    return found;
  };
  /** The whole chain as it stands, read by the auditor. */
  const everything = async () => walk(tokens.auditor, { sequence_to: Math.max(1, (await chain()).length) });

  test("LDS-07-R14: before the first event the chain has length 0 and no head; its custodian is the host", async () => {
    const response = await call(platform, "GET", "/v1/audit-chain", { token: tokens.a });
    expect(response.status).toBe(200);
    const state = await json(response);
    expect(state).toMatchObject({ custodian: { system: GSS, value: "E06000990" }, length: 0 });
    expect(state).not.toHaveProperty("head");
    const links = await json(await call(platform, "GET", "/v1/audit-chain/links", { token: tokens.a }));
    expect(links.items).toEqual([]);
  });

  test("LDS-07-R19: each operation needs its scope; 403 forbidden without it", async () => {
    const [eventId] = await record(entry(orgA));
    const readOnly = tokens.a;
    const reportOnly = tokens.report;
    const readCalls = [
      (token: string) => search(token, {}),
      (token: string) => call(platform, "GET", `/v1/audit-events/${eventId}`, { token }),
      (token: string) => exportEvents(token, {}),
      (token: string) => call(platform, "GET", "/v1/audit-chain", { token }),
      (token: string) => call(platform, "GET", "/v1/audit-chain/links", { token }),
    ];
    for (const send of readCalls) {
      const refused = await send(reportOnly);
      expect(refused.status).toBe(403);
      expect((await json(refused)).code).toBe("forbidden");
      expect((await send(readOnly)).status).toBe(200);
      expect((await send(tokens.auditor)).status).toBe(200);
    }
    const refused = await report({ subject: PERSON_1.nhs }, readOnly);
    expect(refused.status).toBe(403);
    expect((await json(refused)).code).toBe("forbidden");
    expect((await report({ subject: PERSON_1.nhs }, reportOnly)).status).toBe(200);
  });

  test("LDS-07-R17, R18: a requester organisation sees only its own events; an auditor sees every one", async () => {
    const [ofA] = await record(entry(orgA, { subjects: [PERSON_1.nhs] }));
    const [ofB] = await record(entry(orgB, { subjects: [PERSON_1.upn] }));
    const [ofC] = await record(entry(orgC, { subjects: [PERSON_2.nhs] }));
    const { length } = await chain();
    for (const body of [{ sequence_to: length }, { subject: PERSON_1.nhs, sequence_to: length }]) {
      const seenByB = await walk(tokens.b, body);
      expect(seenByB.length).toBeGreaterThan(0);
      expect(seenByB.every((event) => event.requester.organisation.value === "RZ9")).toBe(true);
      expect(seenByB.map((event) => event.id)).not.toContain(ofA);
      const exported = await json(await exportEvents(tokens.b, body, "?size=100"));
      expect(exported.entry.map((item: { resource: { id: string } }) => item.resource.id)).toEqual(
        seenByB.map((event) => event.id),
      );
    }
    const forOthers = await call(platform, "GET", `/v1/audit-events/${ofA}`, { token: tokens.b });
    const forNobody = await call(platform, "GET", `/v1/audit-events/${randomUUID()}`, { token: tokens.b });
    expect(forOthers.status).toBe(404);
    expect(forNobody.status).toBe(404);
    const [other, nobody] = [await json(forOthers), await json(forNobody)];
    expect(other.code).toBe("not-found");
    expect(other).toEqual(nobody);
    expect((await call(platform, "GET", `/v1/audit-events/${ofB}`, { token: tokens.b })).status).toBe(200);
    const all = await walk(tokens.auditor, { sequence_to: length });
    expect(all.map((event) => event.id)).toEqual(expect.arrayContaining([ofA, ofB, ofC]));
    for (const id of [ofA, ofB, ofC]) {
      const response = await call(platform, "GET", `/v1/audit-events/${id}`, { token: tokens.auditor });
      expect(response.status).toBe(200);
      expect((await json(response)).id).toBe(id);
    }
  });

  test("LDS-07-R16: a subject filter matches the person under any of their identifiers", async () => {
    const [byUpn] = await record(entry(orgA, { subjects: [{ system: UPN, value: "b801200005001" }] }));
    const [byNhs] = await record(entry(orgB, { subjects: [{ system: NHS, value: "943 476 5919" }] }));
    const [other] = await record(entry(orgC, { subjects: [PERSON_2.nhs] }));
    const { length } = await chain();
    for (const subject of [PERSON_1.nhs, PERSON_1.upn, { system: NHS, value: "943 476 5919" }]) {
      const ids = (await walk(tokens.auditor, { subject, sequence_to: length })).map((event) => event.id);
      expect(ids).toEqual(expect.arrayContaining([byUpn, byNhs]));
      expect(ids).not.toContain(other);
    }
    const stranger = (await walk(tokens.auditor, { subject: STRANGER, sequence_to: length })).map((event) => event.id);
    expect(stranger).not.toContain(byUpn);
    expect(stranger).not.toContain(byNhs);
  });

  test("LDS-07-R25: inverted ranges are 422 audit-range-invalid; inverted chain links 400 at /sequence_to", async () => {
    const instant = "2025-03-01T00:00:00Z";
    const sameInstant = { recorded_from: instant, recorded_to: instant };
    const inverted = { sequence_from: 5, sequence_to: 4 };
    for (const response of [
      await search(tokens.auditor, sameInstant),
      await exportEvents(tokens.auditor, sameInstant),
      await report({ subject: PERSON_1.nhs, ...sameInstant }),
      await search(tokens.auditor, inverted),
      await exportEvents(tokens.auditor, inverted),
      // Equal instants written with different precision are still an empty range.
      await search(tokens.auditor, { recorded_from: "2025-03-01T00:00:00.000Z", recorded_to: instant }),
    ]) {
      expect(response.status).toBe(422);
      expect(await json(response)).toMatchObject({ status: 422, code: "audit-range-invalid" });
    }
    const links = await call(platform, "GET", "/v1/audit-chain/links?sequence_from=5&sequence_to=4", {
      token: tokens.auditor,
    });
    expect(links.status).toBe(400);
    const problem = await json(links);
    expect(problem.code).toBe("bad-request");
    expect(problem.errors).toContainEqual(expect.objectContaining({ pointer: "/sequence_to" }));
    // A one-millisecond range and a one-event range are not inverted.
    expect((await search(tokens.auditor, { ...sameInstant, recorded_to: "2025-03-01T00:00:00.001Z" })).status).toBe(
      200,
    );
    expect((await search(tokens.auditor, { sequence_from: 4, sequence_to: 4 })).status).toBe(200);
  });

  test("LDS-07-R01, R03, R07, R08: the LDS-07 reads are audited themselves, once each; a 401 is not", async () => {
    const traceId = hex(16);
    const traced = (id: string) =>
      call(platform, "POST", "/v1/audit-events/$search", {
        token: tokens.a,
        body: { subject: { system: UPN, value: "b801200005001" } },
        headers: { traceparent: traceparent(id), "LDS-User-Ref": "u-4f9c21d8" },
      });
    expect((await traced(traceId)).status).toBe(200);
    const [event, ...more] = await walk(tokens.auditor, { trace_id: traceId });
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      standard: "LDS-07",
      operation: "searchAuditEvents",
      action: "read",
      requester: { organisation: orgA.organisation, client_id: "client-a", user_ref: "u-4f9c21d8" },
      subjects: [PERSON_1.upn],
      break_glass: false,
      outcome: { result: "permit", http_status: 200 },
      trace_id: traceId,
    });
    // A rejected request is audited as an error with its problem code; an unauthenticated one not at all.
    const rejectedTrace = hex(16);
    const rejected = await call(platform, "POST", "/v1/access-reports/$search", {
      token: tokens.report,
      body: { subject: PERSON_1.nhs, recorded_from: "2025-03-01T00:00:00Z", recorded_to: "2025-02-01T00:00:00Z" },
      headers: { traceparent: traceparent(rejectedTrace) },
    });
    expect(rejected.status).toBe(422);
    expect(await walk(tokens.auditor, { trace_id: rejectedTrace })).toEqual([
      expect.objectContaining({
        operation: "generateAccessReport",
        subjects: [PERSON_1.nhs],
        outcome: { result: "error", http_status: 422, problem_code: "audit-range-invalid" },
      }),
    ]);
    const anonymousTrace = hex(16);
    const anonymous = await call(platform, "POST", "/v1/audit-events/$search", {
      body: {},
      headers: { traceparent: traceparent(anonymousTrace) },
    });
    expect(anonymous.status).toBe(401);
    expect(await walk(tokens.auditor, { trace_id: anonymousTrace })).toEqual([]);
  });

  test("LDS-07-R09, R11, R14: the head is the last event, and the links chain from 1 to the length", async () => {
    await record(entry(orgA), entry(orgB), entry(orgA, { subjects: [PERSON_2.nhs] }));
    const state = await chain(tokens.a);
    const all = await walk(tokens.auditor, { sequence_to: state.length });
    const last = all.at(-1)!;
    expect(state.head).toEqual({ sequence: state.length, hash: last.hash, recorded_at: last.recorded_at });
    expect(all.map((event) => event.sequence)).toEqual(Array.from({ length: state.length }, (_, i) => i + 1));
    // A requester organisation walks the links, in small pages, and checks its own events against them.
    const links: { sequence: number; prev_hash: string; hash: string }[] = [];
    let path: string | undefined = `/v1/audit-chain/links?sequence_to=${state.length}&size=7`;
    while (path) {
      const page = await json(await call(platform, "GET", path, { token: tokens.a }));
      links.push(...page.items);
      path = page.links.next ? pathOf(page.links.next) : undefined;
    }
    expect(links.map((link) => link.sequence)).toEqual(all.map((event) => event.sequence));
    expect(links[0]!.prev_hash).toBe(GENESIS_HASH);
    for (const [index, link] of links.entries()) {
      if (index > 0) expect(link.prev_hash).toBe(links[index - 1]!.hash);
    }
    const own = await walk(tokens.a, { sequence_to: state.length });
    expect(own.length).toBeGreaterThan(0);
    for (const event of own) {
      expect(links[event.sequence - 1]).toEqual({
        sequence: event.sequence,
        prev_hash: event.prev_hash,
        hash: event.hash,
      });
    }
    expect(verifyChain(all as ChainedEvent[])).toBeUndefined();
    for (const event of all)
      expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // sequence_to beyond the length is capped; a range past the end is empty, not an error.
    const now = (await chain(tokens.a)).length;
    const capped = await json(
      await call(
        platform,
        "GET",
        `/v1/audit-chain/links?sequence_from=${state.length}&sequence_to=${state.length + 50}`,
        { token: tokens.a },
      ),
    );
    expect(capped.items.map((link: { sequence: number }) => link.sequence)).toEqual(
      Array.from({ length: now - state.length + 1 }, (_, i) => state.length + i),
    );
    const beyond = await json(
      await call(platform, "GET", `/v1/audit-chain/links?sequence_from=${state.length + 1000}`, { token: tokens.a }),
    );
    expect(beyond.items).toEqual([]);
  });

  test("LDS-07-R23, R24: the export is the same page as the search, mapped to FHIR, carrying each canonical event", async () => {
    await record(
      entry(
        orgC,
        {
          subjects: [PERSON_1.upn],
          purpose: "safeguarding",
          agreement: { id: AGREEMENT_1, version: 2 },
          lawfulBasis: "art6-1-e",
          conditions: ["art9-2-g"],
          disclosed: [
            { record_type: "family-support-summary", pointer: "/household/members" },
            { record_type: "family-support-summary", pointer: "/needs/domestic_abuse" },
          ],
          breakGlass: true,
          breakGlassJustification: "Child missing overnight.",
        },
        { headers: new Headers({ "LDS-User-Ref": "u-77" }) },
      ),
      entry(
        orgB,
        { subjects: [PERSON_1.nhs], purpose: "planning", agreement: { id: AGREEMENT_1, version: 2 } },
        {
          status: 403,
          problemCode: "objection",
        },
      ),
      entry(orgA, {}, { status: 503, problemCode: "service-unavailable" }),
    );
    const { length, custodian } = await chain();
    const body = { sequence_to: length };
    const size = 4;
    const pages = Math.ceil(length / size);
    const codes = purposeOfUseCodes(platform.context.catalogue);
    for (const number of [1, 2, pages]) {
      const query = `?page=${number}&size=${size}`;
      const items: AuditEvent[] = (await json(await search(tokens.auditor, body, query))).items;
      const response = await exportEvents(tokens.auditor, body, query);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const bundle = await json(response);
      expect(platform.context.validator.validate(BUNDLE, bundle)).toEqual([]);
      expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
      const relations = bundle.link.map((link: { relation: string }) => link.relation);
      expect(relations).toEqual(
        expect.arrayContaining([
          "self",
          "first",
          "last",
          ...(number > 1 ? ["previous"] : []),
          ...(number < pages ? ["next"] : []),
        ]),
      );
      expect(bundle.entry.map((item: { fullUrl: string }) => item.fullUrl)).toEqual(
        items.map((event) => `urn:uuid:${event.id}`),
      );
      expect(bundle.entry.map((item: { resource: unknown }) => item.resource)).toEqual(
        items.map((event) => fhirAuditEvent(event, custodian, codes)),
      );
      // Each AuditEvent carries the event's RFC 8785 form, hash included, so the chain verifies from the export.
      const decoded = bundle.entry.map(
        (item: { resource: { entity: { name?: string; detail?: { valueBase64Binary?: string }[] }[] } }) => {
          const carrier = item.resource.entity.filter((entity) => entity.name === "lds-audit-event");
          expect(carrier).toHaveLength(1);
          return Buffer.from(carrier[0]!.detail![0]!.valueBase64Binary!, "base64").toString("utf8");
        },
      );
      expect(decoded).toEqual(items.map((event) => canonicalize(event)));
      const events = decoded.map((text: string) => JSON.parse(text) as ChainedEvent);
      const first = events[0]!;
      expect(verifyChain(events, { sequence: first.sequence - 1, hash: first.prev_hash })).toBeUndefined();
    }
    const glass = (await walk(tokens.auditor, { break_glass: true, sequence_to: length })).at(-1)!;
    const mapped = fhirAuditEvent(glass, custodian, codes);
    expect(mapped.subtype).toHaveLength(2);
    expect(mapped.agent[0]).toMatchObject({ altId: "u-77", policy: [`urn:lds:agreement:${AGREEMENT_1}:2`] });
    // An export that matches nothing is a bundle without entries.
    const empty = await json(await exportEvents(tokens.auditor, { trace_id: hex(16), sequence_to: length }));
    expect(empty).not.toHaveProperty("entry");
    expect(platform.context.validator.validate(BUNDLE, empty)).toEqual([]);
  });

  test("LDS-07-R20 to R22: the access report lists every event about the person, by organisation, and no staff", async () => {
    const secrets = { userRef: `u-${hex(6)}`, justification: `justification ${hex(12)}`, trace: hex(16) };
    const [byUpn, byNhs, failed, elsewhere] = await record(
      entry(
        orgC,
        {
          subjects: [{ system: UPN, value: "b801200005001" }],
          purpose: "safeguarding",
          breakGlass: true,
          breakGlassJustification: secrets.justification,
          agreement: { id: AGREEMENT_2, version: 1 },
        },
        {
          headers: new Headers({ "LDS-User-Ref": secrets.userRef, traceparent: traceparent(secrets.trace) }),
        },
      ),
      entry(
        orgB,
        { subjects: [{ system: NHS, value: "943 476 5919" }], purpose: "planning" },
        { status: 403, problemCode: "objection" },
      ),
      entry(orgA, { subjects: [PERSON_1.nhs, PERSON_2.nhs] }, { status: 500, problemCode: "internal-error" }),
      entry(orgA, { subjects: [PERSON_2.nhs] }),
    );
    // An auditor's search by agreement names nobody, so it is not about the person.
    const byAgreement = await call(platform, "POST", "/v1/audit-events/$search", {
      token: tokens.auditor,
      body: { agreement_id: AGREEMENT_2 },
      headers: { traceparent: traceparent(hex(16)) },
    });
    expect(byAgreement.status).toBe(200);
    // ...but a search that named the person is.
    await search(tokens.a, { subject: PERSON_1.upn });
    const response = await report({ subject: { system: NHS, value: "943 476 5919" } });
    expect(response.status).toBe(200);
    const body = await json(response);
    // The report covers every event about the person before its own, which is the chain's latest.
    const { length } = await chain();
    const about = await walk(tokens.auditor, { subject: PERSON_1.nhs, sequence_to: length - 1 });
    expect(platform.context.validator.validate(REPORT, body)).toEqual([]);
    expect(body.subject).toEqual(PERSON_1.nhs);
    expect(body).not.toHaveProperty("recorded_from");
    const ids = body.entries.map((item: { event_id: string }) => item.event_id);
    expect(ids).toEqual(about.map((event) => event.id));
    expect(ids).toEqual(expect.arrayContaining([byUpn, byNhs, failed]));
    expect(ids).not.toContain(elsewhere);
    const last = about.at(-1)!;
    expect(last).toMatchObject({ standard: "LDS-07", operation: "searchAuditEvents" });
    expect(body.entries.at(-1)).toMatchObject({ activity: "audit", action: "read", outcome: "permit" });
    const refused = body.entries.find((item: { event_id: string }) => item.event_id === byNhs);
    expect(refused).toEqual({
      event_id: byNhs,
      accessed_at: about.find((event) => event.id === byNhs)!.recorded_at,
      organisation: { identifier: orgB.organisation, name: orgB.name },
      activity: "record-access",
      action: "read",
      purpose_class: "planning",
      outcome: "deny",
      problem_code: "objection",
      break_glass: false,
    });
    for (const item of body.entries) expect(item.organisation.name).toEqual(expect.any(String));
    // No staff reference, client id, trace id, justification, hash, or the person's other identifier (LDS-07-R21).
    const strings = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === "string") strings.add(value);
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(body);
    const forbidden = [
      secrets.userRef,
      secrets.justification,
      secrets.trace,
      "client-a",
      "client-b",
      "client-c",
      PERSON_1.upn.value,
      "b801200005001",
      ...about.flatMap((event) => [event.hash, event.prev_hash]),
    ];
    for (const value of forbidden) expect(strings.has(value)).toBe(false);
    expect(JSON.stringify(body)).not.toContain(secrets.justification);
    // The report by UPN lists the same requests; a period narrows it.
    const byOther = await json(await report({ subject: PERSON_1.upn }));
    expect(byOther.entries.map((item: { event_id: string }) => item.event_id).slice(0, ids.length)).toEqual(ids);
    const upnTime = about.find((event) => event.id === byUpn)!.recorded_at;
    const failedTime = about.find((event) => event.id === failed)!.recorded_at;
    const period = await json(await report({ subject: PERSON_1.nhs, recorded_from: upnTime, recorded_to: failedTime }));
    expect(period.entries.map((item: { event_id: string }) => item.event_id)).toEqual([byUpn, byNhs]);
    expect(period).toMatchObject({ recorded_from: upnTime, recorded_to: failedTime });
  });

  /** Events for the search property: every combination of requester, outcome, purpose, agreement and subject. */
  let dataset: Promise<AuditEvent[]> | undefined;
  const subjectsCycle = [[], [PERSON_1.nhs], [PERSON_1.upn], [PERSON_2.nhs], [PERSON_1.nhs, PERSON_2.nhs]];
  const agreementsCycle = [
    undefined,
    { id: AGREEMENT_1, version: 1 },
    { id: AGREEMENT_1, version: 2 },
    { id: AGREEMENT_2, version: 1 },
  ];
  const purposes = [undefined, "direct-care", "safeguarding", "planning"];
  const statuses: [number, string | undefined][] = [
    [200, undefined],
    [403, "objection"],
    [422, "validation-failed"],
    [500, "internal-error"],
  ];
  const operationIds = ["requestRecordAccess", "decide", "createAgreement", "searchAuditEvents", "checkObjections"];
  const traces: string[] = [];
  const loadDataset = () => {
    dataset ??= (async () => {
      const start = tick + 3_600_000;
      const entries = Array.from({ length: 36 }, (_, i) => {
        const [status, problemCode] = statuses[i % statuses.length]!;
        const agreement = agreementsCycle[(i >> 1) % agreementsCycle.length];
        const purpose = purposes[(i >> 2) % purposes.length];
        const trace = i % 3 === 0 ? undefined : hex(16);
        if (trace) traces.push(trace);
        return entry(
          [orgA, orgB, orgC][i % 3]!,
          {
            subjects: subjectsCycle[i % subjectsCycle.length]!,
            ...(purpose ? { purpose } : {}),
            ...(agreement ? { agreement } : {}),
            breakGlass: i % 5 === 0,
          },
          {
            operation: operations.find((operation) => operation.operationId === operationIds[i % operationIds.length])!,
            status,
            problemCode,
            headers: new Headers(trace ? { traceparent: traceparent(trace) } : {}),
            at: new Date(start + i * 60_000),
          },
        );
      });
      await record(...entries);
      return everything();
    })();
    return dataset;
  };

  /** What a filter means (LDS-07-R15, R16): the oracle the search is held to. */
  const persons = [[PERSON_1.nhs, PERSON_1.upn], [PERSON_2.nhs]];
  const samePerson = (subject: { system: string; value: string }) => {
    const canonical = { system: subject.system, value: subject.value.replace(/\s/g, "").toUpperCase() };
    const held = persons.find((identifiers) =>
      identifiers.some((i) => i.system === canonical.system && i.value === canonical.value),
    );
    return held ?? [canonical];
  };
  const matches = (event: AuditEvent, filter: Record<string, unknown>): boolean => {
    const equal = (value: unknown, wanted: unknown) => wanted === undefined || value === wanted;
    const requester = filter.requester as { system: string; value: string } | undefined;
    const subject = filter.subject as { system: string; value: string } | undefined;
    const at = Date.parse(event.recorded_at);
    return (
      (!requester ||
        (event.requester.organisation.system === requester.system &&
          event.requester.organisation.value === requester.value)) &&
      equal(event.standard, filter.standard) &&
      equal(event.operation, filter.operation) &&
      equal(event.purpose_class, filter.purpose_class) &&
      equal(event.agreement_id, filter.agreement_id) &&
      equal(event.agreement_version, filter.agreement_version) &&
      equal(event.outcome.result, filter.outcome) &&
      equal(event.break_glass, filter.break_glass) &&
      equal(event.trace_id, filter.trace_id) &&
      (filter.recorded_from === undefined || at >= Date.parse(filter.recorded_from as string)) &&
      (filter.recorded_to === undefined || at < Date.parse(filter.recorded_to as string)) &&
      (filter.sequence_from === undefined || event.sequence >= (filter.sequence_from as number)) &&
      (filter.sequence_to === undefined || event.sequence <= (filter.sequence_to as number)) &&
      (!subject ||
        (event.subjects ?? []).some((s) =>
          samePerson(subject).some((i) => i.system === s.system && i.value === s.value),
        ))
    );
  };

  const instants = fc
    .integer({ min: 0, max: 40 })
    .map((minutes) =>
      new Date(Date.parse("2025-01-01T01:00:00Z") + minutes * 60_000 + (minutes % 2) * 500).toISOString(),
    );
  const filters = fc.record({
    requester: fc.constantFrom(orgA.organisation, orgB.organisation, orgC.organisation, {
      system: GSS,
      value: "E09000011",
    }),
    standard: fc.constantFrom("LDS-04", "LDS-05", "LDS-06", "LDS-07", "LDS-09"),
    operation: fc.constantFrom(...operationIds, "listAgreements"),
    purpose_class: fc.constantFrom("direct-care", "safeguarding", "planning", "research"),
    agreement: fc.record({
      agreement_id: fc.constantFrom(AGREEMENT_1, AGREEMENT_2, randomUUID()),
      agreement_version: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
    }),
    outcome: fc.constantFrom("permit", "deny", "error"),
    break_glass: fc.boolean(),
    trace_id: fc.constantFrom("trace", "absent"),
    recorded_from: instants,
    recorded_to: instants,
    sequence_from: fc.integer({ min: 1, max: 120 }),
    sequence_to: fc.integer({ min: 1, max: 200 }),
    subject: fc.constantFrom(
      { system: NHS, value: "943 476 5919" },
      { system: UPN, value: "b801200005001" },
      PERSON_2.nhs,
      STRANGER,
    ),
  });
  /** One to three of the filters at a time, so that most searches match something. */
  const someFilters = fc
    .tuple(filters, fc.shuffledSubarray([...FILTER_NAMES], { minLength: 1, maxLength: 3 }))
    .map(([drawn, keep]) => Object.fromEntries(keep.map((name) => [name, drawn[name]])) as Partial<typeof drawn>);
  let matched = 0;

  test.prop([someFilters, fc.constantFrom("auditor", "a"), fc.constantFrom(7, 100), fc.nat()], { numRuns: 40 })(
    "LDS-07-R15, R17: a search returns exactly the visible events matching every filter, in sequence order",
    async (drawn, who, size, pick) => {
      const all = await loadDataset();
      const limit = all.at(-1)!.sequence;
      const { agreement, trace_id, ...rest } = drawn;
      const filter: Record<string, unknown> = {
        ...rest,
        ...(agreement
          ? {
              agreement_id: agreement.agreement_id,
              ...(agreement.agreement_version === undefined ? {} : { agreement_version: agreement.agreement_version }),
            }
          : {}),
        ...(trace_id === undefined ? {} : { trace_id: trace_id === "trace" ? traces[pick % traces.length] : hex(16) }),
      };
      // Inverted ranges are rejected (LDS-07-R25), not searched.
      if (
        filter.recorded_from !== undefined &&
        filter.recorded_to !== undefined &&
        (filter.recorded_to as string) <= (filter.recorded_from as string)
      )
        delete filter.recorded_to;
      if (
        filter.sequence_from !== undefined &&
        filter.sequence_to !== undefined &&
        (filter.sequence_to as number) < (filter.sequence_from as number)
      )
        delete filter.sequence_to;
      const sequenceTo = Math.min((filter.sequence_to as number | undefined) ?? limit, limit);
      const sequenceFrom = filter.sequence_from as number | undefined;
      const body = {
        ...filter,
        ...(sequenceFrom === undefined ? {} : { sequence_from: Math.min(sequenceFrom, sequenceTo) }),
        sequence_to: sequenceTo,
      };
      const token = who === "auditor" ? tokens.auditor : tokens.a;
      const visible =
        who === "auditor" ? all : all.filter((event) => event.requester.organisation.value === orgA.organisation.value);
      const expected = visible.filter((event) => matches(event, body));
      const found = await walk(token, body, size);
      if (expected.length) matched++;
      expect(found.map((event) => event.sequence)).toEqual(expected.map((event) => event.sequence));
      expect(found).toEqual(expected);
    },
  );

  test("LDS-07-R15: the search property above was exercised on searches that match events", () => {
    expect(matched).toBeGreaterThanOrEqual(10);
  });
});

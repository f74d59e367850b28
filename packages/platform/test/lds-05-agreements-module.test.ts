import { fc, test } from "@fast-check/vitest";
import type { AgreementStatus, DataSharingAgreementVersion } from "@lds/types/lds-05";
import { describe, expect } from "vitest";
import { getAgreementVersion, isInForce, putAgreementVersion } from "../src/lds-05/agreements.ts";
import * as lds05 from "../src/lds-05/handlers.ts";
import { call, engines, json, testPlatform } from "./harness.ts";

/**
 * What LDS-05 offers other modules (src/lds-05/agreements.ts): storing versions as given (the sandbox seeds the
 * personas' agreements with it), reading them back exactly, and LDS-05's definition of "in force".
 */

describe.each(engines)("LDS-05 agreements module on %s", async (engine) => {
  const platform = await testPlatform(engine, {
    standards: ["LDS-00", "LDS-05"],
    handlers: lds05,
    now: () => new Date("2026-06-01T12:00:00Z"),
  });
  const seeded = platform.context.catalogue.personas?.agreements ?? [];
  const stored = await platform.context.db.transaction(async (tx) => {
    const results: boolean[] = [];
    for (const version of seeded) results.push(await putAgreementVersion(tx, version));
    return results;
  });
  const latest = new Map<string, DataSharingAgreementVersion>();
  for (const version of seeded) {
    if ((latest.get(version.id)?.version ?? 0) < version.version) latest.set(version.id, version);
  }
  const read = (id: string, version?: number) =>
    platform.context.db.transaction((tx) => getAgreementVersion(tx, id, version));

  test("putAgreementVersion stores every version of the personas; getAgreementVersion reads each back exactly", async () => {
    expect(seeded.length).toBeGreaterThan(0);
    expect(stored.every(Boolean)).toBe(true);
    for (const version of seeded) expect(await read(version.id, version.version)).toEqual(version);
    for (const [id, version] of latest) {
      expect(await read(id)).toEqual(version);
      expect(await read(id.toUpperCase())).toEqual(version);
      expect(await read(id, version.version + 1)).toBeUndefined();
    }
    expect(await read("00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });

  test("LDS-05-R03 putting a version that exists changes nothing", async () => {
    const [first] = seeded;
    if (!first) throw new Error("the personas have no agreements");
    const altered = { ...first, terms: { ...first.terms, title: "Replaced" } };
    expect(await platform.context.db.transaction((tx) => putAgreementVersion(tx, altered))).toBe(false);
    expect(await read(first.id, first.version)).toEqual(first);
  });

  test("LDS-05-R07 LDS-05-R26 the seeded histories are what their parties read", async () => {
    for (const [id, version] of latest) {
      const party = version.terms.parties[0]!.organisation;
      const token = await platform.context.tokens.issue({
        clientId: party.value,
        organisation: party,
        name: party.value,
        scopes: ["lds-05:read"],
      });
      const history = await json(await call(platform, "GET", `/v1/agreements/${id}/versions?size=100`, { token }));
      expect(history.items).toEqual(seeded.filter((candidate) => candidate.id === id));
    }
  });

  test("LDS-05-R32 LDS-05-R33 the register publishes the seeded agreements that have been active", async () => {
    const response = await call(platform, "GET", "/v1/register/agreements?size=100");
    expect(response.status).toBe(200);
    const { items } = await json(response);
    const published = [...latest.keys()].filter((id) =>
      seeded.some((version) => version.id === id && version.status === "active"),
    );
    expect(items.map((entry: { id: string }) => entry.id)).toEqual(published.sort());
    for (const entry of items) {
      const review = latest.get(entry.id)!.terms.review_date!;
      expect(entry.review_overdue).toBe(review < "2026-06-01");
    }
  });

  test("isInForce: the latest version is active and the date is within effective_from and expires_on", () => {
    const at = (date: string) => new Date(date);
    const active = [...latest.values()].find((version) => version.status === "active" && version.terms.expires_on);
    if (!active) throw new Error("the personas have no active agreement with an end date");
    const { effective_from, expires_on } = active.terms as { effective_from: string; expires_on: string };
    expect(isInForce(active, at(`${effective_from}T00:00:00Z`))).toBe(true);
    expect(isInForce(active, new Date(Date.parse(`${effective_from}T00:00:00Z`) - 1))).toBe(false);
    expect(isInForce(active, at(`${expires_on}T23:59:59Z`))).toBe(true);
    expect(isInForce(active, new Date(Date.parse(`${expires_on}T23:59:59Z`) + 1000))).toBe(false);
    for (const version of latest.values()) {
      if (version.status !== "active") expect(isInForce(version, at("2026-06-01T12:00:00Z"))).toBe(false);
    }
  });

  const date = fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  test.prop([
    fc.constantFrom<AgreementStatus>("draft", "active", "suspended", "terminated"),
    date,
    fc.option(date, { nil: undefined }),
    fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 0, 1) }),
  ])("isInForce agrees with LDS-05's definition for any status, dates and instant", (status, from, expires, ms) => {
    const { expires_on: _, ...terms } = seeded[0]!.terms;
    const version: DataSharingAgreementVersion = {
      ...seeded[0]!,
      status,
      terms: { ...terms, effective_from: from, ...(expires === undefined ? {} : { expires_on: expires }) },
    };
    const day = new Date(ms).toISOString().slice(0, 10);
    const expected = status === "active" && from <= day && (expires === undefined || day <= expires);
    expect(isInForce(version, new Date(ms))).toBe(expected);
  });
});

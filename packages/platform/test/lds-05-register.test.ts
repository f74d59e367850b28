import { fc, test } from "@fast-check/vitest";
import type {
  DataSharingAgreementTerms,
  DataSharingAgreementVersion,
  PurposeClass,
  RegisterEntry,
} from "@lds/types/lds-05";
import { describe, expect } from "vitest";
import type { Platform } from "../src/index.ts";
import * as lds05 from "../src/lds-05/handlers.ts";
import { call, engines, json, testPlatform } from "./harness.ts";

/**
 * Who sees which agreements: each organisation's own list (LDS-05-R30) and the public register's filters
 * (LDS-05-R34), each on a platform of its own so that the expected sets are exact.
 */

const GSS = "urn:lds:id:gss";
const ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
const A = { system: GSS, value: "E08000099" };
const B = { system: ODS, value: "RZZ" };
const C = { system: GSS, value: "E23000099" };
const P = { system: ODS, value: "X9Q9" };
const D = { system: GSS, value: "E07000991" };
type Organisation = typeof A;
const PURPOSE_CLASSES = ["direct-care", "safeguarding", "planning", "research", "statistics"] as const;
const RECORD_TYPES = ["family-support-summary", "childrens-social-care-summary"] as const;

async function agreementsPlatform(engine: string) {
  const platform: Platform = await testPlatform(engine, {
    standards: ["LDS-00", "LDS-05"],
    handlers: lds05,
    now: () => new Date("2026-06-01T12:00:00Z"),
  });
  const full = platform.context.catalogue.standards
    .find((standard) => standard.id === "LDS-05")
    ?.examples.find((file) => file.name === "agreement-terms-full")?.example.instance as DataSharingAgreementTerms;
  const fullTerms = (): DataSharingAgreementTerms => structuredClone(full);
  const send = async (method: string, path: string, as?: Organisation, body?: unknown) => {
    const token =
      as &&
      (await platform.context.tokens.issue({
        clientId: as.value,
        organisation: as,
        name: as.value,
        scopes: ["lds-05:read", "lds-05:write"],
      }));
    return call(platform, method, `/v1${path}`, {
      ...(token ? { token } : {}),
      ...(body === undefined ? {} : { body }),
    });
  };
  /** Makes a change that must succeed and returns the version it made. */
  const must = async (response: Promise<Response>): Promise<DataSharingAgreementVersion> => {
    const answer = await response;
    expect(answer.status, await answer.clone().text()).toBe(201);
    return json(answer);
  };
  const create = (as: Organisation, terms: DataSharingAgreementTerms) =>
    must(send("POST", "/agreements", as, { terms }));
  const amend = (as: Organisation, id: string, based_on_version: number, terms: DataSharingAgreementTerms) =>
    must(send("POST", `/agreements/${id}/versions`, as, { based_on_version, change_summary: "Amended.", terms }));
  const transition = (as: Organisation, id: string, to: string, based_on_version: number) =>
    must(send("POST", `/agreements/${id}/transitions`, as, { to, based_on_version, change_summary: "Changed." }));
  /** Every item of a paged collection, walking its pages at the size given. */
  const walk = async <T>(path: string, size: number, as?: Organisation): Promise<T[]> => {
    const items: T[] = [];
    const joiner = path.includes("?") ? "&" : "?";
    for (let page = 1; ; page++) {
      const response = await send("GET", `${path}${joiner}page=${page}&size=${size}`, as);
      expect(response.status, await response.clone().text()).toBe(200);
      const body = await json(response);
      items.push(...body.items);
      if (!body.links.next) return items;
    }
  };
  return { platform, fullTerms, send, create, amend, transition, walk };
}

const party = (organisation: Organisation, role: "controller" | "processor" = "controller") => ({
  organisation,
  name: organisation.value,
  role,
  sharing_role: "recipient" as const,
  ...(role === "processor" ? { on_behalf_of: A } : {}),
});
const ascending = (ids: readonly string[]) => [...ids].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

describe.each(engines)("LDS-05 lists and register on %s", (engine) => {
  describe("LDS-05-R30 listAgreements", async () => {
    const { create, amend, transition, walk, send, fullTerms } = await agreementsPlatform(engine);

    test("each organisation lists exactly the agreements naming it in any version, in order of id", async () => {
      const draft = (title: string, ...parties: ReturnType<typeof party>[]) => ({ title, parties });
      const onlyA = await create(A, draft("A alone", party(A)));
      const withB = await create(A, draft("A and B", party(A), party(B)));
      const onlyB = await create(B, draft("B alone", party(B)));
      const active = await transition(A, (await create(A, fullTerms())).id, "active", 1);
      const ended = await transition(C, (await create(C, fullTerms())).id, "terminated", 1);
      const leftB = await create(A, draft("B leaves", party(A), party(B)));
      await amend(A, leftB.id, 1, draft("B has left", party(A)));
      const onlyD = await create(D, draft("D alone", party(D)));
      const expected = new Map([
        [A, [onlyA, withB, active, ended, leftB]],
        [B, [withB, onlyB, active, ended, leftB]],
        [C, [active, ended]],
        [P, [active, ended]],
        [D, [onlyD]],
      ]);
      const drafts = new Set([onlyA.id, withB.id, onlyB.id, leftB.id, onlyD.id]);
      for (const [organisation, agreements] of expected) {
        for (const size of [1, 2, 100]) {
          const items = await walk<DataSharingAgreementVersion>("/agreements", size, organisation);
          const ids = items.map((item) => item.id);
          expect(ids).toEqual(ascending(agreements.map((agreement) => agreement.id)));
          for (const item of items)
            expect(item).toEqual(await json(await send("GET", `/agreements/${item.id}`, organisation)));
        }
        const onlyDrafts = await walk<DataSharingAgreementVersion>("/agreements?status=draft", 2, organisation);
        expect(onlyDrafts.map((item) => item.id)).toEqual(
          ascending(agreements.map((agreement) => agreement.id).filter((id) => drafts.has(id))),
        );
        expect(onlyDrafts.every((item) => item.status === "draft")).toBe(true);
      }
    }, 120_000);
  });

  describe("LDS-05-R34 the register's filters are exact", async () => {
    const { create, transition, walk, fullTerms } = await agreementsPlatform(engine);
    /** Published agreements whose purposes, parties, record types and statuses differ; and two never active. */
    const variants: { classes: PurposeClass[]; withC: boolean; records: string[]; status: string }[] = [
      { classes: ["direct-care"], withC: true, records: [...RECORD_TYPES], status: "active" },
      { classes: ["safeguarding", "planning"], withC: false, records: ["family-support-summary"], status: "suspended" },
      { classes: ["research"], withC: true, records: ["childrens-social-care-summary"], status: "terminated" },
      { classes: ["statistics", "planning"], withC: false, records: [...RECORD_TYPES], status: "active" },
      { classes: ["direct-care", "safeguarding"], withC: true, records: ["family-support-summary"], status: "draft" },
      { classes: ["planning"], withC: false, records: ["childrens-social-care-summary"], status: "never" },
    ];
    for (const variant of variants) {
      const terms = fullTerms();
      terms.purpose = { ...terms.purpose, classes: variant.classes };
      terms.data_items = terms.data_items!.filter((item) => variant.records.includes(item.record_type));
      if (!variant.withC) {
        terms.parties = terms.parties.filter((candidate) => candidate.organisation.value !== C.value);
        terms.approvals = terms.approvals!.filter((approval) => approval.party.value !== C.value);
      }
      const draft = await create(A, terms);
      if (variant.status === "draft") continue;
      if (variant.status === "never") {
        await transition(A, draft.id, "terminated", 1);
        continue;
      }
      await transition(A, draft.id, "active", 1);
      if (variant.status !== "active") await transition(A, draft.id, variant.status, 2);
    }
    const everything = await walk<RegisterEntry>("/register/agreements", 100);

    /** `{system}|{value}` with the value in canonical form: GSS and ODS codes are upper case (LDS-01). */
    const canonical = (identifier: string) =>
      identifier.replace(/\|(.*)$/, (_, value: string) => `|${value.toUpperCase()}`);
    const matches = (entry: RegisterEntry, filters: Record<string, string>) =>
      (filters.status === undefined || entry.status === filters.status) &&
      (filters.purpose_class === undefined ||
        (entry.terms.purpose.classes as readonly string[]).includes(filters.purpose_class)) &&
      (filters.party === undefined ||
        entry.terms.parties.some(
          ({ organisation }) => canonical(`${organisation.system}|${organisation.value}`) === canonical(filters.party!),
        )) &&
      (filters.record_type === undefined ||
        (entry.terms.data_items ?? []).some((item) => item.record_type === filters.record_type));
    const search = (filters: Record<string, string>, size: number) =>
      walk<RegisterEntry>(`/register/agreements?${new URLSearchParams(filters)}`, size);

    test("the register holds exactly the agreements that have been active", () => {
      expect(everything).toHaveLength(4);
      expect(everything.map((entry) => entry.status).sort()).toEqual(["active", "active", "suspended", "terminated"]);
      expect(everything.map((entry) => entry.id)).toEqual(ascending(everything.map((entry) => entry.id)));
    });

    const filters = fc.record(
      {
        status: fc.constantFrom("active", "suspended", "terminated"),
        purpose_class: fc.constantFrom(...PURPOSE_CLASSES),
        party: fc.constantFrom(A, B, C, P, D, { system: GSS, value: "e08000099" }).map((o) => `${o.system}|${o.value}`),
        record_type: fc.constantFrom(...RECORD_TYPES, "lds-conformance-no-such-record"),
      },
      { requiredKeys: [] },
    );

    test.prop([filters, fc.integer({ min: 1, max: 3 })], { numRuns: 25 })(
      "any combination of filters returns exactly the entries that satisfy them all, in ascending order of id",
      async (given, size) => {
        const query = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Record<
          string,
          string
        >;
        const found = await search(query, size);
        expect(found.map((entry) => entry.id)).toEqual(
          everything.filter((entry) => matches(entry, query)).map((entry) => entry.id),
        );
      },
    );

    test.prop(
      [fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.subarray(["status", "purpose_class", "party", "record_type"])],
      {
        numRuns: 25,
      },
    )("an entry is found by filters built from its own values", async (i, j, k, l, chosen) => {
      const entry = everything[i % everything.length]!;
      const classes = entry.terms.purpose.classes ?? [];
      const items = entry.terms.data_items ?? [];
      const { organisation } = entry.terms.parties[k % entry.terms.parties.length]!;
      const own: Record<string, string> = {
        status: entry.status,
        purpose_class: classes[j % classes.length]!,
        party: `${organisation.system}|${organisation.value}`,
        record_type: items[l % items.length]!.record_type,
      };
      const query = Object.fromEntries(chosen.map((name) => [name, own[name]!]));
      const found = await search(query, 100);
      expect(found.map((candidate) => candidate.id)).toContain(entry.id);
      expect(found.every((candidate) => matches(candidate, query))).toBe(true);
    });
  });
});

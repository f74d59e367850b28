import { randomUUID } from "node:crypto";
import type { Catalogue } from "@lds/catalogue";
import type { DataSharingAgreementTerms, DataSharingAgreementVersion } from "@lds/types/lds-05";
import { describe, expect, test } from "vitest";
import type { Platform } from "../src/index.ts";
import * as lds05 from "../src/lds-05/handlers.ts";
import { call, engines, json, testPlatform } from "./harness.ts";

/**
 * LDS-05 data sharing agreements on the reference platform: each MUST of LDS-05 the platform implements, named by
 * its requirement id and checked with its oracle, on every storage engine. Model-based sequences of changes are in
 * lds-05-versions.test.ts; the register's filters in lds-05-register.test.ts.
 */

const GSS = "urn:lds:id:gss";
const ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
/** The organisations of example agreement-terms-full.json, and one outside it. */
const A = { system: GSS, value: "E08000099" }; // the council: controller, provider and recipient
const B = { system: ODS, value: "RZZ" }; // the hospital trust: controller, recipient
const C = { system: GSS, value: "E23000099" }; // the police force: controller, recipient
const P = { system: ODS, value: "X9Q9" }; // shared digital services: processor for A
const D = { system: GSS, value: "E07000991" }; // a district council, party to nothing
type Organisation = typeof A;

const AGREEMENT = "https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/agreement.schema.json";
const REGISTER_ENTRY =
  "https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/register-entry.schema.json";
const RW = ["lds-05:read", "lds-05:write"];

/** An LDS-05 example's instance, a fresh copy each time. */
function example<T>(catalogue: Catalogue, name: string): T {
  const standard = catalogue.standards.find((candidate) => candidate.id === "LDS-05");
  const file = standard?.examples.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`no LDS-05 example ${name}`);
  return structuredClone(file.example.instance) as T;
}

/** A platform serving LDS-00 and LDS-05 with a clock the tests set, and requests made as an organisation. */
async function agreementsPlatform(engine: string) {
  const clock = { now: new Date("2026-06-01T12:00:00Z") };
  const platform: Platform = await testPlatform(engine, {
    standards: ["LDS-00", "LDS-05"],
    handlers: lds05,
    now: () => clock.now,
  });
  const catalogue = platform.context.catalogue;
  const send = async (
    method: string,
    path: string,
    options: { as?: Organisation; body?: unknown; scopes?: string[] } = {},
  ) => {
    const token = options.as
      ? await platform.context.tokens.issue({
          clientId: `${options.as.system}|${options.as.value}`,
          organisation: options.as,
          name: options.as.value,
          scopes: options.scopes ?? RW,
        })
      : undefined;
    return call(platform, method, `/v1${path}`, {
      ...(token === undefined ? {} : { token }),
      ...(options.body === undefined ? {} : { body: options.body }),
    });
  };
  const fullTerms = () => example<DataSharingAgreementTerms>(catalogue, "agreement-terms-full");
  const draftTerms = (title = "Northmoor family support information sharing agreement"): DataSharingAgreementTerms => ({
    title,
    parties: [
      {
        organisation: A,
        name: "Northmoor Metropolitan Borough Council",
        role: "controller",
        sharing_role: "recipient",
      },
    ],
  });
  const create = (as: Organisation, terms: unknown, change_summary?: string) =>
    send("POST", "/agreements", { as, body: { terms, ...(change_summary ? { change_summary } : {}) } });
  /** Creates an agreement and returns its version 1. */
  const created = async (as: Organisation, terms: unknown): Promise<DataSharingAgreementVersion> => {
    const response = await create(as, terms);
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    return json(response);
  };
  const amend = (as: Organisation, id: string, based_on_version: number, terms: unknown, change_summary = "Amended.") =>
    send("POST", `/agreements/${id}/versions`, { as, body: { based_on_version, change_summary, terms } });
  const transition = (
    as: Organisation,
    id: string,
    to: string,
    based_on_version: number,
    change_summary = "Changed.",
  ) => send("POST", `/agreements/${id}/transitions`, { as, body: { to, based_on_version, change_summary } });
  /** Makes a change that must succeed, returning the version it created. */
  const must = async (response: Promise<Response>): Promise<DataSharingAgreementVersion> => {
    const answer = await response;
    expect(answer.status, JSON.stringify(await answer.clone().json())).toBe(201);
    return json(answer);
  };
  const read = async (as: Organisation, path: string) => {
    const response = await send("GET", path, { as });
    return { status: response.status, text: await response.text() };
  };
  /** Every version of an agreement, walking listAgreementVersions at the page size given. */
  const history = async (as: Organisation, id: string, size = 100): Promise<DataSharingAgreementVersion[]> => {
    const items: DataSharingAgreementVersion[] = [];
    for (let page = 1; ; page++) {
      const response = await send("GET", `/agreements/${id}/versions?page=${page}&size=${size}`, { as });
      expect(response.status).toBe(200);
      const body = await json(response);
      items.push(...body.items);
      if (!body.links.next) return items;
    }
  };
  return {
    platform,
    clock,
    catalogue,
    send,
    fullTerms,
    draftTerms,
    create,
    created,
    amend,
    transition,
    must,
    read,
    history,
  };
}

const day = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(engines)("LDS-05 on %s", async (engine) => {
  const api = await agreementsPlatform(engine);
  const { platform, clock, send, fullTerms, draftTerms, create, created, amend, transition, must, read, history } = api;
  const validate = (schema: string, document: unknown) => platform.context.validator.validate(schema, document);

  /** An active agreement with the full example's terms, created by A. */
  const activeAgreement = async () => {
    const draft = await created(A, fullTerms());
    return must(transition(A, draft.id, "active", 1, "Approved by every controller."));
  };

  test("LDS-05-R01 a new agreement is a version 1 draft, at its Location", async () => {
    const terms = draftTerms();
    const response = await create(A, terms);
    expect(response.status).toBe(201);
    const text = await response.text();
    const version = JSON.parse(text);
    expect(validate(AGREEMENT, version)).toEqual([]);
    expect(version).toMatchObject({ version: 1, status: "draft", change_type: "created", created_by: A });
    expect(version.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(version.terms).toEqual(terms);
    expect(version.change_summary).toBeUndefined();
    expect(version.created_at).toBe("2026-06-01T12:00:00Z");
    const location = response.headers.get("location");
    expect(location).toBe(`http://127.0.0.1/v1/agreements/${version.id}/versions/1`);
    const again = await read(A, new URL(location!).pathname.replace(/^\/v1/, ""));
    expect(again).toEqual({ status: 200, text });

    const other = await json(await create(A, terms, "Proposed at the partnership board."));
    expect(other.id).not.toBe(version.id);
    expect(other.change_summary).toBe("Proposed at the partnership board.");
  });

  test("LDS-05-R02 only a controller party can create an agreement", async () => {
    const title = "Police and hospital agreement proposed by the council";
    const terms = fullTerms();
    const notA = { ...terms, title, parties: terms.parties.filter((party) => party.role !== "processor").slice(1) };
    delete notA.approvals;
    const refused = await create(A, notA);
    expect(refused.status).toBe(403);
    expect((await json(refused)).code).toBe("agreement-controller-required");

    const asProcessor = {
      title,
      parties: [
        { organisation: B, name: "Hospital", role: "controller", sharing_role: "recipient" },
        { organisation: A, name: "Council", role: "processor", sharing_role: "provider", on_behalf_of: B },
      ],
    };
    const processor = await create(A, asProcessor);
    expect(processor.status).toBe(403);
    expect((await json(processor)).code).toBe("agreement-controller-required");

    const listed = await json(await send("GET", "/agreements?size=100", { as: B }));
    expect(listed.items.map((item: DataSharingAgreementVersion) => item.terms.title)).not.toContain(title);
  });

  test("LDS-05-R03 versions never change, and cannot be edited or deleted (405)", async () => {
    const draft = await created(A, fullTerms());
    const first = await read(A, `/agreements/${draft.id}/versions/1`);
    expect(first.status).toBe(200);
    await must(amend(A, draft.id, 1, { ...fullTerms(), reference: "NM-ISA-2026-015" }));
    await must(amend(A, draft.id, 2, { ...fullTerms(), reference: "NM-ISA-2026-016" }));
    await must(transition(A, draft.id, "active", 3));
    await must(transition(B, draft.id, "suspended", 4));
    expect(await read(A, `/agreements/${draft.id}/versions/1`)).toEqual(first);

    for (const path of [`/agreements/${draft.id}`, `/agreements/${draft.id}/versions/1`]) {
      for (const method of ["PUT", "PATCH", "DELETE"]) {
        const response = await send(method, path, { as: A, body: { terms: fullTerms() } });
        expect(response.status).toBe(405);
        expect((await json(response)).code).toBe("method-not-allowed");
      }
    }
    expect(await read(A, `/agreements/${draft.id}/versions/1`)).toEqual(first);
    expect(await history(A, draft.id)).toHaveLength(5);
  });

  test("LDS-05-R03 the database itself refuses to update or delete a version", async () => {
    const draft = await created(A, draftTerms());
    const attempt = (sql: string) => platform.context.db.transaction((tx) => tx.query(sql, [draft.id]));
    await expect(attempt("UPDATE agreement_versions SET status = 'active' WHERE agreement_id = $1")).rejects.toThrow(
      /immutable/,
    );
    await expect(attempt("DELETE FROM agreement_versions WHERE agreement_id = $1")).rejects.toThrow(/immutable/);
    expect((await json(await send("GET", `/agreements/${draft.id}`, { as: A }))).status).toBe("draft");
  });

  test("LDS-05-R04 LDS-05-R05 each change appends one version: amendments change terms, status changes status", async () => {
    const draft = await created(A, fullTerms());
    const amendedTerms = { ...fullTerms(), reference: "NM-ISA-2026-020" };
    clock.now = new Date("2026-06-01T12:05:00Z");
    const response = await amend(B, draft.id, 1, amendedTerms, "Reference corrected.");
    expect(response.status).toBe(201);
    const amended: DataSharingAgreementVersion = await json(response);
    expect(amended).toMatchObject({
      id: draft.id,
      version: 2,
      status: "draft",
      change_type: "amended",
      change_summary: "Reference corrected.",
      created_by: B,
      created_at: "2026-06-01T12:05:00Z",
    });
    expect(amended.terms).toEqual(amendedTerms);
    expect(response.headers.get("location")).toBe(`http://127.0.0.1/v1/agreements/${draft.id}/versions/2`);

    const active = await must(transition(C, draft.id, "active", 2, "Approved."));
    expect(active).toMatchObject({ version: 3, status: "active", change_type: "status-changed", created_by: C });
    expect(active.terms).toEqual(amended.terms);

    const activeAmended = await must(amend(A, draft.id, 3, { ...amendedTerms, title: "Renamed" }));
    expect(activeAmended).toMatchObject({ version: 4, status: "active", change_type: "amended" });
    expect(activeAmended.terms.title).toBe("Renamed");

    // A clock that goes backwards never makes created_at decrease.
    clock.now = new Date("2026-06-01T11:00:00Z");
    const suspended = await must(transition(A, draft.id, "suspended", 4, "Breach under investigation."));
    expect(suspended.terms).toEqual(activeAmended.terms);
    expect(suspended.created_at).toBe(activeAmended.created_at);
    clock.now = new Date("2026-06-01T12:00:00Z");

    const all = await history(A, draft.id);
    expect(all.map((version) => version.version)).toEqual([1, 2, 3, 4, 5]);
    const times = all.map((version) => Date.parse(version.created_at));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    const refused = await amend(A, draft.id, 5, { ...amendedTerms, title: "" });
    expect(refused.status).toBe(422);
    expect(await history(A, draft.id)).toHaveLength(5);
  });

  test("LDS-05-R06 LDS-05-R07 the agreement is its latest version; the history reads back in order at any page size", async () => {
    const draft = await created(A, fullTerms());
    for (let n = 1; n <= 4; n++) await must(amend(A, draft.id, n, { ...fullTerms(), reference: `REF-${n}` }));
    const latest = await read(A, `/agreements/${draft.id}`);
    expect(latest).toEqual(await read(A, `/agreements/${draft.id}/versions/5`));
    for (const size of [1, 2, 100]) {
      const walked = await history(A, draft.id, size);
      expect(walked.map((version) => version.version)).toEqual([1, 2, 3, 4, 5]);
      for (const version of walked) {
        expect(version).toEqual(
          JSON.parse((await read(A, `/agreements/${draft.id}/versions/${version.version}`)).text),
        );
      }
    }
  });

  test("LDS-05-R08 changes must be based on the latest version; of two concurrent changes one succeeds", async () => {
    const draft = await created(A, fullTerms());
    await must(amend(A, draft.id, 1, { ...fullTerms(), reference: "V2" }));
    for (const stale of [1, 3]) {
      const response = await amend(A, draft.id, stale, { ...fullTerms(), reference: "stale" });
      expect(response.status).toBe(409);
      expect((await json(response)).code).toBe("agreement-version-conflict");
      const status = await transition(A, draft.id, "active", stale);
      expect(status.status).toBe(409);
      expect((await json(status)).code).toBe("agreement-version-conflict");
    }
    await must(amend(A, draft.id, 2, { ...fullTerms(), reference: "V3" }));

    const racing = await Promise.all([
      amend(A, draft.id, 3, { ...fullTerms(), reference: "first" }),
      amend(B, draft.id, 3, { ...fullTerms(), reference: "second" }),
    ]);
    expect(racing.map((response) => response.status).sort()).toEqual([201, 409]);
    const loser = racing.find((response) => response.status === 409)!;
    expect((await json(loser)).code).toBe("agreement-version-conflict");
    expect(await history(A, draft.id)).toHaveLength(4);
  });

  test("LDS-05-R09 only the allowed status changes succeed; a terminated agreement allows none", async () => {
    const draft = await created(A, fullTerms());
    const refused = async (to: string, based: number) => {
      const response = await transition(A, draft.id, to, based);
      expect(response.status).toBe(409);
      expect((await json(response)).code).toBe("agreement-transition-not-allowed");
    };
    await refused("suspended", 1);
    await must(transition(A, draft.id, "active", 1));
    await refused("active", 2);
    await must(transition(A, draft.id, "suspended", 2));
    await refused("suspended", 3);
    await must(transition(A, draft.id, "active", 3));
    await must(transition(A, draft.id, "terminated", 4));
    for (const to of ["active", "suspended", "terminated"]) await refused(to, 5);
    expect(await history(A, draft.id)).toHaveLength(5);
  });

  test("LDS-05-R10 a terminated agreement cannot be amended", async () => {
    const draft = await created(A, fullTerms());
    await must(transition(A, draft.id, "terminated", 1, "Abandoned."));
    const active = await activeAgreement();
    await must(transition(A, active.id, "terminated", 2, "Ended."));
    for (const [id, latest] of [
      [draft.id, 2],
      [active.id, 3],
    ] as const) {
      const response = await amend(A, id, latest, fullTerms());
      expect(response.status).toBe(409);
      expect((await json(response)).code).toBe("agreement-terminated");
      expect(await history(A, id)).toHaveLength(latest);
    }
  });

  describe("LDS-05-R11 active and suspended versions have complete terms", () => {
    const without = (change: (terms: ReturnType<typeof fullTerms>) => void) => {
      const terms = fullTerms();
      change(terms);
      return terms;
    };
    const cases: [string, (terms: ReturnType<typeof fullTerms>) => void][] = [
      ["retention", (terms) => delete terms.retention],
      ["purpose necessity", (terms) => delete terms.purpose?.necessity],
      ["governance security", (terms) => delete terms.governance?.security],
      ["effective_from", (terms) => delete terms.effective_from],
      ["privacy notices", (terms) => delete terms.privacy_notices],
      ["rights contact", (terms) => delete terms.rights_contact],
      ["data items", (terms) => delete terms.data_items],
      ["dpia", (terms) => delete terms.dpia],
      [
        "a second party",
        (terms) => {
          terms.parties = terms.parties.slice(0, 1);
          terms.approvals = terms.approvals!.slice(0, 1);
        },
      ],
      [
        "a recipient",
        (terms) => {
          for (const party of terms.parties) party.sharing_role = "provider";
        },
      ],
      [
        "a provider",
        (terms) => {
          for (const party of terms.parties) party.sharing_role = "recipient";
        },
      ],
      ["a controller's lawful basis", (terms) => delete terms.parties[1]!.lawful_basis],
    ];
    test.each(cases)("activation without %s is agreement-incomplete with the validators' errors", async (_, change) => {
      const terms = without(change);
      const draft = await created(A, terms);
      const response = await transition(A, draft.id, "active", 1);
      expect(response.status).toBe(422);
      const problem = await json(response);
      expect(problem.code).toBe("agreement-incomplete");
      const wouldBe = { ...draft, version: 2, status: "active", change_type: "status-changed", change_summary: "x" };
      const expected = validate(AGREEMENT, wouldBe);
      expect(expected.length).toBeGreaterThan(0);
      for (const error of expected) {
        expect(problem.errors).toContainEqual(expect.objectContaining({ pointer: error.pointer, code: error.code }));
      }
      expect(await json(await send("GET", `/agreements/${draft.id}`, { as: A }))).toEqual(draft);
    });

    test("amending an active agreement to remove retention is agreement-incomplete", async () => {
      const active = await activeAgreement();
      const response = await amend(
        A,
        active.id,
        2,
        without((terms) => delete terms.retention),
      );
      expect(response.status).toBe(422);
      const problem = await json(response);
      expect(problem.code).toBe("agreement-incomplete");
      expect(problem.errors).toContainEqual(expect.objectContaining({ pointer: "/terms/retention", code: "required" }));
      expect(await history(A, active.id)).toHaveLength(2);
    });

    test("an amendment of a draft need not be complete", async () => {
      const draft = await created(A, fullTerms());
      const amended = await must(
        amend(
          A,
          draft.id,
          1,
          without((terms) => delete terms.retention),
        ),
      );
      expect(amended.status).toBe("draft");
    });
  });

  test("LDS-05-R12 special category data needs every controller's condition and a completed DPIA", async () => {
    const noCondition = fullTerms();
    delete noCondition.parties[1]!.lawful_basis!.special_category_conditions;
    const first = await created(A, noCondition);
    const missing = await json(await transition(A, first.id, "active", 1));
    expect(missing.code).toBe("agreement-incomplete");
    expect(missing.errors).toContainEqual(
      expect.objectContaining({
        pointer: "/terms/parties/1/lawful_basis/special_category_conditions",
        code: "required",
      }),
    );

    const noDpia = fullTerms();
    noDpia.dpia = { completed: false };
    const second = await created(A, noDpia);
    const incomplete = await json(await transition(A, second.id, "active", 1));
    expect(incomplete.code).toBe("agreement-incomplete");
    expect(incomplete.errors).toContainEqual(
      expect.objectContaining({ pointer: "/terms/dpia/completed", code: "not-allowed-value" }),
    );

    const both = await created(A, fullTerms());
    expect((await must(transition(A, both.id, "active", 1))).status).toBe("active");
  });

  test("LDS-05-R13 criminal offence data needs every controller's condition", async () => {
    const terms = fullTerms();
    delete terms.parties[0]!.lawful_basis!.criminal_offence_conditions;
    const draft = await created(A, terms);
    const problem = await json(await transition(A, draft.id, "active", 1));
    expect(problem.code).toBe("agreement-incomplete");
    expect(problem.errors).toContainEqual(
      expect.objectContaining({
        pointer: "/terms/parties/0/lawful_basis/criminal_offence_conditions",
        code: "required",
      }),
    );
  });

  test("LDS-05-R14 every controller party has approved before activation", async () => {
    const terms = fullTerms();
    const approvals = terms.approvals!;
    terms.approvals = approvals.filter((approval) => approval.party.value === A.value);
    const draft = await created(A, terms);
    const problem = await json(await transition(A, draft.id, "active", 1));
    expect(problem.code).toBe("agreement-incomplete");
    const missing = problem.errors.filter((error: { pointer: string }) => error.pointer === "/terms/approvals");
    expect(missing.map((error: { code: string }) => error.code)).toEqual(["required", "required"]);
    expect(missing.some((error: { message: string }) => error.message.includes("RZZ"))).toBe(true);
    expect(missing.some((error: { message: string }) => error.message.includes("E23000099"))).toBe(true);
    await must(amend(A, draft.id, 1, { ...terms, approvals }));
    expect((await must(transition(A, draft.id, "active", 2))).status).toBe("active");
  });

  test("LDS-05-R15 an agreement cannot be made active with its review due today", async () => {
    const today = clock.now.toISOString().slice(0, 10);
    const terms = { ...fullTerms(), effective_from: day(clock.now, -365), review_date: today };
    delete terms.expires_on;
    const draft = await created(A, terms);
    const problem = await json(await transition(A, draft.id, "active", 1));
    expect(problem.code).toBe("agreement-incomplete");
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ pointer: "/terms/review_date", code: "out-of-range" }),
    );
    await must(amend(A, draft.id, 1, { ...terms, review_date: day(clock.now, 1) }));
    const active = await must(transition(A, draft.id, "active", 2));
    // Once the review falls due, an amendment of the active agreement is refused until the date moves.
    clock.now = new Date(`${day(clock.now, 1)}T09:00:00Z`);
    try {
      const refused = await json(
        await amend(A, draft.id, active.version, { ...terms, review_date: day(clock.now, 0) }),
      );
      expect(refused.errors).toContainEqual(
        expect.objectContaining({ pointer: "/terms/review_date", code: "out-of-range" }),
      );
      // Suspending needs no future review: only an active version does (LDS-05-R15 applies to active).
      await must(transition(A, draft.id, "suspended", active.version));
    } finally {
      clock.now = new Date("2026-06-01T12:00:00Z");
    }
  });

  test("LDS-05-R16 LDS-05-R17 LDS-05-R20 schema rules on the terms are validation-failed", async () => {
    const publicTask = await create(A, example(api.catalogue, "agreement-terms-public-task-without-legal-powers"));
    expect(publicTask.status).toBe(422);
    const missingPowers = await json(publicTask);
    expect(missingPowers.code).toBe("validation-failed");
    expect(missingPowers.errors).toContainEqual(
      expect.objectContaining({ pointer: "/terms/parties/0/lawful_basis/legal_powers", code: "required" }),
    );

    const pairing = fullTerms();
    pairing.parties[0]!.lawful_basis!.special_category_conditions = [
      { article_9: "art9-2-g", schedule_1: "dpa2018-sch1-p2" },
    ];
    const wrongPart = await json(await create(A, pairing));
    expect(wrongPart.code).toBe("validation-failed");
    expect(wrongPart.errors).toContainEqual(
      expect.objectContaining({
        pointer: "/terms/parties/0/lawful_basis/special_category_conditions/0/schedule_1",
        code: "not-allowed-value",
      }),
    );

    const joint = draftTerms();
    joint.parties = [
      { organisation: A, name: "Council", role: "joint-controller", sharing_role: "provider" },
      { organisation: B, name: "Hospital", role: "controller", sharing_role: "recipient" },
    ];
    const single = await json(await create(A, joint));
    expect(single.errors).toContainEqual(expect.objectContaining({ pointer: "/terms/parties", code: "invalid" }));
    joint.parties[1]!.role = "joint-controller";
    await created(A, joint);
  });

  describe("LDS-05-R21 data items are LDS-06 data item pointers, flagged as LDS-06 marks them", () => {
    /** LDS-06's record types and pointers, read here from the code lists themselves. */
    const pointerLists = () => {
      const byId = new Map(api.catalogue.schemas.map((file) => [file.id, file.schema]));
      const recordTypes = byId.get(
        "https://standards.lds.example/lds-06-record-access/1/schemas/record-type.schema.json",
      )!.oneOf as { const: string; "x-mappings": { pointer_schema: string } }[];
      return recordTypes.map((recordType) => ({
        recordType: recordType.const,
        entries: (
          byId.get(recordType["x-mappings"].pointer_schema)!.oneOf as {
            const: string;
            "x-mappings"?: { uk_gdpr?: string };
          }[]
        ).map((entry) => ({ pointer: entry.const, mark: entry["x-mappings"]?.uk_gdpr ?? "" })),
      }));
    };
    const withItem = (item: Record<string, unknown>) => ({ ...draftTerms(), data_items: [item] });
    /** The errors of a create refused with the problem code given. */
    const fault = async (item: Record<string, unknown>, code = "agreement-terms-invalid") => {
      const response = await create(A, withItem(item));
      expect(response.status).toBe(422);
      const problem = await json(response);
      expect(problem.code).toBe(code);
      return problem.errors;
    };
    const notAllowed = (member: string) =>
      expect.objectContaining({ pointer: `/terms/data_items/0/${member}`, code: "not-allowed-value" });

    test("a record type or pointer outside LDS-06's code lists fails validation", async () => {
      const unknown = { record_type: "lds-conformance-no-such-record", pointer: "/a" };
      expect(await fault(unknown, "validation-failed")).toContainEqual(notAllowed("record_type"));
      for (const pointer of ["/household/pets", "/household/members/0/birth_date", "/current_status"]) {
        const item = { record_type: "family-support-summary", pointer };
        expect(await fault(item, "validation-failed")).toContainEqual(notAllowed("pointer"));
      }
    });

    test("flags that disagree with LDS-06's marks are agreement-terms-invalid", async () => {
      const health = { record_type: "family-support-summary", pointer: "/needs/mental_and_physical_health" };
      expect(await fault(health)).toEqual([
        expect.objectContaining({ pointer: "/terms/data_items/0/special_category", code: "required" }),
      ]);
      const episode = { record_type: "family-support-summary", pointer: "/episode", special_category: true };
      expect(await fault(episode)).toEqual([notAllowed("special_category")]);
      const crime = { record_type: "family-support-summary", pointer: "/needs/crime", special_category: false };
      expect(await fault(crime)).toEqual([
        expect.objectContaining({ pointer: "/terms/data_items/0/criminal_offence", code: "required" }),
      ]);
      const notCrime = { record_type: "family-support-summary", pointer: "/episode", criminal_offence: true };
      expect(await fault(notCrime)).toEqual([notAllowed("criminal_offence")]);
    });

    test("every pointer of every record type, flagged from the marks at and below it, is accepted; others are not", async () => {
      const lists = pointerLists();
      for (const { recordType, entries } of lists) {
        const items = entries.map(({ pointer }) => {
          const covered = entries.filter(
            (other) => other.pointer === pointer || other.pointer.startsWith(`${pointer}/`),
          );
          const special = covered.some((other) => other.mark.startsWith("art9-"));
          const criminal = covered.some((other) => other.mark === "art10-criminal-offence");
          return {
            record_type: recordType,
            pointer,
            ...(special ? { special_category: true } : {}),
            ...(criminal ? { criminal_offence: true } : {}),
          };
        });
        expect(items.length).toBeGreaterThan(0);
        await created(A, { ...draftTerms(), data_items: items });
        for (const item of items) {
          const renamed = { ...item, pointer: item.pointer.replace(/[^/]+$/, "lds_conformance_no_such_member") };
          expect(await fault(renamed, "validation-failed")).toContainEqual(notAllowed("pointer"));
        }
        const own = new Set(entries.map((entry) => entry.pointer));
        const others = lists.filter((list) => list.recordType !== recordType).flatMap((list) => list.entries);
        for (const { pointer } of others.filter((entry) => !own.has(entry.pointer))) {
          expect(await fault({ record_type: recordType, pointer }, "validation-failed")).toContainEqual(
            notAllowed("pointer"),
          );
        }
      }
    }, 120_000);
  });

  test("LDS-05-R22 parties, data items and approvals are not repeated", async () => {
    const parties = fullTerms();
    parties.parties.push({ ...parties.parties[0]!, organisation: { system: GSS, value: A.value.toLowerCase() } });
    const repeatedParty = await json(await create(A, parties));
    expect(repeatedParty.code).toBe("agreement-terms-invalid");
    expect(repeatedParty.errors).toEqual([
      expect.objectContaining({
        pointer: `/terms/parties/${parties.parties.length - 1}/organisation`,
        code: "not-unique",
      }),
    ]);

    const items = fullTerms();
    items.data_items!.push({ ...items.data_items![1]!, description: "Again." });
    const repeatedItem = await json(await create(A, items));
    expect(repeatedItem.errors).toEqual([
      expect.objectContaining({ pointer: `/terms/data_items/${items.data_items!.length - 1}`, code: "not-unique" }),
    ]);

    const approvals = fullTerms();
    approvals.approvals!.push({ ...approvals.approvals![0]!, approver_role: "Deputy SIRO" });
    const repeatedApproval = await json(await create(A, approvals));
    expect(repeatedApproval.errors).toEqual([
      expect.objectContaining({
        pointer: `/terms/approvals/${approvals.approvals!.length - 1}/party`,
        code: "not-unique",
      }),
    ]);
  });

  test("LDS-05-R23 a processor acts for a controller party, and approvals are by parties", async () => {
    const outsider = fullTerms();
    outsider.parties[3]!.on_behalf_of = D;
    const notAParty = await json(await create(A, outsider));
    expect(notAParty.code).toBe("agreement-terms-invalid");
    expect(notAParty.errors).toEqual([
      expect.objectContaining({ pointer: "/terms/parties/3/on_behalf_of", code: "not-allowed-value" }),
    ]);

    const chained = fullTerms();
    chained.parties.push({
      organisation: D,
      name: "Sub-processor",
      role: "processor",
      sharing_role: "provider",
      on_behalf_of: P,
    });
    const ofProcessor = await json(await create(A, chained));
    expect(ofProcessor.errors).toEqual([
      expect.objectContaining({ pointer: "/terms/parties/4/on_behalf_of", code: "not-allowed-value" }),
    ]);

    const approval = fullTerms();
    approval.approvals!.push({ party: D, approver_role: "SIRO", approved_on: "2026-03-20" });
    const byOutsider = await json(await create(A, approval));
    expect(byOutsider.errors).toEqual([
      expect.objectContaining({ pointer: "/terms/approvals/3/party", code: "not-allowed-value" }),
    ]);
  });

  test("LDS-05-R24 review_date and expires_on are later than effective_from", async () => {
    const dated = (dates: Record<string, string>) => ({ ...draftTerms(), effective_from: "2026-04-01", ...dates });
    const review = await json(await create(A, dated({ review_date: "2026-04-01" })));
    expect(review.code).toBe("agreement-terms-invalid");
    expect(review.errors).toEqual([expect.objectContaining({ pointer: "/terms/review_date", code: "out-of-range" })]);
    const expires = await json(await create(A, dated({ expires_on: "2026-03-31" })));
    expect(expires.errors).toEqual([expect.objectContaining({ pointer: "/terms/expires_on", code: "out-of-range" })]);
    await created(A, dated({ review_date: "2026-04-02", expires_on: "2026-04-02" }));
  });

  test("LDS-05-R25 a council relying on legitimate interests is refused", async () => {
    for (const basis of ["art6-1-f", "art6-1-ea"] as const) {
      const terms = fullTerms();
      terms.parties[0]!.lawful_basis = { article_6: basis };
      const problem = await json(await create(A, terms));
      expect(problem.code).toBe("agreement-terms-invalid");
      expect(problem.errors).toEqual([
        expect.objectContaining({ pointer: "/terms/parties/0/lawful_basis/article_6", code: "not-allowed-value" }),
      ]);
    }
    const hospital = fullTerms();
    hospital.parties[1]!.lawful_basis = { ...hospital.parties[1]!.lawful_basis!, article_6: "art6-1-f" };
    await created(A, hospital);
  });

  test("LDS-05-R26 only parties in some version read an agreement, and they read every version", async () => {
    const terms = fullTerms();
    const draft = await created(A, terms);
    for (const path of [
      `/agreements/${draft.id}`,
      `/agreements/${draft.id}/versions`,
      `/agreements/${draft.id}/versions/1`,
    ]) {
      const outsider = await send("GET", path, { as: D });
      expect(outsider.status).toBe(403);
      expect((await json(outsider)).code).toBe("agreement-party-required");
      expect((await send("GET", path, { as: B })).status).toBe(200);
    }
    const withoutB = { ...terms, parties: terms.parties.filter((party) => party.organisation.value !== B.value) };
    withoutB.approvals = terms.approvals!.filter((approval) => approval.party.value !== B.value);
    await must(amend(A, draft.id, 1, withoutB, "The hospital trust leaves the agreement."));
    for (const path of [
      `/agreements/${draft.id}/versions/1`,
      `/agreements/${draft.id}/versions/2`,
      `/agreements/${draft.id}`,
    ]) {
      expect((await send("GET", path, { as: B })).status).toBe(200);
    }
  });

  test("LDS-05-R27 only controller parties of the latest version change an agreement", async () => {
    const active = await activeAgreement();
    for (const response of [
      await amend(P, active.id, 2, fullTerms()),
      await transition(P, active.id, "suspended", 2),
      await transition(D, active.id, "suspended", 2),
    ]) {
      expect(response.status).toBe(403);
      expect((await json(response)).code).toBe("agreement-controller-required");
    }
    expect(await history(A, active.id)).toHaveLength(2);
    await must(transition(B, active.id, "suspended", 2, "Suspended by the hospital trust."));

    const terms = fullTerms();
    const withoutB = { ...terms, parties: terms.parties.filter((party) => party.organisation.value !== B.value) };
    withoutB.approvals = terms.approvals!.filter((approval) => approval.party.value !== B.value);
    await must(amend(A, active.id, 3, withoutB));
    const removed = await transition(B, active.id, "active", 4);
    expect(removed.status).toBe(403);
    expect((await json(removed)).code).toBe("agreement-controller-required");
  });

  test("LDS-05-R28 unknown agreements and versions are not found; drafts are not in the register", async () => {
    const unknown = randomUUID();
    for (const [method, path, body] of [
      ["GET", `/agreements/${unknown}`, undefined],
      ["GET", `/agreements/${unknown}/versions`, undefined],
      ["GET", `/agreements/${unknown}/versions/1`, undefined],
      ["POST", `/agreements/${unknown}/versions`, { based_on_version: 1, change_summary: "x", terms: draftTerms() }],
      ["POST", `/agreements/${unknown}/transitions`, { to: "active", based_on_version: 1, change_summary: "x" }],
    ] as const) {
      const response = await send(method, path, { as: A, body });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect((await json(response)).code).toBe("not-found");
    }
    const draft = await created(A, fullTerms());
    await must(amend(A, draft.id, 1, fullTerms()));
    expect((await send("GET", `/agreements/${draft.id}/versions/3`, { as: A })).status).toBe(404);
    expect((await send("GET", `/agreements/${draft.id}/versions/3`, { as: D })).status).toBe(404);
    expect((await send("GET", `/register/agreements/${draft.id}`)).status).toBe(404);
    await must(transition(A, draft.id, "active", 2));
    expect((await send("GET", `/register/agreements/${draft.id}`)).status).toBe(200);
  });

  test("LDS-05-R29 permission, then version, then status, then terms, then completeness", async () => {
    const stale = fullTerms();
    delete stale.retention;
    const active = await activeAgreement();
    // A processor party is refused as such, before its stale version or incomplete terms are looked at.
    const processor = await amend(P, active.id, 1, stale);
    expect((await json(processor)).code).toBe("agreement-controller-required");
    // A controller's stale change is a version conflict before the terms are checked.
    expect((await json(await amend(A, active.id, 1, stale))).code).toBe("agreement-version-conflict");
    const terminated = await must(transition(A, active.id, "terminated", 2));
    expect((await json(await amend(A, active.id, 2, fullTerms()))).code).toBe("agreement-version-conflict");
    expect((await json(await amend(A, active.id, terminated.version, stale))).code).toBe("agreement-terminated");
    // Terms that break a rule are agreement-terms-invalid before they are found incomplete.
    const other = await activeAgreement();
    const both = { ...stale, review_date: stale.effective_from! };
    expect((await json(await amend(A, other.id, 2, both))).code).toBe("agreement-terms-invalid");
    expect((await json(await amend(A, other.id, 2, stale))).code).toBe("agreement-incomplete");
    // For createAgreement, the controller check comes after validation of the body.
    const invalid = await create(D, { title: "", parties: [] });
    expect((await json(invalid)).code).toBe("validation-failed");
  });

  test("LDS-05-R29 the party and controller checks come before the request is validated", async () => {
    const active = await activeAgreement();
    const code = async (response: Promise<Response>) => (await json(await response)).code;
    const invalid = { based_on_version: 0, change_summary: "", terms: { title: "" } };
    // The oracle: processor party P, an invalid body and a stale version: refused as a processor; A: invalid.
    for (const path of [`/agreements/${active.id}/versions`, `/agreements/${active.id}/transitions`]) {
      for (const body of [invalid, "{not json", {}]) {
        expect(await code(send("POST", path, { as: P, body })), path).toBe("agreement-controller-required");
        expect(await code(send("POST", path, { as: D, body })), path).toBe("agreement-controller-required");
      }
      expect(await code(send("POST", path, { as: A, body: invalid }))).toBe("validation-failed");
      expect(await code(send("POST", path, { as: A, body: "{not json" }))).toBe("bad-request");
    }
    // A read by an organisation that was never a party is refused before its query is looked at.
    for (const path of [`/agreements/${active.id}/versions?size=0`, `/agreements/${active.id}?unknown=1`]) {
      expect(await code(send("GET", path, { as: D }))).toBe("agreement-party-required");
      expect(await code(send("GET", path, { as: A }))).toBe("bad-request");
    }
    // 404 for the path comes first: an unknown agreement, or a version beyond the latest, whoever asks and however.
    const unknown = randomUUID();
    expect(await code(send("POST", `/agreements/${unknown}/versions`, { as: P, body: invalid }))).toBe("not-found");
    const readOnly = { as: A, scopes: ["lds-05:read"], body: invalid };
    expect(await code(send("POST", `/agreements/${unknown}/transitions`, readOnly))).toBe("not-found");
    expect(await code(send("GET", `/agreements/${active.id}/versions/99`, { as: D }))).toBe("not-found");
    // Then the token's scope, then the party check.
    expect(await code(send("POST", `/agreements/${active.id}/transitions`, { ...readOnly, as: D }))).toBe("forbidden");
    expect(await code(send("GET", `/agreements/${active.id}`, { as: D, scopes: ["lds-05:write"] }))).toBe("forbidden");
    // Nothing was written by any of these.
    expect(await history(A, active.id)).toHaveLength(active.version);
  });

  test("scopes: lds-05:read reads, lds-05:write writes (LDS-00-R15)", async () => {
    const draft = await created(A, draftTerms());
    const readOnly = await send("POST", `/agreements/${draft.id}/transitions`, {
      as: A,
      scopes: ["lds-05:read"],
      body: { to: "terminated", based_on_version: 1, change_summary: "x" },
    });
    expect(readOnly.status).toBe(403);
    expect((await json(readOnly)).code).toBe("forbidden");
    const writeOnly = await send("GET", `/agreements/${draft.id}`, { as: A, scopes: ["lds-05:write"] });
    expect(writeOnly.status).toBe(403);
    expect((await send("GET", `/agreements/${draft.id}`)).status).toBe(401);
  });

  test("LDS-05-R31 LDS-05-R35 the register is open to anyone, from any web page, and cached briefly", async () => {
    const active = await activeAgreement();
    for (const path of ["/register/agreements", `/register/agreements/${active.id}`]) {
      for (const headers of [{}, { authorization: "Bearer not-a-token" }]) {
        const response = await call(platform, "GET", `/v1${path}`, { headers });
        expect(response.status).toBe(200);
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
        const cache = response.headers.get("cache-control") ?? "";
        const ages = [...cache.matchAll(/(?:s-)?max-age=(\d+)/g)].map((match) => Number(match[1]));
        expect(cache.includes("no-store") || (ages.length > 0 && ages.every((age) => age <= 300))).toBe(true);
      }
    }
    const missing = await call(platform, "GET", `/v1/register/agreements/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
    expect((await json(missing)).code).toBe("not-found");
    const beyond = await call(platform, "GET", "/v1/register/agreements?page=9999");
    expect(beyond.status).toBe(400);
    expect(beyond.headers.get("access-control-allow-origin")).toBe("*");
  });

  test("LDS-05-R31 the problems the router answers for register operations may be read from any web page", async () => {
    const problems: [string, Record<string, string>, number][] = [
      ["/register/agreements?status=no-such-status", {}, 400],
      ["/register/agreements?size=0", {}, 400],
      ["/register/agreements/not-a-uuid", {}, 404],
      ["/register/agreements", { accept: "text/html" }, 406],
    ];
    for (const [path, headers, status] of problems) {
      const response = await call(platform, "GET", `/v1${path}`, { headers });
      expect(response.status, path).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
    }
  });

  test("LDS-05-R32 LDS-05-R33 the register publishes the latest version of every agreement that has been active", async () => {
    const draft = await created(A, fullTerms());
    const inRegister = async () => {
      const ids: string[] = [];
      for (let page = 1; ; page++) {
        const body = await json(await send("GET", `/register/agreements?size=100&page=${page}`));
        ids.push(...body.items.map((item: { id: string }) => item.id));
        if (!body.links.next) return ids;
      }
    };
    expect(await inRegister()).not.toContain(draft.id);
    const check = async () => {
      const response = await send("GET", `/register/agreements/${draft.id}`);
      expect(response.status).toBe(200);
      const entry = await json(response);
      expect(validate(REGISTER_ENTRY, entry)).toEqual([]);
      const latest = await json(await send("GET", `/agreements/${draft.id}`, { as: A }));
      const { id, version, status, created_at, terms } = latest;
      expect(entry).toEqual({ id, version, status, created_at, terms, review_overdue: false });
      expect(await inRegister()).toContain(draft.id);
    };
    await must(transition(A, draft.id, "active", 1));
    await check();
    await must(amend(A, draft.id, 2, { ...fullTerms(), reference: "NM-ISA-2026-099" }));
    await check();
    await must(transition(A, draft.id, "suspended", 3));
    await check();
    await must(transition(A, draft.id, "terminated", 4));
    await check();

    // review_date 2027-03-31: overdue from 2027-04-01 (UTC), not on the day itself.
    try {
      clock.now = new Date("2027-03-31T23:59:00Z");
      expect((await json(await send("GET", `/register/agreements/${draft.id}`))).review_overdue).toBe(false);
      clock.now = new Date("2027-04-01T00:00:00Z");
      expect((await json(await send("GET", `/register/agreements/${draft.id}`))).review_overdue).toBe(true);
    } finally {
      clock.now = new Date("2026-06-01T12:00:00Z");
    }
  });
});

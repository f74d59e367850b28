import { fc, test } from "@fast-check/vitest";
import { upnCheckLetter } from "@lds/identifiers";
import { describe, expect } from "vitest";
import { call, engines, json, nhsNumbers } from "./harness.ts";
import { A, B, bySubject, C, lds04Platform, nhs, OBJECTABLE, PURPOSES, subjectRequest, UPN } from "./lds-04-fixture.ts";

// LDS-04 objections on both engines: how one is set and withdrawn, who sees and withdraws it, complete searches, the
// batch check, unknown subjects, immediacy, and that checks and decisions change nothing.

const freshNhsNumber = nhsNumbers(400_000);
/** A valid Unique Pupil Number no other test uses. */
let serial = 400_000;
function freshUpn(): { system: string; value: string } {
  const body = `992${String(serial++).padStart(9, "0")}`;
  return { system: UPN, value: `${upnCheckLetter(body)}${body}` };
}
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe.each(engines)("LDS-04 objections on %s", async (engine) => {
  const { platform, clock, token, post, person, examples } = await lds04Platform(engine);
  await person("person-olivia", [nhs("9990000018"), { system: UPN, value: "K992200318052" }]);
  await person("person-harold", [nhs("9990000166")], "2025-11-18");
  const tokens = async () => Promise.all([A, B, C].map((organisation) => token(organisation)));
  let [a, b, c] = (await tokens()) as [string, string, string];
  const read = async (id: string, as = a) => json(await call(platform, "GET", `/v1/objections/${id}`, { token: as }));
  const object = async (subject: unknown, purposes: readonly string[], as = a) => {
    const response = await post(as, "/objections", { subject, purposes, ...bySubject });
    expect(response.status).toBe(201);
    return json(response);
  };
  const check = async (purpose_class: string, subjects: unknown[]) => {
    const response = await post(a, "/objections/$check", { purpose_class, subjects });
    expect(response.status).toBe(200);
    return json(response);
  };
  const statuses = async (purpose: string, subjects: unknown[]) =>
    (await check(purpose, subjects)).results.map((result: { status: string }) => result.status);
  const search = async (body: unknown, query = "", as = a) => {
    const response = await post(as, `/objections/$search${query}`, body);
    expect(response.status).toBe(200);
    return json(response);
  };
  const decide = async (subject: unknown, purpose_class: string) => {
    const response = await post(a, "/decisions", {
      subject,
      purpose_class,
      requester: B,
      agreement_id: "3f6c2a1e-8b4d-4c7a-9e21-000000003041",
      agreement_version: 1,
      lawful_basis: "art6-1-e",
    });
    expect(response.status).toBe(200);
    return json(response);
  };
  const example = (name: string) => examples.find((file) => file.name === name)!.example.instance as object;

  test("LDS-04-R12 an objection records how it was set; readObjection returns it unchanged", async () => {
    const input = { ...example("objection-input-full"), subject: nhs("999 000 0018") };
    const response = await post(a, "/objections", input);
    expect(response.status).toBe(201);
    const objection = await json(response);
    expect(response.headers.get("location")).toBe(`http://127.0.0.1/v1/objections/${objection.id}`);
    expect(objection).toMatchObject({
      subject: nhs("9990000018"),
      purposes: ["planning", "research", "statistics"],
      status: "active",
    });
    expect(objection.events).toEqual([
      {
        sequence: 1,
        type: "set",
        recorded_at: new Date(clock.now).toISOString(),
        recorded_by: A,
        actor: { role: "proxy", proxy_role: "lasting-power-of-attorney" },
        channel: "post",
        evidence_reference: "LPA-REF-7000-0001",
      },
    ]);
    expect(await read(objection.id)).toEqual(objection);
    const missing = await call(platform, "GET", "/v1/objections/00000000-0000-4000-8000-000000000000", { token: a });
    expect(missing.status).toBe(404);
  });

  test("LDS-04-R11 R12 every invalid objection example is refused with 422 and its errors", async () => {
    const invalid = examples.filter(
      (file) => file.kind === "invalid" && file.example.schema.endsWith("/objection-input.schema.json"),
    );
    expect(invalid.map((file) => file.name)).toEqual(
      expect.arrayContaining(["objection-input-direct-care", "objection-input-safeguarding"]),
    );
    for (const { example: bad } of invalid) {
      const response = await post(a, "/objections", bad.instance);
      expect(response.status, bad.description).toBe(422);
      const problem = await json(response);
      expect(problem.code).toBe("validation-failed");
      for (const error of bad.errors ?? []) expect(problem.errors).toContainEqual(expect.objectContaining(error));
    }
  });

  test("LDS-04-R11 an objection to every objectable purpose never covers direct care or safeguarding", async () => {
    const subject = nhs(freshNhsNumber());
    await object(subject, OBJECTABLE);
    expect(await statuses("direct-care", [subject])).toEqual(["no-objection"]);
    expect(await statuses("safeguarding", [subject])).toEqual(["no-objection"]);
    for (const purpose of ["direct-care", "safeguarding"]) {
      expect(await decide(subject, purpose)).toMatchObject({
        decision: "permit",
        reasons: [{ code: "purpose-not-objectable" }],
        exemptions_considered: [],
      });
    }
    for (const purpose of OBJECTABLE) expect(await statuses(purpose, [subject])).toEqual(["objection"]);
  });

  test("LDS-04-R13 an objection outlives time, death and a change of identifiers", async () => {
    await person("person-amir", [nhs("9990000034")]);
    const living = await object(nhs("9990000034"), ["research"]);
    const deceased = await object(nhs("9990000166"), ["research", "planning"]);
    clock.now += 10 * 366 * 24 * 3600_000;
    [a, b, c] = (await tokens()) as [string, string, string];
    const upn = freshUpn();
    await person("person-amir", [nhs("9990000034"), upn]);
    for (const objection of [living, deceased]) {
      const now = await read(objection.id);
      expect(now.status).toBe("active");
      expect(now.events).toHaveLength(1);
    }
    expect(await statuses("research", [nhs("9990000034"), nhs("9990000166")])).toEqual(["objection", "objection"]);
    expect(await statuses("planning", [nhs("9990000166")])).toEqual(["objection"]);
    expect(await statuses("research", [upn])).toEqual(["objection"]);
  });

  test("LDS-04-R14 withdrawal appends an event and keeps the objection; a second is 409", async () => {
    const subject = nhs(freshNhsNumber());
    const objection = await object(subject, ["research"]);
    clock.now += 1_000;
    const body = example("objection-withdrawal-subject-request");
    const response = await post(b, `/objections/${objection.id}/$withdraw`, body);
    expect(response.status).toBe(200);
    const withdrawn = await json(response);
    expect(withdrawn).toMatchObject({ id: objection.id, subject, purposes: ["research"], status: "withdrawn" });
    expect(withdrawn.events[0]).toEqual(objection.events[0]);
    expect(withdrawn.events[1]).toEqual({
      sequence: 2,
      type: "withdrawn",
      recorded_at: new Date(clock.now).toISOString(),
      recorded_by: B,
      ...body,
    });
    expect(await read(withdrawn.id)).toEqual(withdrawn);
    expect(ids((await search({ subject })).items)).toEqual([objection.id]);
    expect((await search({ subject, status: "active" })).items).toEqual([]);
    expect((await search({ subject, status: "withdrawn" })).items).toEqual([withdrawn]);
    const again = await post(a, `/objections/${objection.id}/$withdraw`, body);
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("objection-already-withdrawn");
    expect(await read(withdrawn.id)).toEqual(withdrawn);
    expect(await statuses("research", [subject])).toEqual(["no-objection"]);
  });

  test("LDS-04-R15 any organisation withdraws at the subject's request; only the recorder as entered in error", async () => {
    const subject = nhs(freshNhsNumber());
    const first = await object(subject, ["research"]);
    const second = await object(subject, ["planning"]);
    expect((await post(b, `/objections/${first.id}/$withdraw`, subjectRequest)).status).toBe(200);
    const inError = { reason: "entered-in-error", actor: { role: "controller" } };
    const refused = await post(b, `/objections/${second.id}/$withdraw`, inError);
    expect(refused.status).toBe(403);
    expect((await json(refused)).code).toBe("forbidden");
    expect((await read(second.id)).status).toBe("active");
    expect((await post(a, `/objections/${second.id}/$withdraw`, inError)).status).toBe(200);
    expect((await read(second.id)).events[1]).toMatchObject({ reason: "entered-in-error", recorded_by: A });
  });

  test("LDS-04-R04 every organisation with lds-04:read sees every objection", async () => {
    const subject = nhs(freshNhsNumber());
    const objection = await object(subject, ["statistics"]);
    expect(await read(objection.id, c)).toEqual(objection);
    expect(ids((await search({ subject }, "", c)).items)).toEqual([objection.id]);
  });

  // A random history of objections for one person, from A and B, with some withdrawn and the clock moving on (or not)
  // between them: every search, at every page size, returns exactly the matching ones, in order, each as read.
  const histories = fc.array(
    fc.record({ by: fc.constantFrom("a", "b"), withdraw: fc.boolean(), wait: fc.constantFrom(0, 0, 1, 1_000, 60_000) }),
    { maxLength: 25 },
  );
  test.prop([histories], { numRuns: 4 })(
    "LDS-04-R16 searches are complete, ordered by recorded_at then id, at page sizes 1, 7 and 100",
    async (history) => {
      const subject = nhs(freshNhsNumber());
      await person(`person-${subject.value}`, [subject]);
      const created: { id: string; recorded_at: string; status: string }[] = [];
      for (const step of history) {
        clock.now += step.wait;
        const objection = await object(subject, ["research"], step.by === "a" ? a : b);
        if (step.withdraw) await post(b, `/objections/${objection.id}/$withdraw`, subjectRequest);
        created.push({
          id: objection.id,
          recorded_at: objection.events[0].recorded_at,
          status: step.withdraw ? "withdrawn" : "active",
        });
      }
      const order = [...created].sort((x, y) =>
        x.recorded_at === y.recorded_at ? (x.id < y.id ? -1 : 1) : x.recorded_at < y.recorded_at ? -1 : 1,
      );
      for (const status of [undefined, "active", "withdrawn"]) {
        const expected = order.filter((o) => status === undefined || o.status === status).map((o) => o.id);
        for (const size of [1, 7, 100]) {
          const seen: { id: string }[] = [];
          let next: string | undefined = `/v1/objections/$search?size=${size}`;
          while (next) {
            const body = status === undefined ? { subject } : { subject, status };
            const url: URL = new URL(next, "http://127.0.0.1");
            const page = await search(body, url.search);
            seen.push(...page.items);
            expect(page.page.total_items).toBe(expected.length);
            next = page.links.next;
          }
          expect(ids(seen)).toEqual(expected);
          for (const item of seen.slice(0, 3)) expect(await read(item.id)).toEqual(item);
        }
      }
    },
    120_000,
  );

  test("LDS-04-R17 a check answers every subject in order, canonical, invalid ones on their own", async () => {
    const [objecting, free] = [freshNhsNumber(), freshNhsNumber()];
    await object(nhs(objecting), ["planning"]);
    const spaced = `${objecting.slice(0, 3)} ${objecting.slice(3, 6)} ${objecting.slice(6)}`;
    const wrongCheckDigit = `${objecting.slice(0, 9)}${(Number(objecting[9]) + 1) % 10}`;
    const response = await check("planning", [
      nhs(spaced),
      nhs(free),
      nhs(wrongCheckDigit),
      { system: "urn:lds:id:postcode", value: "SW1A 1AA" },
      { system: "urn:example:passport", value: "123456789" },
      nhs(objecting),
    ]);
    expect(response.purpose_class).toBe("planning");
    expect(response.checked_at).toBe(new Date(clock.now).toISOString());
    expect(response.results).toEqual([
      { subject: nhs(objecting), status: "objection" },
      { subject: nhs(free), status: "no-objection" },
      { subject: nhs(wrongCheckDigit), status: "invalid-identifier", error_code: "invalid-nhs-number" },
      {
        subject: { system: "urn:lds:id:postcode", value: "SW1A 1AA" },
        status: "invalid-identifier",
        error_code: "not-allowed-value",
      },
      {
        subject: { system: "urn:example:passport", value: "123456789" },
        status: "invalid-identifier",
        error_code: "not-allowed-value",
      },
      { subject: nhs(objecting), status: "objection" },
    ]);
    const thousand = Array.from({ length: 1000 }, (_, index) => nhs(index % 2 ? objecting : free));
    const full = await check("planning", thousand);
    expect(full.results).toHaveLength(1000);
    expect(full.results[999].status).toBe("objection");
    expect(full.results[998].status).toBe("no-objection");
    const tooMany = await post(a, "/objections/$check", {
      purpose_class: "planning",
      subjects: [...thousand, nhs(objecting)],
    });
    expect(tooMany.status).toBe(422);
    expect((await json(tooMany)).code).toBe("validation-failed");
  });

  // Model-based: a pool of people (two held by the platform, one with two identifiers, one not held at all), random
  // objections and withdrawals; after each change the whole pool is checked for a purpose and compared with the model.
  const operations = fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant("object" as const),
        who: fc.nat(3),
        purposes: fc.subarray([...OBJECTABLE], { minLength: 1 }),
      }),
      fc.record({ kind: fc.constant("withdraw" as const), pick: fc.nat() }),
    ),
    { minLength: 1, maxLength: 8 },
  );
  test.prop([operations, fc.array(fc.constantFrom(...PURPOSES), { minLength: 8, maxLength: 8 })], { numRuns: 8 })(
    "LDS-04-R18 R19 R26 a check says objection exactly when an active objection of the person covers the purpose",
    async (steps, purposes) => {
      const [p1, p2, p3] = [freshNhsNumber(), freshNhsNumber(), freshNhsNumber()];
      const upn = freshUpn();
      await person(`person-${p1}`, [nhs(p1)]);
      await person(`person-${p2}`, [nhs(p2), upn]);
      // Identifiers as a request may give them: p2 by NHS number or by UPN (one person), p3 not held by the platform.
      const pool = [nhs(p1), nhs(p2), upn, nhs(p3)];
      const personOf = [0, 1, 1, 2];
      const model: { id: string; person: number; purposes: string[]; active: boolean }[] = [];
      for (const [index, step] of steps.entries()) {
        if (step.kind === "object") {
          const objection = await object(pool[step.who], step.purposes);
          model.push({ id: objection.id, person: personOf[step.who]!, purposes: step.purposes, active: true });
        } else {
          const active = model.filter((entry) => entry.active);
          if (!active.length) continue;
          const target = active[step.pick % active.length]!;
          expect((await post(a, `/objections/${target.id}/$withdraw`, subjectRequest)).status).toBe(200);
          target.active = false;
        }
        const purpose = purposes[index]!;
        const expected = pool.map((_, at) =>
          model.some((entry) => entry.active && entry.person === personOf[at] && entry.purposes.includes(purpose))
            ? "objection"
            : "no-objection",
        );
        expect(await statuses(purpose, pool)).toEqual(expected);
      }
    },
    120_000,
  );

  test("LDS-04-R19 a subject the platform does not hold is one with no records and no objections", async () => {
    const stranger = nhs(freshNhsNumber());
    expect(await statuses("research", [stranger])).toEqual(["no-objection"]);
    expect((await search({ subject: stranger })).items).toEqual([]);
    const consents = await post(a, "/consent-records/$search", { subject: stranger });
    expect(consents.status).toBe(200);
    expect((await json(consents)).items).toEqual([]);
    expect(await decide(stranger, "research")).toMatchObject({
      decision: "permit",
      reasons: [{ code: "no-covering-objection" }],
    });
  });

  test("LDS-04-R24 an objection and its withdrawal take effect for the very next request", async () => {
    const subject = nhs(freshNhsNumber());
    for (let round = 0; round < 50; round++) {
      const objection = await object(subject, ["research"]);
      expect(await statuses("research", [subject])).toEqual(["objection"]);
      expect((await decide(subject, "research")).decision).toBe("deny");
      expect((await post(a, `/objections/${objection.id}/$withdraw`, subjectRequest)).status).toBe(200);
      expect(await statuses("research", [subject])).toEqual(["no-objection"]);
      expect((await decide(subject, "research")).decision).toBe("permit");
    }
  });

  test("LDS-04-R25 checks and decisions change nothing", async () => {
    const subject = nhs("9990000018");
    await object(subject, ["research"]);
    const snapshot = async () => ({
      objections: await search({ subject }),
      consents: await json(await post(a, "/consent-records/$search", { subject })),
      rows: await platform.context.db.query(
        "SELECT (SELECT count(*)::integer FROM objections) AS o, (SELECT count(*)::integer FROM objection_events) AS oe, (SELECT count(*)::integer FROM consent_records) AS c, (SELECT count(*)::integer FROM consent_events) AS ce",
      ),
    });
    const before = await snapshot();
    for (const purpose of PURPOSES) {
      await check(purpose, [subject, { system: UPN, value: "K992200318052" }]);
      await decide(subject, purpose);
    }
    expect(await snapshot()).toEqual(before);
  });
});

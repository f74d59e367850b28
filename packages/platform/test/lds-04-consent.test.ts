import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { call, engines, json, nhsNumbers } from "./harness.ts";
import { A, B, C, lds04Platform, NHS, party, UPN } from "./lds-04-fixture.ts";

// LDS-04 consent records on both engines: terms kept as given, the append-only history, who may record which state,
// the transition table, event times, the derived state and who may see a record.

const STATES = [
  "requested",
  "request-deferred",
  "given",
  "renewed",
  "refused",
  "withdrawn",
  "revoked",
  "expired",
  "invalidated",
] as const;
type State = (typeof STATES)[number];

/** For each state, an event whose actor, channel and consent type are right for it (LDS-04-R08). */
const EVENT: Record<State, Record<string, unknown>> = {
  requested: { state: "requested", actor: { role: "controller" } },
  "request-deferred": { state: "request-deferred", actor: { role: "subject" }, channel: "telephone" },
  given: { state: "given", actor: { role: "subject" }, channel: "online", consent_type: "explicit" },
  renewed: {
    state: "renewed",
    actor: { role: "proxy", proxy_role: "parental-responsibility" },
    channel: "in-person",
    consent_type: "explicit",
  },
  refused: { state: "refused", actor: { role: "subject" }, channel: "post" },
  withdrawn: { state: "withdrawn", actor: { role: "subject" }, channel: "online" },
  revoked: { state: "revoked", actor: { role: "authority" } },
  expired: { state: "expired", actor: { role: "controller" } },
  invalidated: { state: "invalidated", actor: { role: "controller" } },
};

/** A valid consent-record-input: A controls, B receives, research under public task, explicit consent given. */
function consentInput(overrides: Record<string, unknown> = {}) {
  return {
    subject: { system: NHS, value: "999 000 0018" },
    controllers: [party(A, "Northmoor Council")],
    recipients: [party(B, "Northmoor Community Health")],
    notice: { url: "https://northmoor.example/privacy", version: "1", language: "en-GB" },
    purposes: [{ purpose_class: "research", description: "The family outcomes study." }],
    lawful_basis: "art6-1-e",
    personal_data: [{ description: "Contact details", special_category: false }],
    retention: { period: "P6Y" },
    storage_locations: ["GB"],
    jurisdiction: "GB-ENG",
    withdrawal_method: { description: "Tell your lead practitioner." },
    event: EVENT.given,
    ...overrides,
  };
}

const freshNhsNumber = nhsNumbers(800_000);

/** The consent-record members LDS-04-R02 says never change. */
const TERMS = [
  "subject",
  "controllers",
  "recipients",
  "notice",
  "purposes",
  "lawful_basis",
  "special_category_conditions",
  "personal_data",
  "retention",
  "storage_locations",
  "jurisdiction",
  "withdrawal_method",
  "agreement_ids",
  "id",
  "schema_version",
  "created_at",
  "recorded_by",
] as const;
const terms = (record: Record<string, unknown>) => Object.fromEntries(TERMS.map((name) => [name, record[name]]));

describe.each(engines)("LDS-04 consent records on %s", async (engine) => {
  const { platform, clock, token, post, get, person, examples: all } = await lds04Platform(engine);
  await person("person-olivia", [
    { system: NHS, value: "9990000018" },
    { system: UPN, value: "K992200318052" },
  ]);
  const [a, b, c] = await Promise.all([token(A), token(B), token(C)]);
  const create = async (body: unknown = consentInput(), as = a) => {
    const response = await post(as, "/consent-records", body);
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    return json(response);
  };
  const examples = all.filter((file) => file.example.schema.endsWith("/consent-record-input.schema.json"));

  test("LDS-04-R02 every valid example is created with its terms as given, canonical, and they never change", async () => {
    const valid = examples.filter((file) => file.kind === "valid");
    expect(valid.length).toBeGreaterThan(1);
    for (const { example } of valid) {
      const input = example.instance as Record<string, unknown>;
      const response = await post(a, "/consent-records", input);
      expect(response.status, example.description).toBe(201);
      const record = await json(response);
      expect(response.headers.get("location")).toBe(`http://127.0.0.1/v1/consent-records/${record.id}`);
      for (const name of TERMS.slice(0, 13)) expect(record[name], name).toEqual(input[name]);
      expect(record.schema_version).toMatch(/^1\.\d+\.\d+$/);
      expect(record.recorded_by).toEqual(A);
      expect(record.events).toHaveLength(1);
      expect(record.events[0]).toMatchObject({ sequence: 1, recorded_by: A, recorded_at: record.created_at });
      const read = await get(a, `/consent-records/${record.id}`);
      expect(terms(read)).toEqual(terms(record));
    }
    const spaced = await create(consentInput({ recipients: [party({ system: B.system, value: "rz9" }, "Trust")] }));
    expect(spaced.subject).toEqual({ system: NHS, value: "9990000018" });
    expect(spaced.recipients[0].organisation).toEqual(B);
    const appended = await post(a, `/consent-records/${spaced.id}/events`, EVENT.withdrawn);
    expect(appended.status).toBe(201);
    expect(terms(await json(appended))).toEqual(terms(spaced));
    expect(terms(await get(b, `/consent-records/${spaced.id}`))).toEqual(terms(spaced));
    const search = await json(
      await post(b, "/consent-records/$search", { subject: { system: NHS, value: "9990000018" } }),
    );
    expect(terms(search.items.find((item: { id: string }) => item.id === spaced.id))).toEqual(terms(spaced));
  });

  test("LDS-04-R02 R03 R07 R08 every invalid example is refused with 422 and its errors", async () => {
    const invalid = examples.filter((file) => file.kind === "invalid");
    expect(invalid.length).toBeGreaterThan(5);
    for (const { example } of invalid) {
      const response = await post(a, "/consent-records", example.instance);
      expect(response.status, example.description).toBe(422);
      const problem = await json(response);
      expect(problem.code).toBe("validation-failed");
      for (const error of example.errors ?? []) {
        expect(problem.errors, example.description).toContainEqual(expect.objectContaining(error));
      }
    }
  });

  test("LDS-04-R03 a record relying on explicit consent refuses consent renewed without being explicit", async () => {
    const explicit = consentInput({
      personal_data: [{ description: "Health needs", special_category: true }],
      special_category_conditions: [{ article_9: "art9-2-a" }],
    });
    const record = await create(explicit);
    expect((await post(a, `/consent-records/${record.id}/events`, EVENT.withdrawn)).status).toBe(201);
    const expressed = await post(a, `/consent-records/${record.id}/events`, {
      ...EVENT.renewed,
      consent_type: "expressed",
    });
    expect(expressed.status).toBe(422);
    expect((await json(expressed)).code).toBe("explicit-consent-required");
    expect((await get(a, `/consent-records/${record.id}`)).events).toHaveLength(2);
    expect((await post(a, `/consent-records/${record.id}/events`, EVENT.renewed)).status).toBe(201);
    // Without Article 9(2)(a) the same expressed renewal is accepted.
    const plain = await create(consentInput({ event: { ...EVENT.given, consent_type: "implied" } }));
    await post(a, `/consent-records/${plain.id}/events`, EVENT.withdrawn);
    const renewed = await post(a, `/consent-records/${plain.id}/events`, {
      ...EVENT.renewed,
      consent_type: "expressed",
    });
    expect(renewed.status).toBe(201);
  });

  test("LDS-04-R04 only the recording organisation, controllers and recipients see a record", async () => {
    const record = await create();
    const forbidden = await call(platform, "GET", `/v1/consent-records/${record.id}`, { token: c });
    expect(forbidden.status).toBe(403);
    expect((await json(forbidden)).code).toBe("forbidden");
    const append = await post(c, `/consent-records/${record.id}/events`, EVENT.withdrawn);
    expect(append.status).toBe(403);
    expect((await json(append)).code).toBe("forbidden");
    expect((await get(a, `/consent-records/${record.id}`)).events).toHaveLength(1);
    const subject = { system: NHS, value: "9990000018" };
    const ids = async (as: string) =>
      (await json(await post(as, "/consent-records/$search", { subject }))).items.map(
        (item: { id: string }) => item.id,
      );
    expect(await ids(c)).not.toContain(record.id);
    expect(await ids(b)).toContain(record.id);
    expect((await get(b, `/consent-records/${record.id}`)).id).toBe(record.id);
    // A record C recorded itself, naming neither A nor B, is C's alone.
    const own = await create(consentInput({ controllers: [party(C, "Eastbrook")], recipients: [] }), c);
    expect(await ids(c)).toContain(own.id);
    expect(await ids(b)).not.toContain(own.id);
    const missing = await call(platform, "GET", "/v1/consent-records/00000000-0000-4000-8000-000000000000", {
      token: a,
    });
    expect(missing.status).toBe(404);
  });

  test("LDS-04-R06 event times: occurred_at defaults to recorded_at; future or out-of-order times are refused", async () => {
    clock.now += 120_000;
    const record = await create();
    clock.now += 5_000;
    const response = await post(b, `/consent-records/${record.id}/events`, EVENT.withdrawn);
    const event = (await json(response)).events[1];
    expect(event.recorded_at).toBe(new Date(clock.now).toISOString());
    expect(event.occurred_at).toBe(event.recorded_at);
    expect(event.recorded_by).toEqual(B);
    const later = (ms: number) => new Date(clock.now + ms).toISOString();
    for (const occurred_at of [later(60 * 60_000), later(-60_000 - 5_000)]) {
      const refused = await post(a, `/consent-records/${record.id}/events`, { ...EVENT.renewed, occurred_at });
      expect(refused.status, occurred_at).toBe(422);
      expect((await json(refused)).code).toBe("consent-event-time-invalid");
    }
    expect((await get(a, `/consent-records/${record.id}`)).events).toHaveLength(2);
    const future = await post(
      a,
      "/consent-records",
      consentInput({ event: { ...EVENT.given, occurred_at: later(60_000) } }),
    );
    expect(future.status).toBe(422);
    expect((await json(future)).code).toBe("consent-event-time-invalid");
    const paper = await post(a, `/consent-records/${record.id}/events`, { ...EVENT.renewed, occurred_at: later(0) });
    expect(paper.status).toBe(201);
    // The clock going back never makes an event recorded before the one before it.
    clock.now -= 60_000;
    const back = await json(await post(a, `/consent-records/${record.id}/events`, EVENT.withdrawn));
    expect(Date.parse(back.events[3].recorded_at)).toBeGreaterThanOrEqual(Date.parse(back.events[2].recorded_at));
    clock.now += 60_000;
  });

  test("LDS-04-R08 every invalid event example is refused with 422, the record unchanged", async () => {
    const invalid = platform.context.catalogue.standards
      .find((standard) => standard.id === "LDS-04")!
      .examples.filter(
        (file) => file.kind === "invalid" && file.example.schema.endsWith("/consent-event-input.schema.json"),
      );
    expect(invalid.length).toBeGreaterThan(5);
    const record = await create();
    for (const { example } of invalid) {
      const response = await post(a, `/consent-records/${record.id}/events`, example.instance);
      expect(response.status, example.description).toBe(422);
      const problem = await json(response);
      expect(problem.code).toBe("validation-failed");
      for (const error of example.errors ?? []) expect(problem.errors).toContainEqual(expect.objectContaining(error));
    }
    expect((await get(a, `/consent-records/${record.id}`)).events).toHaveLength(1);
  });

  test("LDS-04-R09 consent past its valid_until is expired, with no event added", async () => {
    const validUntil = new Date(clock.now + 10_000).toISOString();
    const record = await create(consentInput({ event: { ...EVENT.given, valid_until: validUntil } }));
    expect(record.state).toBe("given");
    clock.now += 10_000;
    const lapsed = await get(a, `/consent-records/${record.id}`);
    expect(lapsed.state).toBe("expired");
    expect(lapsed.events).toEqual(record.events);
    // Expired now: withdrawn may no longer follow, renewed may.
    expect((await post(a, `/consent-records/${record.id}/events`, EVENT.withdrawn)).status).toBe(409);
    const renewed = await json(await post(a, `/consent-records/${record.id}/events`, EVENT.renewed));
    expect(renewed.state).toBe("renewed");
    const search = await post(a, "/consent-records/$search", {
      subject: { system: UPN, value: "K992200318052" },
      state: "renewed",
    });
    expect((await json(search)).items.map((item: { id: string }) => item.id)).toContain(record.id);
  });

  // Random records for one person, recorded by A, B or C, for research or planning, some withdrawn, the clock moving
  // on (or not) between them: each search, at each page size, returns exactly the matching records A may see, in
  // order of created_at then id, each as read.
  const records = fc.array(
    fc.record({
      by: fc.constantFrom("a", "b", "c"),
      purpose: fc.constantFrom("research", "planning"),
      withdraw: fc.boolean(),
      wait: fc.constantFrom(0, 0, 1, 1_000),
    }),
    { maxLength: 25 },
  );
  test.prop([records], { numRuns: 4 })(
    "LDS-04-R04 R16 consent record searches are complete and ordered, at page sizes 1, 7 and 100",
    async (history) => {
      const subject = { system: NHS, value: freshNhsNumber() };
      await person(`person-${subject.value}`, [subject]);
      const made: { id: string; created_at: string; purpose: string; state: string; visible: boolean }[] = [];
      for (const step of history) {
        clock.now += step.wait;
        const as = { a, b, c }[step.by];
        // C's records name only C; A's and B's name A as controller and B as recipient.
        const parties = step.by === "c" ? { controllers: [party(C, "Eastbrook")], recipients: [] } : {};
        const purposes = [{ purpose_class: step.purpose, description: "A use." }];
        const record = await create(consentInput({ subject, purposes, ...parties }), as);
        if (step.withdraw) await post(as, `/consent-records/${record.id}/events`, EVENT.withdrawn);
        const state = step.withdraw ? "withdrawn" : "given";
        made.push({
          id: record.id,
          created_at: record.created_at,
          purpose: step.purpose,
          state,
          visible: step.by !== "c",
        });
      }
      const order = made
        .filter((record) => record.visible)
        .sort((x, y) =>
          x.created_at === y.created_at ? (x.id < y.id ? -1 : 1) : x.created_at < y.created_at ? -1 : 1,
        );
      for (const filter of [
        {},
        { purpose_class: "research" },
        { state: "withdrawn" },
        { purpose_class: "planning", state: "given" },
      ] as Record<string, string>[]) {
        const expected = order
          .filter((r) => (filter.purpose_class ?? r.purpose) === r.purpose && (filter.state ?? r.state) === r.state)
          .map((r) => r.id);
        for (const size of [1, 7, 100]) {
          const seen: { id: string }[] = [];
          let next: string | undefined = `http://127.0.0.1/v1/consent-records/$search?size=${size}`;
          while (next) {
            const response = await post(a, `/consent-records/$search${new URL(next).search}`, { subject, ...filter });
            expect(response.status).toBe(200);
            const page = await json(response);
            expect(page.page.total_items).toBe(expected.length);
            seen.push(...page.items);
            next = page.links.next;
          }
          expect(seen.map((item) => item.id)).toEqual(expected);
          for (const item of seen.slice(0, 2)) expect(await get(a, `/consent-records/${item.id}`)).toEqual(item);
        }
      }
    },
    120_000,
  );

  /** The transition table of LDS-04-R07, written out again as the model the platform is checked against. */
  function accepts(history: readonly State[], next: State): boolean {
    const current = history.at(-1)!;
    const given = history.some((state) => state === "given" || state === "renewed");
    switch (next) {
      case "requested":
        return ["requested", "request-deferred", "refused", "withdrawn", "revoked", "expired"].includes(current);
      case "request-deferred":
        return current === "requested" || current === "request-deferred";
      case "given":
        return !given && ["requested", "request-deferred", "refused"].includes(current);
      case "renewed":
        return given && current !== "invalidated";
      case "refused":
        return current === "requested" || current === "request-deferred";
      case "withdrawn":
      case "revoked":
      case "expired":
        return current === "given" || current === "renewed";
      case "invalidated":
        return current !== "invalidated";
    }
  }

  // Mostly records that may be created, so that most runs go on to append; now and then one that may not. Each later
  // step picks, three times in four, among the states the model allows next, so that long lifecycles (given,
  // withdrawn, requested, given again…) are reached; otherwise among those it refuses, to try each refusal there.
  const first = fc.oneof(
    { arbitrary: fc.constantFrom<State>("requested", "given", "refused"), weight: 5 },
    { arbitrary: fc.constantFrom(...STATES), weight: 1 },
  );
  const step = fc.record({ pick: fc.nat(), allowed: fc.nat(3).map((n) => n > 0), byB: fc.boolean() });
  const steps = fc.tuple(first, fc.array(step, { maxLength: 15 }));
  const choose = (history: readonly State[], { pick, allowed }: { pick: number; allowed: boolean }): State => {
    const candidates = STATES.filter((state) => accepts(history, state) === allowed);
    const from = candidates.length ? candidates : STATES;
    return from[pick % from.length]!;
  };

  test.prop([steps], { numRuns: 40 })(
    "LDS-04-R05 R07 R09 random event sequences: only allowed transitions succeed, history only grows, state is the last event's",
    async ([first, rest]) => {
      const opened = await post(a, "/consent-records", consentInput({ event: EVENT[first] }));
      if (!["requested", "given", "refused"].includes(first)) {
        expect(opened.status).toBe(422);
        expect((await json(opened)).errors).toContainEqual(
          expect.objectContaining({ pointer: "/event/state", code: "not-allowed-value" }),
        );
        return;
      }
      expect(opened.status).toBe(201);
      let record = await json(opened);
      const history: State[] = [first];
      for (const step of rest) {
        const state = choose(history, step);
        const response = await post(step.byB ? b : a, `/consent-records/${record.id}/events`, EVENT[state]);
        const after = await get(a, `/consent-records/${record.id}`);
        expect(after.events.slice(0, record.events.length)).toEqual(record.events);
        if (accepts(history, state)) {
          expect(response.status).toBe(201);
          expect(after.events).toHaveLength(record.events.length + 1);
          expect(after.events.at(-1)).toMatchObject({
            sequence: record.events.length + 1,
            state,
            recorded_by: step.byB ? B : A,
          });
          history.push(state);
        } else {
          expect(response.status).toBe(409);
          expect((await json(response)).code).toBe("consent-transition-not-allowed");
          expect(after.events).toEqual(record.events);
        }
        expect(after.state).toBe(history.at(-1));
        record = after;
      }
    },
    120_000,
  );
});

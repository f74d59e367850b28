import { describe, expect, test } from "vitest";
import { defineCheck } from "../src/engine/check.ts";
import { strongest } from "../src/engine/level.ts";
import { CheckRegistry, checkLevel, requirementLevels } from "../src/engine/registry.ts";
import { findingStatus } from "../src/engine/result.ts";
import { type RunOptions, runChecks } from "../src/engine/runner.ts";
import { catalogue, declarationFor, hostileRoutes, testServer, validator } from "./support.ts";

let tokenRequests = 0;
const server = await testServer({
  ...hostileRoutes,
  "/v1/": (_, response) => {
    response.writeHead(200, { "content-type": "application/json", "api-version": "1.0.0" });
    response.end(JSON.stringify({ api_version: "1.0.0" }));
  },
  "/v1/token": (request, response) => {
    tokenRequests++;
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const form = new URLSearchParams(body);
      const ok = form.get("client_secret") === "secret-a" && form.get("grant_type") === "client_credentials";
      response.writeHead(ok ? 200 : 401, { "content-type": "application/json" });
      response.end(
        JSON.stringify(
          ok ? { access_token: "t0ken", token_type: "Bearer", expires_in: 3600 } : { error: "invalid_client" },
        ),
      );
    });
  },
});

const run = (checks: RunOptions["checks"], options: Partial<RunOptions> = {}) =>
  runChecks({
    declaration: declarationFor(server.baseUrl, {
      standards: [
        { id: "LDS-00", version: "1.0.0" },
        { id: "LDS-01", version: "1.0.0" },
      ],
    }),
    checks,
    catalogue,
    validator,
    seed: 1,
    runs: 10,
    transport: { timeoutMs: 300, retries: 0 },
    ...options,
  });

const getRoot = (standard = "LDS-00", requirements = ["LDS-00-R21"], id = "lds-00/root") =>
  defineCheck({
    id,
    title: "GET / says api_version 2.0.0",
    standard,
    requirements,
    async run(context) {
      const { response } = await context.http.request({ path: "/" });
      context.expect((response.json as { api_version: string }).api_version, "api_version").toBe("2.0.0");
    },
  });

describe("defineCheck", () => {
  test.each([
    [{ id: "LDS-00/Root" }, /must be <standard slug>/],
    [{ id: "lds-01/root" }, /standard "LDS-00" must match its id/],
    [{ requirements: [] }, /verifies no requirement/],
    [{ requirements: ["LDS-01-R01"] }, /not a requirement of LDS-00/],
    [{ requirements: ["R01"] }, /not a requirement id/],
  ])("refuses %o", (change, message) => {
    const definition = { id: "lds-00/root", title: "t", standard: "LDS-00", requirements: ["LDS-00-R21"], run() {} };
    expect(() => defineCheck({ ...definition, ...change })).toThrow(message);
  });

  test("a registry refuses a check twice and names requirements no standard defines", () => {
    const check = getRoot("LDS-00", ["LDS-00-R99"]);
    expect(() => new CheckRegistry([check, check])).toThrow(/registered twice/);
    expect(new CheckRegistry([check]).problems(catalogue)).toEqual([
      "lds-00/root names LDS-00-R99, which no standard defines",
    ]);
  });
});

describe("levels follow requirements", () => {
  const levels = requirementLevels(catalogue);
  test("a check naming a MUST is a MUST check; SHOULD and MAY only when nothing stronger", () => {
    expect(strongest(["MAY", "SHOULD"])).toBe("SHOULD");
    expect(checkLevel(getRoot("LDS-00", ["LDS-00-R27", "LDS-00-R21"]), levels)).toBe("MUST");
    expect(checkLevel(getRoot("LDS-00", ["LDS-00-R27"]), levels)).toBe("SHOULD");
    expect(checkLevel(getRoot("LDS-01", ["LDS-01-R18"], "lds-01/root"), levels)).toBe("MAY");
  });

  test("a finding fails at MUST, warns at SHOULD, informs at MAY", () => {
    expect([findingStatus("MUST"), findingStatus("SHOULD"), findingStatus("MAY")]).toEqual(["fail", "warn", "info"]);
  });

  test("the same failing assertion is fail, warn or info by the check's level, with expected versus observed", async () => {
    const { results } = await run([
      getRoot("LDS-00", ["LDS-00-R21"], "lds-00/must"),
      getRoot("LDS-00", ["LDS-00-R27"], "lds-00/should"),
      getRoot("LDS-01", ["LDS-01-R18"], "lds-01/may"),
    ]);
    expect(results.map((result) => [result.id, result.level, result.status])).toEqual([
      ["lds-00/must", "MUST", "fail"],
      ["lds-00/should", "SHOULD", "warn"],
      ["lds-01/may", "MAY", "info"],
    ]);
    const { evidence } = results[0]!;
    expect(evidence).toMatchObject({
      expected: "2.0.0",
      observed: "1.0.0",
      message: 'api_version: expected "2.0.0", observed "1.0.0"',
    });
    expect(evidence?.exchanges[0]?.request.url).toBe(`${server.baseUrl}/`);
    expect(evidence?.exchanges[0]?.response?.status).toBe(200);
  });
});

describe("results", () => {
  const check = (id: string, run: Parameters<typeof defineCheck>[0]["run"], extra = {}) =>
    defineCheck({ id: `lds-00/${id}`, title: id, standard: "LDS-00", requirements: ["LDS-00-R21"], run, ...extra });

  test("pass, skip with its reason, error for a bug in the check, error (not fail) for a transport fault", async () => {
    const { results } = await run([
      check("passes", () => {}),
      check("skips", (context) => context.skip("the platform serves no collection")),
      check("needs", () => {}, { preconditions: [{ description: "a unicorn", holds: () => false }] }),
      check("buggy", () => {
        throw new TypeError("oops");
      }),
      check("hangs", async (context) => {
        await context.http.request({ path: "/hang" });
      }),
      check("malformed", async (context) => {
        const { response } = await context.http.request({ path: "/malformed" });
        context.expect(response.json, "body of GET /malformed").toBeValid("lds-00/api-info");
      }),
    ]);
    const byId = Object.fromEntries(results.map((result) => [result.id, result]));
    expect(byId["lds-00/passes"]?.status).toBe("pass");
    expect(byId["lds-00/skips"]).toMatchObject({
      status: "skip",
      skip: { kind: "precondition-missing", reason: "the platform serves no collection" },
    });
    expect(byId["lds-00/needs"]).toMatchObject({
      status: "skip",
      skip: { reason: "precondition missing: needs a unicorn" },
    });
    expect(byId["lds-00/buggy"]).toMatchObject({ status: "error", error: "TypeError: oops" });
    expect(byId["lds-00/hangs"]).toMatchObject({
      status: "error",
      error: expect.stringMatching(/^transport \(timeout\)/),
    });
    expect(byId["lds-00/hangs"]?.evidence?.exchanges[0]?.fault?.kind).toBe("timeout");
    expect(byId["lds-00/malformed"]?.status).toBe("fail");
    expect(byId["lds-00/malformed"]?.evidence?.exchanges[0]?.response?.jsonError).toMatch(/malformed JSON/);
  });

  test("checks of standards not claimed or not selected are skipped with that reason", async () => {
    const lds04 = defineCheck({
      id: "lds-04/x",
      title: "x",
      standard: "LDS-04",
      requirements: ["LDS-04-R01"],
      run() {},
    });
    const lds01 = getRoot("LDS-01", ["LDS-01-R18"], "lds-01/root");
    const { results, tested } = await run([lds04, lds01], { standards: ["lds-00"] });
    expect(results.map((result) => result.skip?.kind)).toEqual(["not-claimed", "not-selected"]);
    expect(tested.map((claim) => claim.id)).toEqual(["LDS-00"]);
  });

  test("a check that never ends is cut off at its time limit; the run stays within its own", async () => {
    const started = Date.now();
    const { results } = await run(
      [check("forever", () => new Promise(() => {})), check("after", () => {}), check("later", () => {})],
      { checkTimeLimitMs: 200, timeLimitMs: 60_000 },
    );
    expect(results[0]).toMatchObject({ status: "error", error: "Error: the check did not finish within 200 ms" });
    expect(results[1]?.status).toBe("pass");
    expect(Date.now() - started).toBeLessThan(5000);
    const bounded = await run([check("forever", () => new Promise(() => {})), check("after", () => {})], {
      timeLimitMs: 300,
    });
    expect(bounded.results.map((result) => result.status)).toEqual(["error", "error"]);
    expect(bounded.results[1]?.error).toMatch(/time limit had passed/);
  });

  test("progress is reported as each check ends", async () => {
    const events: string[] = [];
    await run([check("one", () => {}), check("two", () => {})], {
      onProgress: (event) => events.push(event.type === "check" ? `${event.type}:${event.result.id}` : event.type),
    });
    expect(events).toEqual(["start", "check:lds-00/one", "check:lds-00/two", "end"]);
  });
});

describe("tokens", () => {
  test("client credentials at the declared endpoint, cached across checks", async () => {
    const before = tokenRequests;
    const tokenCheck = (id: string) =>
      defineCheck({
        id: `lds-00/${id}`,
        title: id,
        standard: "LDS-00",
        requirements: ["LDS-00-R14"],
        async run(context) {
          context.expect(await context.token("org-test-requester-a"), "token").toBe("t0ken");
        },
      });
    const { results } = await run([tokenCheck("first"), tokenCheck("second")]);
    expect(results.map((result) => result.status)).toEqual(["pass", "pass"]);
    expect(tokenRequests - before).toBe(1);
  });

  test("a refused client is an error with the token endpoint's answer, and the secret is not in the evidence", async () => {
    const declaration = declarationFor(server.baseUrl);
    declaration.clients["org-test-requester-a"]!.client_secret = "wrong-secret";
    const { results } = await run(
      [
        defineCheck({
          id: "lds-00/token",
          title: "token",
          standard: "LDS-00",
          requirements: ["LDS-00-R14"],
          async run(context) {
            await context.token("org-test-requester-a");
          },
        }),
      ],
      { declaration },
    );
    expect(results[0]).toMatchObject({
      status: "error",
      error: "TokenError: the token endpoint refused org-test-requester-a's client: 401 invalid_client",
    });
    expect(JSON.stringify(results[0])).not.toContain("wrong-secret");
  });
});

describe("a hostile platform", () => {
  test("yields failed or errored checks with evidence, within the run's time, and never a crash", async () => {
    const paths = ["/hang", "/reset", "/malformed", "/huge", "/redirect-off-host", "/server-error", "/not-utf8"];
    const checks = paths.map((path) =>
      defineCheck({
        id: `lds-00/hostile${path.replaceAll("/", "-")}`,
        title: `GET ${path}`,
        standard: "LDS-00",
        requirements: ["LDS-00-R02"],
        async run(context) {
          const { response } = await context.http.request({ path });
          context.expect(response.status, `status of GET ${path}`).toBe(200);
          context.expect(response.json, `body of GET ${path}`).toBeDefined();
        },
      }),
    );
    const started = Date.now();
    const { results } = await run(checks, { transport: { timeoutMs: 500, retries: 1, maxResponseBytes: 1024 * 1024 } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(
      results.map((result) => [result.title, result.status, result.evidence?.exchanges.length ? "evidence" : "none"]),
    ).toEqual([
      ["GET /hang", "error", "evidence"],
      ["GET /reset", "error", "evidence"],
      ["GET /malformed", "fail", "evidence"],
      ["GET /huge", "error", "evidence"],
      ["GET /redirect-off-host", "error", "evidence"],
      ["GET /server-error", "fail", "evidence"],
      ["GET /not-utf8", "fail", "evidence"],
    ]);
  });
});

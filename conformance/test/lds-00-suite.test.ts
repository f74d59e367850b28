import { describe, expect, test } from "vitest";
import { type RunOptions, runChecks } from "../src/engine/runner.ts";
import { lds00Checks } from "../src/suites/lds-00/index.ts";
import { type Fault, fakePlatform } from "./fake-platform.ts";
import { catalogue, declarationFor, validator } from "./support.ts";

/** The checks the hand-written fake platform is built for: it serves only GET /, /health and batch validation. */
const PROVING = [
  "lds-00/api-info",
  "lds-00/unknown-path",
  "lds-00/method-not-allowed",
  "lds-00/bearer-required",
  "lds-00/invalid-bodies",
];
const provingChecks = lds00Checks.filter((check) => PROVING.includes(check.id));

async function runAgainst(fault?: Fault, options: Partial<RunOptions> = {}) {
  const server = await fakePlatform(fault);
  const declaration = declarationFor(server.baseUrl, {
    standards: [
      { id: "LDS-00", version: "1.0.0" },
      { id: "LDS-01", version: "1.0.0" },
    ],
  });
  const { results } = await runChecks({
    declaration,
    checks: provingChecks,
    catalogue,
    validator,
    seed: 3,
    runs: 20,
    ...options,
  });
  return Object.fromEntries(results.map((result) => [result.id, result]));
}

describe("the LDS-00 proving checks", () => {
  test("pass a platform that does what LDS-00 says", async () => {
    const results = await runAgainst();
    expect(Object.values(results).map((result) => [result.id, result.status, result.evidence?.message])).toEqual(
      Object.keys(results).map((id) => [id, "pass", undefined]),
    );
  });

  test.each<[Fault, string, RegExp]>([
    [
      "html-404",
      "lds-00/unknown-path",
      /media type of GET \/lds-conformance-no-such-path-.*: expected "application\/problem\+json"/,
    ],
    ["no-allow", "lds-00/method-not-allowed", /Allow header of DELETE \/health: expected to list GET/],
    ["wrong-api-version", "lds-00/api-info", /API-Version header of GET \/: expected "1\.0\.0", observed "0\.9\.0"/],
    ["no-challenge", "lds-00/bearer-required", /WWW-Authenticate of POST \/identifiers\/\$validate without a token/],
    [
      "500-on-unknown-member",
      "lds-00/invalid-bodies",
      /status of POST .* \(unknown-member\): expected a 4xx status, never 5xx, observed 500/,
    ],
  ])("fail a platform broken by %s, in %s only", { timeout: 60_000 }, async (fault, failing, message) => {
    const results = await runAgainst(fault);
    expect(results[failing]?.status).toBe("fail");
    expect(results[failing]?.evidence?.message).toMatch(message);
    const others = Object.values(results).filter((result) => result.id !== failing);
    expect(others.map((result) => [result.id, result.status])).toEqual(others.map((result) => [result.id, "pass"]));
  });

  test("a near-miss failure is shrunk and replays exactly", async () => {
    const results = await runAgainst("500-on-unknown-member");
    const counterexample = results["lds-00/invalid-bodies"]?.evidence?.counterexample;
    expect(counterexample?.confirmed).toBe(true);
    expect(counterexample?.value).toMatchObject({ mutation: { kind: "unknown-member" } });
    const replayed = await runAgainst("500-on-unknown-member", {
      replay: { check: "lds-00/invalid-bodies", property: "near-miss-bodies", path: counterexample!.path },
    });
    expect(replayed["lds-00/invalid-bodies"]?.evidence?.counterexample?.value).toEqual(counterexample?.value);
  });
});

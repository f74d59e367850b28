import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { run } from "./run.ts";

const dir = mkdtempSync(join(tmpdir(), "lds-conformance-cli-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const signingKey = file("signing-key.json", JSON.stringify(privateKey.export({ format: "jwk" })));
const publicJwk = file("public-key.json", JSON.stringify(publicKey.export({ format: "jwk" })));
const otherJwk = file(
  "other-key.json",
  JSON.stringify(generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" })),
);

const declaration = (baseUrl: string) =>
  JSON.stringify({
    base_url: baseUrl,
    standards: [{ id: "LDS-00", version: "1.0.0" }],
    token_endpoint: `${baseUrl}/token`,
    clients: { "org-test-requester-a": { client_id: "a", client_secret: "s", scopes: [] } },
  });

describe("lds conformance run", () => {
  test("with no target certifies the embedded reference platform: exit 0, a signed report that verifies, exit 1 once tampered", async () => {
    const reports = join(dir, "reports");
    const { code, out, err } = await run(
      "conformance",
      "run",
      "--seed",
      "7",
      "--runs",
      "10",
      // The command's plumbing, on one standard's checks: the whole suite's verdict is the conformance tests' concern.
      "--standard",
      "lds-01",
      "--report-dir",
      reports,
      "--signing-key",
      signingKey,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^LDS conformance: \d+ checks against http:\/\/127\.0\.0\.1:\d+\/v1 \(seed 7\)$/);
    expect(out.filter((line) => /^Conformance level reached: \d · verdict: PASS$/.test(line))).toHaveLength(1);
    expect(out.filter((line) => line.startsWith("wrote "))).toEqual(
      ["report.json", "junit.xml", "report.html"].map((name) => `wrote ${join(reports, name)}`),
    );
    const report = join(reports, "report.json");
    const verified = await run("report", "verify", report, "--public-key", publicJwk);
    expect(verified.code).toBe(0);
    expect(verified.out[0]).toMatch(/^✓ .*report\.json: signed by [\w-]{43} \(the given key\); verdict PASS/);
    expect((await run("report", "verify", report, "--public-key", otherJwk)).code).toBe(1);
    const text = readFileSync(report, "utf8");
    const tampered = file("tampered.json", text.replace('"seed": 7', '"seed": 8'));
    const rejected = await run("report", "verify", tampered);
    expect(rejected.code).toBe(1);
    expect(rejected.err).toEqual([`lds: ${tampered} is not valid: the signature does not match the report's content`]);
  }, 180_000);

  test("against a platform that cannot be reached: errors, exit 1, never a crash", async () => {
    const { code, out } = await run(
      "conformance",
      "run",
      "--declaration",
      file("unreachable.json", declaration("http://127.0.0.1:9/v1")),
      "--format",
      "console",
      "--request-timeout",
      "500",
      "--seed",
      "1",
      "--signing-key",
      signingKey,
    );
    expect(code).toBe(1);
    expect(out).toContain("Conformance level reached: 0 · verdict: ERROR");
    expect(out.some((line) => /error: transport \(network\)/.test(line))).toBe(true);
  });

  test.each([
    ["--target without --declaration", ["--target", "http://127.0.0.1:9/v1"], /--target needs --declaration/],
    ["an unknown format", ["--format", "pdf"], /--format takes console, json, junit, html; "pdf" is not one of them/],
    ["--replay without --seed", ["--replay", "lds-00/a#p@1:0"], /--replay needs the --seed/],
    ["a malformed --replay", ["--replay", "nope", "--seed", "1"], /--replay "nope" is not a case/],
    ["a bad --runs", ["--runs", "0"], /--runs must be a whole number from 1/],
    ["an unreadable signing key", ["--signing-key", join(dir, "missing.json")], /cannot read the signing key .*ENOENT/],
  ])("exit 2 and one line for %s", async (_, args, message) => {
    const { code, err } = await run("conformance", "run", ...args);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  test("a bad declaration: exit 2, one line listing everything wrong with it", async () => {
    const bad = file("bad.yaml", "base_url: ftp://nowhere\nstandards: []\nclients: {}\n");
    const { code, err } = await run("conformance", "run", "--declaration", bad, "--signing-key", signingKey);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/bad\.yaml is not a usable declaration \(\d+ problems\): /);
    expect(err[0]).toMatch(/\/base_url: pattern/);
    expect(err[0]).toMatch(/\/token_endpoint: required/);
    expect(err[0]).toMatch(/\/standards: out-of-range/);
  });

  test("--standard must be claimed", async () => {
    const claimed = file("claimed.json", declaration("http://127.0.0.1:9/v1"));
    const { code, err } = await run(
      "conformance",
      "run",
      "--declaration",
      claimed,
      "--standard",
      "lds-06",
      "--signing-key",
      signingKey,
    );
    expect(code).toBe(2);
    expect(err).toEqual(["lds: --standard LDS-06: the declaration does not claim it"]);
  });
});

describe("lds report verify", () => {
  test("exit 2 for a file that cannot be read; exit 1 for one that is not a report", async () => {
    expect((await run("report", "verify", join(dir, "none.json"))).code).toBe(2);
    const junk = await run("report", "verify", file("junk.json", "{}\n"));
    expect(junk.code).toBe(1);
    expect(junk.err[0]).toMatch(/is not valid: not a conformance report/);
  });
});

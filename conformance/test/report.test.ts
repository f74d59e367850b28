import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { CheckResult } from "../src/engine/result.ts";
import type { RunOutcome } from "../src/engine/runner.ts";
import { buildReport } from "../src/report/build.ts";
import { declarationDigest } from "../src/report/digest.ts";
import { renderReport } from "../src/report/render.ts";
import { signReport } from "../src/report/signature.ts";
import { localSigningKey, publicJwkOf, type SigningKey, thumbprint } from "../src/report/signing-key.ts";
import { suiteInfo } from "../src/report/suite-info.ts";
import type { ConformanceReport, UnsignedReport } from "../src/report/types.ts";
import { judgeLevels, requirementVerdict } from "../src/report/verdicts.ts";
import { verifyReport } from "../src/report/verify.ts";
import { writeReportFiles } from "../src/report/write.ts";
import { catalogue, declarationFor, validator } from "./support.ts";

const newKey = (): SigningKey => {
  const { privateKey } = generateKeyPairSync("ed25519");
  const publicJwk = publicJwkOf(privateKey);
  return { privateKey, publicJwk, kid: thumbprint(publicJwk) };
};

const declaration = declarationFor("https://platform.example/v1", {
  standards: [
    { id: "LDS-00", version: "1.0.0" },
    { id: "LDS-01", version: "1.0.0" },
  ],
});

const result = (
  id: string,
  requirements: string[],
  status: CheckResult["status"],
  extra: Partial<CheckResult> = {},
): CheckResult => ({
  id,
  title: `check ${id}`,
  standard: id.startsWith("lds-01") ? "LDS-01" : "LDS-00",
  requirements,
  level: "MUST",
  status,
  durationMs: 5,
  ...extra,
});

const outcome = (results: CheckResult[]): RunOutcome => ({
  baseUrl: declaration.base_url,
  seed: 7,
  runs: 100,
  startedAt: new Date("2025-04-01T09:30:00Z"),
  finishedAt: new Date("2025-04-01T09:30:02Z"),
  tested: declaration.standards,
  results,
});

const failing = result("lds-00/root", ["LDS-00-R21"], "fail", {
  evidence: {
    message: 'status: expected 200, observed 500 <script>alert("x")</script>',
    expected: 200,
    observed: 500,
    exchanges: [
      {
        request: { method: "GET", url: "https://platform.example/v1/", headers: { accept: "application/json" } },
        response: {
          status: 500,
          headers: { "content-type": "application/problem+json" },
          bytes: 2,
          body: { a: "]]>&" },
        },
        attempt: 1,
        durationMs: 4,
      },
    ],
    counterexample: {
      property: "p",
      seed: -5,
      path: "1:0",
      replay: "lds-00/root#p@1:0",
      numRuns: 2,
      numShrinks: 1,
      value: { n: 1 },
      confirmed: true,
    },
  },
});

const build = (results: CheckResult[]) =>
  buildReport({ outcome: outcome(results), declaration, catalogue, suite: suiteInfo(), embedded: false });

describe("report.json", () => {
  const key = newKey();
  const report = signReport(build([failing, result("lds-00/unknown", ["LDS-00-R06", "LDS-00-R13"], "pass")]), key);

  test("is valid against its published schema", () => {
    expect(validator.validate("conformance/report", report)).toEqual([]);
  });

  test("states suite, standards, declaration digest without secrets, target, seed and per-requirement verdicts", () => {
    expect(report.suite.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.suite.standards_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.declaration).toEqual({ digest: declarationDigest(declaration), clients: ["org-test-requester-a"] });
    expect(JSON.stringify(report)).not.toContain("secret-a");
    expect(report.run).toMatchObject({ seed: 7, runs: 100, duration_ms: 2000 });
    const byId = Object.fromEntries(report.requirements.map((requirement) => [requirement.id, requirement]));
    expect(byId["LDS-00-R21"]).toMatchObject({ checks: ["lds-00/root"], verdict: "fail" });
    expect(byId["LDS-00-R13"]).toMatchObject({ checks: ["lds-00/unknown"], verdict: "pass" });
    expect(byId["LDS-00-R01"]).toMatchObject({ checks: [], verdict: "untested" });
    expect(report.coverage.untested).toContain("LDS-00-R01");
    expect(report.verdict).toBe("fail");
    expect(report.conformance_level).toBe(0);
  });

  test("the declaration digest ignores secrets and nothing else", () => {
    const other = structuredClone(declaration);
    other.clients["org-test-requester-a"]!.client_secret = "another";
    expect(declarationDigest(other)).toBe(declarationDigest(declaration));
    other.base_url = "https://platform.example/v2";
    expect(declarationDigest(other)).not.toBe(declarationDigest(declaration));
  });

  test("verifies, with the embedded key or the given one", () => {
    const text = renderReport(report);
    expect(verifyReport(text, validator)).toEqual({ valid: true, kid: key.kid, verdict: "fail", conformanceLevel: 0 });
    expect(verifyReport(text, validator, key.publicJwk).valid).toBe(true);
    expect(verifyReport(text, validator, newKey().publicJwk)).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/not by the given public key/),
    });
  });

  test("any changed byte fails verification", () => {
    const text = renderReport(report);
    const positions = [
      0,
      text.indexOf('"fail"') + 2,
      text.indexOf('"seed"') + 9,
      text.length - 1,
      text.indexOf("  "),
      text.indexOf('"value": "') + 12,
    ];
    for (const position of positions) {
      const code = text.charCodeAt(position);
      const changed = `${text.slice(0, position)}${String.fromCharCode(code === 0x61 ? 0x62 : 0x61)}${text.slice(position + 1)}`;
      expect(verifyReport(changed, validator).valid, `byte ${position}`).toBe(false);
    }
    const edited = renderReport({ ...report, verdict: "pass" });
    expect(verifyReport(edited, validator)).toMatchObject({
      valid: false,
      reason: "the signature does not match the report's content",
    });
  });

  test("a report re-signed with verdicts that do not follow from its results fails verification", () => {
    const { signature: _, ...unsigned } = report;
    const forged = signReport({ ...unsigned, verdict: "pass", conformance_level: 3 } as UnsignedReport, key);
    expect(verifyReport(renderReport(forged), validator)).toEqual({
      valid: false,
      reason: "the report's conformance_level, verdict do not follow from its check results",
    });
  });

  test("an unsigned or non-report file fails with the reason", () => {
    const { signature: _, ...unsigned } = report;
    expect(verifyReport(renderReport(unsigned as ConformanceReport), validator)).toEqual({
      valid: false,
      reason: "the report is not signed",
    });
    expect(verifyReport("nope", validator)).toMatchObject({ valid: false, reason: expect.stringMatching(/^not JSON/) });
    expect(verifyReport('{"a": 1}', validator)).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/edited/),
    });
  });

  test("is written with JUnit XML and self-contained HTML derived from it, everything escaped", () => {
    const dir = mkdtempSync(join(tmpdir(), "lds-report-"));
    const paths = writeReportFiles(dir, report, ["json", "junit", "html"]);
    expect(paths.map((path) => path.slice(dir.length + 1))).toEqual(["report.json", "junit.xml", "report.html"]);
    expect(verifyReport(readFileSync(paths[0]!, "utf8"), validator).valid).toBe(true);
    const junit = readFileSync(paths[1]!, "utf8");
    expect(junit).toContain('<testcase classname="LDS-00" name="lds-00/root: check lds-00/root" time="0.005">');
    expect(junit).toContain(
      '<failure type="MUST" message="status: expected 200, observed 500 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">',
    );
    expect(junit).toContain('<testsuites name="LDS conformance" tests="2" failures="1" errors="0" skipped="0"');
    const html = readFileSync(paths[2]!, "utf8");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});

describe("verdicts", () => {
  test("a requirement's verdict follows its checks at its own level", () => {
    expect(requirementVerdict("MUST", [])).toBe("untested");
    expect(requirementVerdict("MUST", ["pass", "fail"])).toBe("fail");
    expect(requirementVerdict("SHOULD", ["pass", "fail"])).toBe("warn");
    expect(requirementVerdict("MAY", ["warn"])).toBe("info");
    expect(requirementVerdict("MUST", ["pass", "error"])).toBe("error");
    expect(requirementVerdict("MUST", ["pass", "skip"])).toBe("pass");
    expect(requirementVerdict("MUST", ["skip"])).toBe("skipped");
  });

  test("levels are cumulative; a level without standards adds nothing; untested MUSTs keep a level from being reached", () => {
    const requirement = (
      id: string,
      standard: string,
      verdict: "pass" | "untested",
      level: "MUST" | "SHOULD" = "MUST",
    ) => ({
      id,
      standard,
      level,
      title: id,
      checks: [],
      verdict,
    });
    const levels = [
      { level: 1, standards: ["LDS-00", "LDS-01"] },
      { level: 2, standards: [] },
      { level: 3, standards: ["LDS-04"] },
    ];
    const level1 = [
      requirement("LDS-00-R01", "LDS-00", "pass"),
      requirement("LDS-01-R01", "LDS-01", "pass"),
      requirement("LDS-01-R08", "LDS-01", "untested", "SHOULD"),
    ];
    expect(judgeLevels(levels, level1).reached).toBe(1);
    expect(judgeLevels(levels, [...level1, requirement("LDS-04-R01", "LDS-04", "pass")]).reached).toBe(3);
    expect(judgeLevels(levels, [...level1.slice(1), requirement("LDS-04-R01", "LDS-04", "pass")]).reached).toBe(0);
    expect(judgeLevels(levels, [requirement("LDS-00-R01", "LDS-00", "untested"), ...level1.slice(1)]).reached).toBe(0);
  });
});

describe("text a report cannot sign as it is", () => {
  test("lone surrogates in evidence become U+FFFD, so the report still signs and verifies", () => {
    const broken = result("lds-00/root", ["LDS-00-R21"], "fail", {
      evidence: { message: "observed \ud800 alone", expected: "\udc00", observed: 1, exchanges: [] },
    });
    const report = buildReport({
      outcome: outcome([broken]),
      declaration,
      catalogue,
      suite: suiteInfo(),
      embedded: false,
    });
    const evidence = report.checks[0]?.evidence;
    expect(evidence?.message).toBe("observed \ufffd alone");
    expect(evidence?.expected).toBe("\ufffd");
    const signed = signReport(report, newKey());
    expect(verifyReport(renderReport(signed), validator)).toMatchObject({ valid: true });
  });
});

describe("the signing key", () => {
  test("is generated once under .lds/ and shared by later runs", () => {
    const dir = mkdtempSync(join(tmpdir(), "lds-key-"));
    const path = join(dir, ".lds", "signing-key.json");
    const first = localSigningKey(path);
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).mode & 0o077).toBe(0);
    expect(localSigningKey(path).kid).toBe(first.kid);
    expect(first.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

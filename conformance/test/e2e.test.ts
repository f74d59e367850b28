import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { exitCodeOf, runConformance } from "../src/conformance.ts";
import { type EmbeddedPlatform, startEmbeddedPlatform } from "../src/embedded.ts";
import { renderReport } from "../src/report/render.ts";
import { publicJwkOf, thumbprint } from "../src/report/signing-key.ts";
import type { ConformanceReport } from "../src/report/types.ts";
import { verifyReport } from "../src/report/verify.ts";
import { validator } from "./support.ts";

let embedded: EmbeddedPlatform;
let report: ConformanceReport;
const { privateKey } = generateKeyPairSync("ed25519");
const publicJwk = publicJwkOf(privateKey);
const signingKey = { privateKey, publicJwk, kid: thumbprint(publicJwk) };

beforeAll(async () => {
  embedded = await startEmbeddedPlatform();
  report = await runConformance({
    declaration: embedded.declaration,
    embedded: true,
    validator,
    seed: 20250401,
    runs: 25,
    signingKey,
  });
}, 120_000);

afterAll(() => embedded?.close());

test("the reference platform passes every check of the standards it implements, with no failure or error", () => {
  const problems = report.checks.filter((check) => check.status === "fail" || check.status === "error");
  expect(problems.map((check) => `${check.id}: ${check.evidence?.message ?? check.error}`)).toEqual([]);
  expect(report.summary.pass).toBeGreaterThanOrEqual(5);
  expect(report.verdict).toBe("pass");
  expect(exitCodeOf(report)).toBe(0);
});

test("it tests what the sandbox declares, and says so", () => {
  expect(report.target).toEqual({ base_url: embedded.declaration.base_url, embedded: true });
  expect(report.standards.map((standard) => standard.id)).toEqual(
    embedded.declaration.standards.map((claim) => claim.id),
  );
  expect(report.run.seed).toBe(20250401);
  expect(JSON.stringify(report)).not.toContain(Object.values(embedded.declaration.clients)[0]!.client_secret);
});

test("its report is schema-valid, signed, and verifies", () => {
  expect(validator.validate("conformance/report", report)).toEqual([]);
  expect(verifyReport(renderReport(report), validator, publicJwk)).toMatchObject({ valid: true, verdict: "pass" });
});

test("coverage is reported: requirement → checks → verdict", () => {
  const r21 = report.requirements.find((requirement) => requirement.id === "LDS-00-R21");
  expect(r21).toMatchObject({ level: "MUST", checks: ["lds-00/api-info"], verdict: "pass" });
  expect(report.coverage.must).toBe(report.coverage.must_tested + report.coverage.untested.length);
});

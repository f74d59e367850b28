import { expect, test } from "vitest";
import type { CheckResult } from "../src/engine/result.ts";
import type { ConformanceReport } from "../src/report/types.ts";
import { progressLines, summaryLines } from "../src/reporters/console.ts";

const failed: CheckResult = {
  id: "lds-00/invalid-bodies",
  title: "Invalid request bodies get 400 or 422",
  standard: "LDS-00",
  requirements: ["LDS-00-R08", "LDS-00-R09"],
  level: "MUST",
  status: "fail",
  durationMs: 12,
  evidence: {
    message: "status: expected a 4xx status, observed 500",
    exchanges: [],
    counterexample: {
      property: "near-miss-bodies",
      seed: 99,
      path: "3:0",
      replay: "lds-00/invalid-bodies#near-miss-bodies@3:0",
      numRuns: 4,
      numShrinks: 2,
      value: {},
      confirmed: true,
    },
  },
};

test("progress: a line per check, with the finding and how to replay it", () => {
  expect(progressLines({ type: "start", total: 5, seed: 99, baseUrl: "http://127.0.0.1:1/v1" })).toEqual([
    "LDS conformance: 5 checks against http://127.0.0.1:1/v1 (seed 99)",
  ]);
  expect(progressLines({ type: "check", result: failed, index: 4, total: 5 })).toEqual([
    "✗ [5/5] lds-00/invalid-bodies Invalid request bodies get 400 or 422 (12 ms)",
    "    FAIL LDS-00-R08, LDS-00-R09: status: expected a 4xx status, observed 500",
    "    seed 99, 2 shrinks; replay with --replay lds-00/invalid-bodies#near-miss-bodies@3:0",
  ]);
  const skipped: CheckResult = {
    ...failed,
    status: "skip",
    skip: { kind: "not-claimed", reason: "LDS-04 is not claimed" },
  };
  delete (skipped as { evidence?: unknown }).evidence;
  expect(progressLines({ type: "check", result: skipped, index: 0, total: 5 })).toEqual([
    "- [1/5] lds-00/invalid-bodies Invalid request bodies get 400 or 422 — skipped: LDS-04 is not claimed",
  ]);
});

test("summary: a table per standard, the failures, coverage, seed, level and verdict", () => {
  const report = {
    checks: [
      { id: "lds-00/a", standard: "LDS-00", status: "pass", requirements: ["LDS-00-R21"] },
      {
        id: "lds-00/b",
        standard: "LDS-00",
        status: "fail",
        requirements: ["LDS-00-R06"],
        evidence: { message: "boom", exchanges: [] },
      },
    ],
    coverage: { must: 26, must_tested: 7, untested: new Array(19).fill("x") },
    run: { seed: 5, runs: 100, duration_ms: 1200 },
    conformance_level: 0,
    verdict: "fail",
  } as unknown as ConformanceReport;
  const lines = summaryLines(report);
  expect(lines).toContain("LDS-00    2       1      1      0      0      0      0      ");
  expect(lines).toContain("  lds-00/b (LDS-00-R06): boom");
  expect(lines.slice(-3)).toEqual([
    "MUST requirements: 26, 7 with checks, 19 untested",
    "Seed 5 · 100 cases per property · 1200 ms",
    "Conformance level reached: 0 · verdict: FAIL",
  ]);
});

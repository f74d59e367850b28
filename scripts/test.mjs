#!/usr/bin/env node
// Every check the repository has, in one run: lint, typecheck, then every vitest project.
// Ends with one line `N passed, N failed, N skipped` (lint and typecheck count as one test each)
// and exits non-zero on any failure or when no test ran. Extra arguments go to vitest.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.CI ? "0" : "1" };
const tally = { passed: 0, failed: 0, skipped: 0 };

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (status === 0) tally.passed++;
  else {
    tally.failed++;
    console.log(`✗ ${name} failed`);
  }
}

step("lint (biome)", bin("biome"), ["ci", "."]);
step("typecheck (tsc)", bin("tsc"), ["-p", "tsconfig.json"]);

console.log("\n▶ tests (vitest)");
const out = mkdtempSync(join(tmpdir(), "lds-test-"));
const report = join(out, "vitest.json");
const vitest = spawnSync(
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env },
);
let ran = 0;
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  tally.passed += json.numPassedTests;
  tally.failed += json.numFailedTests;
  tally.skipped += json.numPendingTests + json.numTodoTests;
  ran = json.numTotalTests;
  // A file that fails to load has no tests in it but must still fail the run.
  if (json.numFailedTestSuites > 0 && json.numFailedTests === 0) tally.failed += json.numFailedTestSuites;
} catch {
  console.log("✗ vitest wrote no report");
  tally.failed++;
}
rmSync(out, { recursive: true, force: true });
if (vitest.status !== 0 && tally.failed === 0) tally.failed++;

console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
if (ran === 0) console.log("no test ran");
process.exit(tally.failed > 0 || ran === 0 ? 1 : 0);

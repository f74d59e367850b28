import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";

// The built command, as `npx lds` runs it (`npm run setup` builds it).
const bin = join(import.meta.dirname, "..", "bin", "lds.js");
const lds = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

test("the lds command runs and reports exit codes", () => {
  const ok = lds("identifier", "nhs-number", "9434765919");
  expect(ok.stderr).toBe("");
  expect(ok.status).toBe(0);
  expect(JSON.parse(ok.stdout).canonical).toBe("9434765919");
  expect(lds("identifier", "nhs-number", "9434765918").status).toBe(1);
});

test("a usage error is one line on stderr and exit 2, never a stack trace", () => {
  const result = lds("validate", "--schema", "lds-01/identifier", "/nonexistent/file.json");
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

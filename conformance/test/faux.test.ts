import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fauxPlatforms } from "../faux/index.ts";
import { type EmbeddedPlatform, startEmbeddedPlatform } from "../src/embedded.ts";
import { runChecks } from "../src/engine/runner.ts";
import { suiteChecks } from "../src/suites/index.ts";
import { catalogue, validator } from "./support.ts";

/** How long a whole run may take before the test is taken to hang: a guard, not a measure of speed. */
const HANG_GUARD_MS = 300_000;

/** Generous bounds for a shared, slow test machine: no assertion depends on them. */
const GUARDS = { transport: { timeoutMs: 60_000 }, checkTimeLimitMs: 300_000 } as const;

/** The checks of the suite that verify a requirement. */
const checksOf = (requirement: string) => suiteChecks.filter((check) => check.requirements.includes(requirement));

describe("the faux platforms", () => {
  test("each has its own name and breaks one active MUST requirement that some check verifies", () => {
    const names = fauxPlatforms.map((faux) => faux.name);
    expect(new Set(names).size).toBe(names.length);
    for (const faux of fauxPlatforms) {
      const requirement = catalogue.requirements.find((candidate) => candidate.id === faux.breaks);
      expect(requirement, `${faux.name} breaks ${faux.breaks}`).toMatchObject({ level: "MUST" });
      expect(requirement?.status, faux.name).not.toBe("withdrawn");
      expect(checksOf(faux.breaks).length, `checks verifying ${faux.breaks}`).toBeGreaterThan(0);
    }
  });
});

describe.each(fauxPlatforms.map((faux) => [faux.name, faux] as const))("the faux platform %s", (_, faux) => {
  test(
    `fails a check of ${faux.breaks}: ${faux.description}`,
    async () => {
      const embedded = await startEmbeddedPlatform(faux);
      try {
        const { results } = await runChecks({
          declaration: embedded.declaration,
          checks: checksOf(faux.breaks),
          catalogue,
          validator,
          seed: 1,
          runs: 10,
          ...GUARDS,
        });
        const failed = results.filter((result) => result.status === "fail");
        expect(
          failed.map((result) => result.id),
          `results: ${results.map((result) => `${result.id} ${result.status} ${result.error ?? ""}`).join("; ")}`,
        ).not.toEqual([]);
        // The suite fails the faux for what it breaks; it does not fall over (an error is a harness or transport fault).
        expect(results.filter((result) => result.status === "error").map((result) => result.error)).toEqual([]);
      } finally {
        await embedded.close();
      }
    },
    HANG_GUARD_MS,
  );
});

describe("the reference platform", () => {
  // One platform for every seed: each run also finds the state the runs before it left, as a supplier's sandbox would.
  let embedded: EmbeddedPlatform;
  beforeAll(async () => {
    embedded = await startEmbeddedPlatform();
  }, HANG_GUARD_MS);
  afterAll(() => embedded?.close());

  test.each([1, 2, 3])(
    "passes every check of the suite with seed %i, with no failure or error",
    async (seed) => {
      const { results } = await runChecks({
        declaration: embedded.declaration,
        checks: suiteChecks,
        catalogue,
        validator,
        seed,
        runs: 10,
        ...GUARDS,
      });
      const problems = results.filter((result) => result.status === "fail" || result.status === "error");
      expect(problems.map((result) => `${result.id}: ${result.evidence?.message ?? result.error}`)).toEqual([]);
    },
    HANG_GUARD_MS,
  );
});

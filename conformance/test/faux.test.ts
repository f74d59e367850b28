import { afterAll, describe, expect, test } from "vitest";
import { fauxPlatforms } from "../faux/index.ts";
import { startEmbeddedPlatform } from "../src/embedded.ts";
import { runChecks } from "../src/engine/runner.ts";
import { suiteChecks } from "../src/suites/index.ts";
import { catalogue, validator } from "./support.ts";

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
  test(`fails a check of ${faux.breaks}: ${faux.description}`, async () => {
    const embedded = await startEmbeddedPlatform(faux);
    try {
      const { results } = await runChecks({
        declaration: embedded.declaration,
        checks: checksOf(faux.breaks),
        catalogue,
        validator,
        seed: 1,
        runs: 10,
      });
      const failed = results.filter((result) => result.status === "fail");
      expect(
        failed.map((result) => result.id),
        `results: ${results.map((result) => `${result.id} ${result.status} ${result.error ?? ""}`).join("; ")}`,
      ).not.toEqual([]);
      for (const result of failed) expect(result.requirements).toContain(faux.breaks);
    } finally {
      await embedded.close();
    }
  });
});

describe.each([1, 2, 3])("the reference platform, seed %i", (seed) => {
  const started = startEmbeddedPlatform();
  afterAll(async () => (await started).close());

  test("passes every check of the suite, with no failure or error", async () => {
    const embedded = await started;
    const { results } = await runChecks({
      declaration: embedded.declaration,
      checks: suiteChecks,
      catalogue,
      validator,
      seed,
      runs: 10,
    });
    const problems = results.filter((result) => result.status === "fail" || result.status === "error");
    expect(problems.map((result) => `${result.id}: ${result.evidence?.message ?? result.error}`)).toEqual([]);
  });
});

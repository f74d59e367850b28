import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { suiteChecks, suiteRegistry } from "../src/suites/index.ts";
import { catalogue } from "./support.ts";

/** The standards the conformance suite certifies. */
const SUITE_STANDARDS = ["LDS-00", "LDS-01", "LDS-04", "LDS-05", "LDS-06", "LDS-07"];

/**
 * What has no check yet — the one list of pending work, asserted exactly, so it can only shrink. A standard whose
 * suite is not written (no `src/suites/<slug>/` folder) is listed by id; once its folder lands, its id gives way to
 * the ids of the MUST requirements its checks do not cover yet. Adding a check for a listed requirement fails this
 * test until the id is removed here.
 */
const PENDING: readonly string[] = [];

const suiteFolders = readdirSync(join(import.meta.dirname, "..", "src", "suites"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name.toUpperCase());

const checked = new Set(suiteChecks.flatMap((check) => check.requirements));

const activeMusts = (standard: string) =>
  catalogue.requirements
    .filter((requirement) => requirement.id.startsWith(`${standard}-`))
    .filter((requirement) => requirement.level === "MUST" && requirement.status !== "withdrawn")
    .map((requirement) => requirement.id);

describe("requirement coverage", () => {
  test("every check names requirements the standards define and are not withdrawn", () => {
    expect(suiteRegistry().problems(catalogue)).toEqual([]);
  });

  test("every check lives in its standard's suite folder", () => {
    for (const check of suiteChecks) expect(suiteFolders, check.id).toContain(check.standard);
  });

  test.each(SUITE_STANDARDS)(
    "%s: every MUST requirement has a check, or is listed as pending — exactly",
    (standard) => {
      const uncovered = activeMusts(standard).filter((id) => !checked.has(id));
      expect(activeMusts(standard).length).toBeGreaterThan(0);
      if (!suiteFolders.includes(standard)) {
        expect(PENDING, `${standard} has no suite folder, so it must be pending as a whole`).toContain(standard);
        expect(uncovered).toEqual(activeMusts(standard));
        return;
      }
      expect(
        PENDING,
        `${standard} has a suite folder: list its uncovered requirements, not the standard`,
      ).not.toContain(standard);
      const pending = PENDING.filter((id) => id.startsWith(`${standard}-`));
      expect(uncovered, "MUST requirements without a check (add checks, or list them as pending)").toEqual(pending);
    },
  );

  test("the pending list names only suite standards and their requirements", () => {
    for (const entry of PENDING) {
      const standard = entry.slice(0, 6);
      expect(SUITE_STANDARDS).toContain(standard);
      if (entry !== standard) expect(catalogue.requirements.map((requirement) => requirement.id)).toContain(entry);
    }
  });
});

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
const PENDING = [
  // LDS-00: the engine's proving checks cover R06, R08, R09, R13, R14, R21 and R24 so far.
  "LDS-00-R01",
  "LDS-00-R02",
  "LDS-00-R03",
  "LDS-00-R04",
  "LDS-00-R05",
  "LDS-00-R07",
  "LDS-00-R10",
  "LDS-00-R11",
  "LDS-00-R15",
  "LDS-00-R16",
  "LDS-00-R17",
  "LDS-00-R18",
  "LDS-00-R19",
  "LDS-00-R20",
  "LDS-00-R22",
  "LDS-00-R23",
  "LDS-00-R25",
  "LDS-00-R26",
  // LDS-01: no checks yet.
  "LDS-01-R01",
  "LDS-01-R02",
  "LDS-01-R03",
  "LDS-01-R04",
  "LDS-01-R05",
  "LDS-01-R06",
  "LDS-01-R07",
  "LDS-01-R09",
  "LDS-01-R10",
  "LDS-01-R11",
  "LDS-01-R12",
  "LDS-01-R13",
  "LDS-01-R14",
  "LDS-01-R15",
  "LDS-01-R16",
  "LDS-01-R17",
  // LDS-04: no checks yet.
  "LDS-04-R01",
  "LDS-04-R02",
  "LDS-04-R03",
  "LDS-04-R04",
  "LDS-04-R05",
  "LDS-04-R06",
  "LDS-04-R07",
  "LDS-04-R08",
  "LDS-04-R09",
  "LDS-04-R10",
  "LDS-04-R11",
  "LDS-04-R12",
  "LDS-04-R13",
  "LDS-04-R14",
  "LDS-04-R15",
  "LDS-04-R16",
  "LDS-04-R17",
  "LDS-04-R18",
  "LDS-04-R19",
  "LDS-04-R20",
  "LDS-04-R21",
  "LDS-04-R22",
  "LDS-04-R23",
  "LDS-04-R24",
  "LDS-04-R25",
  // LDS-05: no checks yet.
  "LDS-05-R01",
  "LDS-05-R02",
  "LDS-05-R03",
  "LDS-05-R04",
  "LDS-05-R05",
  "LDS-05-R06",
  "LDS-05-R07",
  "LDS-05-R08",
  "LDS-05-R09",
  "LDS-05-R10",
  "LDS-05-R11",
  "LDS-05-R12",
  "LDS-05-R13",
  "LDS-05-R14",
  "LDS-05-R15",
  "LDS-05-R16",
  "LDS-05-R17",
  "LDS-05-R18",
  "LDS-05-R19",
  "LDS-05-R20",
  "LDS-05-R21",
  "LDS-05-R22",
  "LDS-05-R23",
  "LDS-05-R24",
  "LDS-05-R26",
  "LDS-05-R27",
  "LDS-05-R28",
  "LDS-05-R29",
  "LDS-05-R30",
  "LDS-05-R31",
  "LDS-05-R32",
  "LDS-05-R33",
  "LDS-05-R34",
  // LDS-06: no checks yet.
  "LDS-06-R01",
  "LDS-06-R02",
  "LDS-06-R03",
  "LDS-06-R04",
  "LDS-06-R05",
  "LDS-06-R06",
  "LDS-06-R07",
  "LDS-06-R08",
  "LDS-06-R09",
  "LDS-06-R10",
  "LDS-06-R11",
  "LDS-06-R12",
  "LDS-06-R13",
  "LDS-06-R14",
  "LDS-06-R15",
  "LDS-06-R16",
  "LDS-06-R17",
  "LDS-06-R18",
  "LDS-06-R19",
  "LDS-06-R20",
  "LDS-06-R21",
  "LDS-06-R22",
  "LDS-06-R23",
  // LDS-07: no checks yet.
  "LDS-07-R01",
  "LDS-07-R02",
  "LDS-07-R03",
  "LDS-07-R04",
  "LDS-07-R05",
  "LDS-07-R06",
  "LDS-07-R07",
  "LDS-07-R08",
  "LDS-07-R09",
  "LDS-07-R10",
  "LDS-07-R11",
  "LDS-07-R12",
  "LDS-07-R13",
  "LDS-07-R14",
  "LDS-07-R15",
  "LDS-07-R16",
  "LDS-07-R17",
  "LDS-07-R18",
  "LDS-07-R19",
  "LDS-07-R20",
  "LDS-07-R21",
  "LDS-07-R23",
  "LDS-07-R24",
  "LDS-07-R25",
];

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

import type { CheckStatus } from "../engine/result.ts";
import type { LevelResult, ReportCheck, RequirementStatus, RequirementVerdict, Verdict } from "./types.ts";

/** A requirement as judged: identity and level; its checks and verdict are derived. */
export type RequirementInput = Omit<RequirementVerdict, "checks" | "verdict">;

const FINDING: Record<string, RequirementStatus> = { MUST: "fail", SHOULD: "warn", MAY: "info" };

/**
 * A requirement's verdict from the checks that verify it: a finding of any of them is a finding at the
 * requirement's own level; otherwise an error leaves it undecided; otherwise one pass passes it; all skipped is
 * `skipped`; no check at all is `untested`.
 */
export function requirementVerdict(level: string, statuses: readonly CheckStatus[]): RequirementStatus {
  if (!statuses.length) return "untested";
  if (statuses.some((status) => status === "fail" || status === "warn" || status === "info")) return FINDING[level]!;
  if (statuses.includes("error")) return "error";
  if (statuses.includes("pass")) return "pass";
  return "skipped";
}

/** Every requirement with its checks and verdict. */
export function judgeRequirements(
  requirements: readonly RequirementInput[],
  checks: readonly ReportCheck[],
): RequirementVerdict[] {
  return requirements.map((requirement) => {
    const verifying = checks.filter((check) => check.requirements.includes(requirement.id));
    return {
      ...requirement,
      checks: verifying.map((check) => check.id),
      verdict: requirementVerdict(
        requirement.level,
        verifying.map((check) => check.status),
      ),
    };
  });
}

/** fail when a MUST failed; error when none failed but one errored; pass otherwise. */
export function overallVerdict(requirements: readonly RequirementVerdict[]): Verdict {
  const must = requirements.filter((requirement) => requirement.level === "MUST");
  if (must.some((requirement) => requirement.verdict === "fail")) return "fail";
  if (must.some((requirement) => requirement.verdict === "error")) return "error";
  return "pass";
}

/**
 * Conformance levels, cumulative as in the Open Referral UK validator: level L is reached when every standard of
 * every level up to L (by the standards' `conformance_level` manifests) was tested and every one of its MUST
 * requirements passed — untested, skipped and errored MUSTs do not pass. The level reached is the highest reached
 * level that has standards of its own, so a level without standards (level 2 today) adds nothing.
 */
export function judgeLevels(
  levels: readonly Omit<LevelResult, "reached">[],
  requirements: readonly RequirementVerdict[],
): { levels: LevelResult[]; reached: number } {
  let reached = 0;
  let previous = true;
  const results = [...levels]
    .sort((a, b) => a.level - b.level)
    .map((level) => {
      const complete = level.standards.every((standard) => {
        const own = requirements.filter((requirement) => requirement.standard === standard);
        return (
          own.length > 0 && own.every((requirement) => requirement.level !== "MUST" || requirement.verdict === "pass")
        );
      });
      const ok = previous && complete;
      previous = ok;
      if (ok && level.standards.length) reached = level.level;
      return { ...level, reached: ok };
    });
  return { levels: results, reached };
}

/** How many checks ended in each status. */
export function summarise(checks: readonly ReportCheck[]): Record<CheckStatus, number> {
  const summary: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, info: 0, skip: 0, error: 0 };
  for (const check of checks) summary[check.status]++;
  return summary;
}

/** MUST requirements, and those no check verifies. */
export function coverageOf(requirements: readonly RequirementVerdict[]) {
  const must = requirements.filter((requirement) => requirement.level === "MUST");
  const untested = must
    .filter((requirement) => requirement.verdict === "untested")
    .map((requirement) => requirement.id);
  return { must: must.length, must_tested: must.length - untested.length, untested };
}

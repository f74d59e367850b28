import type { CheckResult } from "../engine/result.ts";
import type { ProgressEvent } from "../engine/runner.ts";
import type { ConformanceReport } from "../report/types.ts";

const MARK: Record<CheckResult["status"], string> = {
  pass: "✓",
  fail: "✗",
  warn: "!",
  info: "i",
  skip: "-",
  error: "E",
};

/** Lines to print for one progress event while the run goes on. */
export function progressLines(event: ProgressEvent): string[] {
  if (event.type === "start") {
    return [`LDS conformance: ${event.total} checks against ${event.baseUrl} (seed ${event.seed})`];
  }
  if (event.type === "end") return [];
  const { result, index, total } = event;
  const head = `${MARK[result.status]} [${index + 1}/${total}] ${result.id} ${result.title}`;
  const time = result.status === "skip" ? "" : ` (${result.durationMs} ms)`;
  const lines = [`${head}${time}`];
  if (result.status === "skip" && result.skip) lines[0] += ` — skipped: ${result.skip.reason}`;
  if (result.status === "error") lines.push(`    error: ${result.error}`);
  if (result.evidence && result.status !== "error") {
    lines.push(`    ${result.status.toUpperCase()} ${result.requirements.join(", ")}: ${result.evidence.message}`);
  }
  const counterexample = result.evidence?.counterexample;
  if (counterexample) {
    lines.push(
      `    seed ${counterexample.seed}, ${counterexample.numShrinks} shrinks; replay with --replay ${counterexample.replay}`,
    );
  }
  return lines;
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/** The summary table printed at the end of a run, from the report. */
export function summaryLines(report: ConformanceReport): string[] {
  const statuses = ["pass", "fail", "warn", "info", "skip", "error"] as const;
  const lines = ["", `${pad("standard", 10)}${pad("checks", 8)}${statuses.map((status) => pad(status, 7)).join("")}`];
  const standards = [...new Set(report.checks.map((check) => check.standard))].sort();
  for (const standard of standards) {
    const checks = report.checks.filter((check) => check.standard === standard);
    const counts = statuses.map((status) => pad(checks.filter((check) => check.status === status).length, 7));
    lines.push(`${pad(standard, 10)}${pad(checks.length, 8)}${counts.join("")}`);
  }
  const failing = report.checks.filter((check) => check.status === "fail" || check.status === "error");
  if (failing.length) {
    lines.push("", "Failures and errors:");
    for (const check of failing)
      lines.push(`  ${check.id} (${check.requirements.join(", ")}): ${check.evidence?.message ?? check.error}`);
  }
  const { coverage } = report;
  lines.push(
    "",
    `MUST requirements: ${coverage.must}, ${coverage.must_tested} with checks, ${coverage.untested.length} untested`,
    `Seed ${report.run.seed} · ${report.run.runs} cases per property · ${report.run.duration_ms} ms`,
    `Conformance level reached: ${report.conformance_level} · verdict: ${report.verdict.toUpperCase()}`,
  );
  return lines;
}

import type { ConformanceReport, ReportCheck } from "../report/types.ts";

/** Text safe in XML attributes and content: escaped, and without characters XML 1.0 forbids. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function details(check: ReportCheck): string {
  const evidence = check.evidence;
  if (!evidence) return check.error ?? "";
  const lines = [`requirements: ${check.requirements.join(", ")}`, evidence.message];
  if (evidence.expected !== undefined) lines.push(`expected: ${JSON.stringify(evidence.expected)}`);
  if (evidence.observed !== undefined) lines.push(`observed: ${JSON.stringify(evidence.observed)}`);
  if (evidence.counterexample) lines.push(`replay: --replay ${evidence.counterexample.replay}`);
  for (const exchange of evidence.exchanges) {
    const status = exchange.response ? exchange.response.status : `fault ${exchange.fault?.kind}`;
    lines.push(`${exchange.request.method} ${exchange.request.url} → ${status}`);
  }
  return lines.join("\n");
}

function testcase(check: ReportCheck): string {
  const open = `    <testcase classname="${xml(check.standard)}" name="${xml(`${check.id}: ${check.title}`)}" time="${seconds(check.duration_ms)}"`;
  const message = xml(check.evidence?.message ?? check.error ?? check.skip?.reason ?? "");
  switch (check.status) {
    case "pass":
      return `${open}/>`;
    case "fail":
      return `${open}>\n      <failure type="${check.level}" message="${message}">${xml(details(check))}</failure>\n    </testcase>`;
    case "error":
      return `${open}>\n      <error type="error" message="${message}">${xml(details(check))}</error>\n    </testcase>`;
    case "skip":
      return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
    default:
      // A SHOULD or MAY finding does not fail the build: it is reported as output of a passing test.
      return `${open}>\n      <system-out>${xml(`${check.status.toUpperCase()}: ${details(check)}`)}</system-out>\n    </testcase>`;
  }
}

/** JUnit XML: one test suite per standard, one test case per check; MUST findings fail, SHOULD and MAY print. */
export function junitReport(report: ConformanceReport): string {
  const standards = [...new Set(report.checks.map((check) => check.standard))].sort();
  const count = (checks: readonly ReportCheck[], status: ReportCheck["status"]) =>
    checks.filter((check) => check.status === status).length;
  const suites = standards.map((standard) => {
    const checks = report.checks.filter((check) => check.standard === standard);
    const time = checks.reduce((sum, check) => sum + check.duration_ms, 0);
    return [
      `  <testsuite name="${xml(standard)}" tests="${checks.length}" failures="${count(checks, "fail")}" errors="${count(checks, "error")}" skipped="${count(checks, "skip")}" time="${seconds(time)}">`,
      "    <properties>",
      `      <property name="seed" value="${report.run.seed}"/>`,
      `      <property name="target" value="${xml(report.target.base_url)}"/>`,
      `      <property name="suite.digest" value="${xml(report.suite.digest)}"/>`,
      "    </properties>",
      ...checks.map(testcase),
      "  </testsuite>",
    ].join("\n");
  });
  const all = report.checks;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="LDS conformance" tests="${all.length}" failures="${count(all, "fail")}" errors="${count(all, "error")}" skipped="${count(all, "skip")}" time="${seconds(report.run.duration_ms)}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}

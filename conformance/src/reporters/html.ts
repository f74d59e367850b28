import type { ConformanceReport, ReportCheck, RequirementVerdict } from "../report/types.ts";

/** Text safe anywhere in HTML content or a quoted attribute. */
export function html(text: string | number): string {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#0b0c0c}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #b1b4b6;padding:.3rem .5rem;text-align:left;vertical-align:top}
.pass{color:#00703c}.fail,.error{color:#d4351c}.warn{color:#8a5a00}.info,.skip,.skipped,.untested{color:#505a5f}
.verdict{font-size:1.2rem;font-weight:700}pre{background:#f3f2f1;padding:.5rem;overflow:auto;white-space:pre-wrap;word-break:break-all}
code{font-family:ui-monospace,monospace}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
`;

const json = (value: unknown) => html(JSON.stringify(value, null, 2) ?? "");

function checkSection(check: ReportCheck): string {
  const evidence = check.evidence;
  const parts = [
    `<tr id="${html(check.id)}"><td><code>${html(check.id)}</code></td><td>${html(check.title)}</td>`,
    `<td>${check.requirements.map((id) => `<a href="#${html(id)}">${html(id)}</a>`).join(" ")}</td>`,
    `<td>${html(check.level)}</td><td class="${html(check.status)}">${html(check.status)}</td>`,
    `<td>${html(check.duration_ms)} ms</td></tr>`,
  ];
  const notes: string[] = [];
  if (check.skip) notes.push(`<p>Skipped (${html(check.skip.kind)}): ${html(check.skip.reason)}</p>`);
  if (check.error) notes.push(`<p>Error: ${html(check.error)}</p>`);
  if (evidence) {
    notes.push(`<p>${html(evidence.message)}</p>`);
    if (evidence.expected !== undefined) notes.push(`<p>Expected:</p><pre>${json(evidence.expected)}</pre>`);
    if (evidence.observed !== undefined) notes.push(`<p>Observed:</p><pre>${json(evidence.observed)}</pre>`);
    if (evidence.counterexample) {
      const c = evidence.counterexample;
      notes.push(
        `<p>Counterexample (seed ${html(c.seed)}, ${html(c.num_shrinks)} shrinks, ${c.confirmed ? "confirmed" : "not reproduced on replay"}); replay with <code>--replay ${html(c.replay)}</code>:</p><pre>${json(c.value)}</pre>`,
      );
    }
    for (const exchange of evidence.exchanges) {
      notes.push(
        `<details><summary>${html(exchange.request.method)} ${html(exchange.request.url)} → ${html(exchange.response?.status ?? `fault: ${exchange.fault?.kind}`)}</summary><pre>${json(exchange)}</pre></details>`,
      );
    }
  }
  if (notes.length) parts.push(`<tr><td></td><td colspan="5">${notes.join("")}</td></tr>`);
  return parts.join("");
}

const requirementRow = (requirement: RequirementVerdict) =>
  `<tr id="${html(requirement.id)}"><td>${html(requirement.id)}</td><td>${html(requirement.level)}</td><td>${html(requirement.title)}</td><td>${requirement.checks.map((id) => `<a href="#${html(id)}"><code>${html(id)}</code></a>`).join(" ") || "—"}</td><td class="${html(requirement.verdict)}">${html(requirement.verdict)}</td></tr>`;

/** A self-contained HTML page of the report: no scripts, no external assets, every value escaped. */
export function htmlReport(report: ConformanceReport): string {
  const { summary } = report;
  const name = report.declaration.platform?.name ?? report.target.base_url;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LDS conformance report: ${html(name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>LDS conformance report: ${html(name)}</h1>
<p class="verdict ${html(report.verdict)}">Verdict: ${html(report.verdict.toUpperCase())} · conformance level reached: ${html(report.conformance_level)}</p>
<dl>
<dt>Target</dt><dd>${html(report.target.base_url)}${report.target.embedded ? " (embedded reference platform)" : ""}</dd>
<dt>Standards</dt><dd>${report.standards.map((s) => `${html(s.id)} ${html(s.version)}${s.tested ? "" : " (not tested)"}`).join(", ")}</dd>
<dt>Suite</dt><dd>${html(report.suite.name)} ${html(report.suite.version)} <code>${html(report.suite.digest)}</code></dd>
<dt>Standards digest</dt><dd><code>${html(report.suite.standards_digest)}</code></dd>
<dt>Declaration digest</dt><dd><code>${html(report.declaration.digest)}</code></dd>
<dt>Seed</dt><dd>${html(report.run.seed)} (${html(report.run.runs)} cases per property)</dd>
<dt>Run</dt><dd>${html(report.run.started_at)} to ${html(report.run.finished_at)}</dd>
<dt>Signed by</dt><dd><code>${html(report.signature?.kid ?? "unsigned")}</code> (verify with <code>lds report verify report.json</code>)</dd>
</dl>
<h2>Summary</h2>
<table><tr>${Object.keys(summary)
    .map((status) => `<th>${html(status)}</th>`)
    .join("")}</tr>
<tr>${Object.values(summary)
    .map((count) => `<td>${html(count)}</td>`)
    .join("")}</tr></table>
<p>MUST requirements: ${html(report.coverage.must)}, ${html(report.coverage.must_tested)} with checks, ${html(report.coverage.untested.length)} untested.</p>
<p>Levels: ${report.levels.map((level) => `${html(level.level)} (${level.standards.map(html).join(", ") || "no standards"}): ${level.reached ? "reached" : "not reached"}`).join("; ")}</p>
<h2>Checks</h2>
<table><tr><th>Check</th><th>Title</th><th>Requirements</th><th>Level</th><th>Result</th><th>Time</th></tr>
${report.checks.map(checkSection).join("\n")}
</table>
<h2>Requirements</h2>
<table><tr><th>Requirement</th><th>Level</th><th>Title</th><th>Checks</th><th>Verdict</th></tr>
${report.requirements.map(requirementRow).join("\n")}
</table>
</body>
</html>
`;
}

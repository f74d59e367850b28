import type { Standard } from "@lds/catalogue";
import type { Check } from "@lds/conformance";
import { block, code, element, escapeHtml, facts, heading, link, table } from "./internal/html.ts";
import type { SiteLinks } from "./links.ts";
import { prose } from "./prose.ts";

/** What the pages need of a conformance check. */
export type SuiteCheck = Pick<Check, "id" | "title" | "standard" | "requirements">;

/** The checks that verify each requirement, by requirement id, in suite order. */
export function checksByRequirement(checks: readonly SuiteCheck[]): ReadonlyMap<string, readonly SuiteCheck[]> {
  const map = new Map<string, SuiteCheck[]>();
  for (const check of checks) {
    for (const id of check.requirements) map.set(id, [...(map.get(id) ?? []), check]);
  }
  return map;
}

type Requirement = Standard["requirements"][number];

const NO_CHECK = element("em", { class: "no-check" }, "no check yet");

const checkList = (checks: readonly SuiteCheck[] | undefined) =>
  checks?.length ? checks.map((check) => `${code(check.id)} ${escapeHtml(check.title)}`).join("<br>") : NO_CHECK;

/** What a requirement constrains: links to the operations and schemas it names. */
function appliesTo(standard: Standard, requirement: Requirement, links: SiteLinks): string {
  return (requirement.applies_to ?? [])
    .map((name) => {
      const schema = standard.schemas.find((file) => file.name === name.replace(/\.schema\.json$/, ""));
      if (schema) return link(links.standard(standard, links.schemaAnchor(schema.name)), code(name));
      return links.hasOperation(name) ? link(links.operation(name), code(name)) : code(name);
    })
    .join(", ");
}

/** How many requirements of each level, e.g. "25 requirements (23 MUST, 1 SHOULD, 1 MAY)". */
export function requirementCounts(standard: Standard): string {
  const levels = (["MUST", "SHOULD", "MAY"] as const)
    .map((level) => [level, standard.requirements.filter((r) => r.level === level).length] as const)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${count} ${level}`);
  const count = standard.requirements.length;
  return `${count} requirement${count === 1 ? "" : "s"} (${levels.join(", ")})`;
}

/** How many requirements have at least one check. */
export const checkedCount = (standard: Standard, checks: ReadonlyMap<string, readonly SuiteCheck[]>) =>
  standard.requirements.filter((requirement) => checks.get(requirement.id)?.length).length;

/** The requirements table (id, level, title, the checks that verify it), then each requirement in full. */
export function requirementSections(
  standard: Standard,
  checks: ReadonlyMap<string, readonly SuiteCheck[]>,
  links: SiteLinks,
): string[] {
  const rows = standard.requirements.map((requirement) => [
    link(`#${requirement.id}`, requirement.id),
    requirement.status === "withdrawn" ? `${requirement.level} (withdrawn)` : requirement.level,
    prose(requirement.title, links),
    checkList(checks.get(requirement.id)),
  ]);
  const lines = [
    heading(2, "Requirements", "requirements"),
    block(
      "p",
      `${requirementCounts(standard)}, of which ${checkedCount(standard, checks)} have a check in the conformance suite.`,
    ),
    table(["Requirement", "Level", "Title", "Verified by"], rows, { class: "requirements" }),
  ];
  for (const requirement of standard.requirements) {
    lines.push(heading(3, `${requirement.id} ${requirement.title}`, requirement.id));
    const sources = requirement.source
      .map((source) => (source.url ? link(source.url, prose(source.citation, links)) : prose(source.citation, links)))
      .join("<br>");
    const rows: [string, string][] = [
      ["Level", requirement.status === "withdrawn" ? `${requirement.level}, withdrawn` : requirement.level],
      ["Statement", prose(requirement.statement, links)],
      ["Rationale", prose(requirement.rationale, links)],
      ["How it is tested", prose(requirement.oracle, links)],
    ];
    const applies = appliesTo(standard, requirement, links);
    if (applies) rows.push(["Applies to", applies]);
    rows.push(["Sources", sources], ["Verified by", checkList(checks.get(requirement.id))]);
    lines.push(facts(rows));
  }
  return lines;
}

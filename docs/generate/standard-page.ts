import type { ApiOperation, Standard } from "@lds/catalogue";
import { entitySections } from "./entities.ts";
import { exampleSections } from "./examples.ts";
import { block, code, escapeHtml, facts, link } from "./internal/html.ts";
import type { SiteLinks } from "./links.ts";
import { operationsSection } from "./operations.ts";
import { prose } from "./prose.ts";
import { requirementCounts, requirementSections, type SuiteCheck } from "./requirements.ts";

/** The files of a standard as published beside the site, each linked. */
function files(standard: Standard, links: SiteLinks): string {
  const names = ["standard.yaml", "requirements.yaml", ...(standard.openapi ? ["openapi.yaml"] : [])];
  return names.map((name) => link(links.file(`${standard.dir}/${name}`), code(name))).join(" ");
}

/**
 * A standard's reference page: what it is for, its status and version, its requirements and the checks that verify
 * them, its operations, its entities and code lists, and its examples. Every part comes from the standard's files
 * and the conformance suite's checks.
 */
export function standardPage(
  standard: Standard,
  operations: readonly ApiOperation[],
  checks: ReadonlyMap<string, readonly SuiteCheck[]>,
  levels: ReadonlyMap<number, string>,
  links: SiteLinks,
): string[] {
  const { manifest } = standard;
  const level = levels.get(manifest.conformance_level);
  const dependsOn = manifest.depends_on.map((id) => {
    const dependency = links.standardById(id);
    return dependency
      ? link(links.standard(dependency), `${escapeHtml(id)} ${escapeHtml(dependency.manifest.title)}`)
      : escapeHtml(id);
  });
  const title = `${standard.id} ${manifest.title}`;
  return [
    `---\ntitle: ${JSON.stringify(title)}\n---`,
    `# ${escapeHtml(title)}`,
    block("p", prose(manifest.summary, links), { class: "purpose" }),
    facts([
      ["Version", escapeHtml(manifest.version)],
      ["Status", escapeHtml(manifest.status)],
      ["Conformance level", `${manifest.conformance_level}${level ? ` (${escapeHtml(level)})` : ""}`],
      ["Depends on", dependsOn.join(", ") || "nothing"],
      ["Personal data", manifest.personal_data ? "yes" : "no"],
      ["Requirements", link("#requirements", requirementCounts(standard))],
      ["Normative text", link(links.text(standard), `${escapeHtml(standard.id)} ${escapeHtml(manifest.version)}`)],
      ["Files", files(standard, links)],
    ]),
    ...requirementSections(standard, checks, links),
    ...operationsSection(standard, operations, links),
    ...entitySections(standard, links),
    ...exampleSections(standard, links),
  ];
}

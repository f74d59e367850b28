import type { ApiOperation, Catalogue } from "@lds/catalogue";
import { apiOperations } from "@lds/catalogue";
import { conformanceLevels } from "./conformance-levels.ts";
import { block, code, escapeHtml, link, table } from "./internal/html.ts";
import {
  API_FILE,
  CONFORMANCE_FILE,
  FORMATS_FILE,
  PERSONAS_FILE,
  pageUrl,
  SiteLinks,
  STANDARDS_INDEX_FILE,
} from "./links.ts";
import { apiPage } from "./operations.ts";
import { personasPage } from "./personas-page.ts";
import { prose } from "./prose.ts";
import { checkedCount, checksByRequirement, type SuiteCheck } from "./requirements.ts";
import { conformancePage, formatsPage } from "./schema-pages.ts";
import { standardPage } from "./standard-page.ts";
import { standardText } from "./standard-text.ts";

/** A sidebar group as VitePress reads it. */
export interface SidebarGroup {
  readonly text: string;
  readonly items: readonly { readonly text: string; readonly link: string }[];
}

/** The generated part of the site: Markdown pages by path under the site folder, and the standards' sidebar. */
export interface GeneratedSite {
  readonly pages: ReadonlyMap<string, string>;
  readonly sidebar: readonly SidebarGroup[];
}

function standardsIndex(
  catalogue: Catalogue,
  operations: readonly ApiOperation[],
  checks: ReturnType<typeof checksByRequirement>,
  levels: ReadonlyMap<number, string>,
  links: SiteLinks,
): string[] {
  const rows = catalogue.standards.map((standard) => [
    link(links.standard(standard), escapeHtml(standard.id)),
    prose(standard.manifest.title, links),
    escapeHtml(standard.manifest.version),
    escapeHtml(standard.manifest.status),
    String(standard.manifest.conformance_level),
    link(links.standard(standard, "requirements"), String(standard.requirements.length)),
    `${checkedCount(standard, checks)} of ${standard.requirements.length}`,
    String(operations.filter((operation) => operation.standard === standard).length),
  ]);
  return [
    "---\ntitle: The standards\n---",
    "# The standards",
    block(
      "p",
      `Every page here is generated from the ${code("standards/")} folder and the conformance suite's checks: change a schema, an OpenAPI document or a requirement and its page changes. Conformance levels: ${[...levels].map(([level, name]) => `${level} ${escapeHtml(name)}`).join(", ")}.`,
    ),
    table(["Standard", "Title", "Version", "Status", "Level", "Requirements", "With a check", "Operations"], rows),
    block(
      "p",
      `Also: the ${link(pageUrl(API_FILE), "API reference")} (every operation), the ${link(pageUrl(PERSONAS_FILE), "personas")} (the synthetic data set), the ${link(pageUrl(CONFORMANCE_FILE), "supplier declaration and conformance report")} and the ${link(pageUrl(FORMATS_FILE), "standards' file formats")}.`,
    ),
  ];
}

/** Every generated page of the site, from the catalogue of the standards and the conformance suite's checks. */
export function generateSite(catalogue: Catalogue, suiteChecks: readonly SuiteCheck[]): GeneratedSite {
  const operations = apiOperations(catalogue);
  const links = new SiteLinks(catalogue, operations);
  const checks = checksByRequirement(suiteChecks);
  const levels = conformanceLevels(catalogue);
  const pages = new Map<string, string[]>([
    [STANDARDS_INDEX_FILE, standardsIndex(catalogue, operations, checks, levels, links)],
    [API_FILE, apiPage(catalogue, operations, links)],
    [PERSONAS_FILE, personasPage(catalogue, links)],
    [FORMATS_FILE, formatsPage(catalogue, links)],
    [CONFORMANCE_FILE, conformancePage(catalogue, links)],
  ]);
  for (const standard of catalogue.standards) {
    pages.set(links.standardFile(standard), standardPage(standard, operations, checks, levels, links));
    pages.set(links.standardFile(standard, "text"), standardText(catalogue, standard, links));
  }
  const sidebar: SidebarGroup[] = [
    {
      text: "Standards",
      items: [
        { text: "All standards", link: pageUrl(STANDARDS_INDEX_FILE) },
        ...catalogue.standards.map((standard) => ({
          text: `${standard.id} ${standard.manifest.title}${standard === links.standardById(standard.id) ? "" : ` (v${standard.major})`}`,
          link: links.standard(standard),
        })),
      ],
    },
    {
      text: "Reference",
      items: [
        { text: "API reference", link: pageUrl(API_FILE) },
        { text: "Personas", link: pageUrl(PERSONAS_FILE) },
        { text: "Declaration and report", link: pageUrl(CONFORMANCE_FILE) },
        { text: "Standards file formats", link: pageUrl(FORMATS_FILE) },
      ],
    },
  ];
  return {
    pages: new Map([...pages].map(([file, blocks]) => [file, `${blocks.join("\n\n")}\n`])),
    sidebar,
  };
}

import type { Catalogue, SchemaFile } from "@lds/catalogue";
import { schemaSection } from "./entities.ts";
import { block, code, escapeHtml } from "./internal/html.ts";
import type { SiteLinks } from "./links.ts";

function schemaPage(title: string, intro: string, files: readonly SchemaFile[], links: SiteLinks): string[] {
  return [
    `---\ntitle: ${JSON.stringify(title)}\n---`,
    `# ${escapeHtml(title)}`,
    block("p", intro),
    ...files.flatMap((file) => schemaSection(file, [], links, 2)),
  ];
}

/** The formats of the standards' own files (`standards/meta/`): manifest, requirements, examples, personas. */
export const formatsPage = (catalogue: Catalogue, links: SiteLinks) =>
  schemaPage(
    "Standards file formats",
    `The schemas of the files every standard is made of, from ${code("standards/meta/")}. ${code("lds standards check")} checks every file against them.`,
    catalogue.meta,
    links,
  );

/** The conformance process's documents (`standards/conformance/`): the supplier declaration and the report. */
export const conformancePage = (catalogue: Catalogue, links: SiteLinks) =>
  schemaPage(
    "Declaration and report",
    `The documents of the conformance process, from ${code("standards/conformance/")}: what a supplier declares about the platform it submits, and the signed report the suite writes.`,
    catalogue.conformance,
    links,
  );

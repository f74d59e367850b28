import { existsSync, readFileSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Catalogue, Standard } from "@lds/catalogue";
import { block, escapeHtml, link } from "./internal/html.ts";
import { PERSONAS_FILE, pageUrl, type SiteLinks } from "./links.ts";

/**
 * Where a relative link of a standard's README leads on the site: a standard's reference page (its requirements,
 * operations, schemas and examples), its normative text, the personas page, or the published file. Anything else is
 * left as it is.
 */
function siteTarget(catalogue: Catalogue, standard: Standard, target: string, links: SiteLinks): string {
  if (/^[a-z][a-z0-9+.-]*:|^#|^\//i.test(target)) return target;
  const [path = "", hash] = target.split("#", 2);
  const absolute = resolve(standard.dir, path);
  const owner = catalogue.standards.find(
    (candidate) => absolute === candidate.dir || absolute.startsWith(candidate.dir + sep),
  );
  if (owner) {
    const inside = relative(owner.dir, absolute).split(sep).join("/");
    if (inside === "README.md") return links.text(owner) + (hash ? `#${hash}` : "");
    if (inside === "" || inside === "standard.yaml") return links.standard(owner);
    if (inside === "requirements.yaml") return links.standard(owner, "requirements");
    if (inside === "openapi.yaml") return links.standard(owner, "operations");
    const schema = owner.schemas.find((file) => file.path === absolute);
    if (schema) {
      const def = hash?.match(/^\/\$defs\/(.+)$/)?.[1];
      return links.standard(owner, def ? links.defAnchor(schema.name, def) : links.schemaAnchor(schema.name));
    }
    if (inside === "schemas" || inside.startsWith("schemas/")) return links.standard(owner, "entities");
    if (inside === "examples" || (inside.startsWith("examples/") && !/\.json$/.test(inside))) {
      return links.standard(owner, "examples");
    }
  }
  if (absolute.startsWith(resolve(catalogue.root, "personas") + sep) && absolute.endsWith(".md")) {
    return pageUrl(PERSONAS_FILE);
  }
  if (absolute.startsWith(catalogue.root + sep) && existsSync(absolute) && statSync(absolute).isFile()) {
    return links.file(absolute);
  }
  return target;
}

/**
 * A standard's normative text, its README as written, with its relative links pointing at the site's pages and
 * published files. Code blocks are left alone.
 */
export function standardText(catalogue: Catalogue, standard: Standard, links: SiteLinks): string[] {
  const readme = readFileSync(resolve(standard.dir, "README.md"), "utf8");
  let fenced = false;
  const text = readme
    .split("\n")
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) return line;
      return line.replace(
        /\]\(([^)\s]+)\)/g,
        (_, target: string) => `](${siteTarget(catalogue, standard, target, links)})`,
      );
    })
    .join("\n");
  const title = `${standard.id} ${standard.manifest.title}: normative text`;
  const [, h1 = `# ${escapeHtml(title)}`, rest = text] = text.trim().match(/^(# [^\n]*)\n([\s\S]*)$/) ?? [];
  return [
    `---\ntitle: ${JSON.stringify(title)}\n---`,
    h1,
    "::: info",
    block(
      "p",
      `The normative text of ${escapeHtml(standard.id)} ${escapeHtml(standard.manifest.version)}, as its README states it. Its ${link(links.standard(standard), "reference page")} lists its requirements with the checks that verify them, its operations, entities and examples.`,
    ),
    ":::",
    `<div v-pre>\n\n${rest.trim()}\n\n</div>`,
  ];
}

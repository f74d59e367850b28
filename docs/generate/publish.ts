import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Catalogue } from "@lds/catalogue";
import type { GeneratedSite } from "./site.ts";

/** The generated folders under the site folder: pages, and the published copy of the standards' files. */
export const GENERATED = { pages: "standards", files: "public", sidebar: "standards/sidebar.json" } as const;

/**
 * Writes the generated pages and sidebar into the site folder, replacing the previous ones, and publishes the
 * standards' data files (schemas, OpenAPI documents, requirements, manifests, examples, personas) under `public/`
 * at their own paths, which mirror their canonical URIs. The READMEs are published as pages instead.
 */
export function writeSite(site: GeneratedSite, catalogue: Catalogue, siteDir: string): void {
  for (const dir of [GENERATED.pages, GENERATED.files]) rmSync(join(siteDir, dir), { recursive: true, force: true });
  for (const [file, text] of site.pages) {
    mkdirSync(dirname(join(siteDir, file)), { recursive: true });
    writeFileSync(join(siteDir, file), text);
  }
  writeFileSync(join(siteDir, GENERATED.sidebar), `${JSON.stringify(site.sidebar, null, 2)}\n`);
  const published = join(siteDir, GENERATED.files);
  for (const entry of readdirSync(catalogue.root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === "node_modules") continue;
    cpSync(join(catalogue.root, entry.name), join(published, entry.name), {
      recursive: true,
      filter: (source) =>
        !/\.md$/.test(source) && !relative(catalogue.root, source).split("/").includes("node_modules"),
    });
  }
}

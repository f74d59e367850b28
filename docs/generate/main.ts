// Generates the site's pages from the standards folder and the conformance suite's checks (`npm run generate`),
// before `vitepress build`.
import { join } from "node:path";
import { loadCatalogue } from "@lds/catalogue";
import { suiteChecks } from "@lds/conformance";
import { writeSite } from "./publish.ts";
import { generateSite } from "./site.ts";

const siteDir = join(import.meta.dirname, "..");
const catalogue = loadCatalogue();
const site = generateSite(catalogue, suiteChecks);
writeSite(site, catalogue, siteDir);
console.log(
  `docs: ${site.pages.size} pages from ${catalogue.standards.length} standards and ${suiteChecks.length} checks`,
);

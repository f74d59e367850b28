import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { loadCatalogue, standardsRoot } from "@lds/catalogue";
import { suiteChecks } from "@lds/conformance";
import { expect, test } from "vitest";
import type { SuiteCheck } from "../generate/requirements.ts";
import { generateSite } from "../generate/site.ts";

/** A copy of the standards folder, changed by `edit`, and the site generated from it. */
function siteFrom(edit: (root: string) => void, checks: readonly SuiteCheck[] = suiteChecks) {
  const root = mkdtempSync(join(tmpdir(), "lds-docs-standards-"));
  try {
    cpSync(standardsRoot(), root, { recursive: true, filter: (source) => !source.includes("node_modules") });
    edit(root);
    return generateSite(loadCatalogue(root), checks).pages;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const original = siteFrom(() => {});

/** The row of a requirement in its standard page's requirements table. */
const requirementRow = (page: string, id: string) =>
  page.match(new RegExp(`<tr><td><a href="#${id}">${id}</a></td>.*?</tr>`))?.[0];

const catalogue = loadCatalogue();
const [standard] = catalogue.standards;
const pageFile = `standards/${standard!.slug}/index.md`;
const local = (path: string) => relative(standardsRoot(), path);

test("a standard's page changes when one of its requirements changes, and no other page does", () => {
  const [requirement] = standard!.requirements;
  const { id, title } = requirement!;
  const changed = siteFrom((root) => {
    const file = join(root, local(standard!.dir), "requirements.yaml");
    const yaml = readFileSync(file, "utf8");
    expect(yaml).toContain(`title: ${title}\n`);
    writeFileSync(file, yaml.replace(`title: ${title}\n`, `title: ${title}, as amended\n`));
  });
  const before = original.get(pageFile)!;
  const after = changed.get(pageFile)!;
  expect(requirementRow(before, id)).toContain(`<td>${title}</td>`);
  expect(requirementRow(after, id)).toContain(`<td>${title}, as amended</td>`);
  expect(after).toContain(`### ${id} ${title}, as amended {#${id}}`);
  expect(before).not.toContain("as amended");
  for (const [file, page] of original) {
    if (file !== pageFile) expect(changed.get(file), file).toBe(page);
  }
});

test("an entity's table changes when its schema gains a property", () => {
  const entity = standard!.schemas.find((file) => file.schema.properties)!;
  const changed = siteFrom((root) => {
    const file = join(root, local(entity.path));
    const schema = JSON.parse(readFileSync(file, "utf8"));
    schema.properties.review_date = { description: "When it is next reviewed.", type: "string", format: "date" };
    writeFileSync(file, JSON.stringify(schema));
  });
  const row =
    "<tr><td><code>review_date</code></td><td>string (date)</td><td></td><td>When it is next reviewed.</td></tr>";
  expect(original.get(pageFile)).not.toContain(row);
  expect(changed.get(pageFile)).toContain(row);
});

test("each requirement names the checks that verify it, taken from the suite's checks, or says it has none", () => {
  const [first, second, third] = standard!.requirements.map((requirement) => requirement.id);
  const check = { id: `${standard!.slug}/some-check`, title: "Some check", standard: standard!.id };
  const page = siteFrom(() => {}, [{ ...check, requirements: [first!, second!] }]).get(pageFile)!;
  for (const id of [first!, second!]) {
    expect(requirementRow(page, id)).toContain(`<code>${check.id}</code> Some check`);
  }
  expect(requirementRow(page, third!)).toContain("no check yet");
  expect(requirementRow(page, third!)).not.toContain(check.id);
});

test("with the real suite, every check appears in the row of every requirement it verifies", () => {
  expect(suiteChecks.length).toBeGreaterThan(0);
  for (const check of suiteChecks) {
    const standard = catalogue.standards.find((s) => s.id === check.standard)!;
    const page = original.get(`standards/${standard.slug}/index.md`)!;
    for (const id of check.requirements) {
      expect(requirementRow(page, id), `${check.id} on ${id}`).toContain(`<code>${check.id}</code>`);
    }
  }
});

test("every standard has a reference page and a normative text page, and the API reference lists every operation", () => {
  for (const standard of catalogue.standards) {
    expect(original.get(`standards/${standard.slug}/index.md`)).toContain(
      `# ${standard.id} ${standard.manifest.title}`,
    );
    expect(original.get(`standards/${standard.slug}/text.md`)).toContain(`normative text of ${standard.id}`);
  }
  const api = original.get("standards/api.md")!;
  for (const standard of catalogue.standards) {
    const paths = Object.values((standard.openapi?.document.paths ?? {}) as Record<string, Record<string, unknown>>);
    for (const item of paths) {
      for (const operation of Object.values(item)) {
        const id = (operation as { operationId?: string }).operationId;
        if (id) expect(api).toContain(`{#${id}}`);
      }
    }
  }
});

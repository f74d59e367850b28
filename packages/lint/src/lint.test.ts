import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCatalogue, standardsRoot } from "@lds/catalogue";
import { createValidator } from "@lds/validate";
import { afterEach, describe, expect, test } from "vitest";
import { lintStandards } from "./lint.ts";

const format = (findings: { rule: string; file: string; message: string }[]) =>
  findings.map((f) => `${f.file} [${f.rule}] ${f.message}`).join("\n");

test("the standards follow every authoring rule", async () => {
  const findings = await lintStandards(createValidator(loadCatalogue()));
  expect(format(findings)).toBe("");
});

describe("each rule catches what it is for", () => {
  const copies: string[] = [];
  afterEach(() => {
    for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the standards, changed by `breakIt`, linted; returns the findings. */
  async function findingsAfter(breakIt: (root: string) => void) {
    const root = mkdtempSync(join(tmpdir(), "lds-lint-"));
    copies.push(root);
    cpSync(standardsRoot(), root, { recursive: true, filter: (src) => !src.includes("node_modules") });
    breakIt(root);
    return lintStandards(createValidator(loadCatalogue(root)));
  }

  /** A copy of the standards, changed by `breakIt`, linted; returns the rules that fired. */
  async function rulesAfter(breakIt: (root: string) => void): Promise<Set<string>> {
    const findings = await findingsAfter(breakIt);
    return new Set(findings.map((finding) => finding.rule));
  }

  const catalogue = loadCatalogue();
  const standard = catalogue.standards.find((s) => s.schemas.length && s.examples.some((e) => e.kind === "invalid"));
  if (!standard) throw new Error("no standard with schemas and invalid examples to break");
  const at = (root: string, path: string) => join(root, path.slice(catalogue.root.length));
  const editJson = (path: string, edit: (json: Record<string, unknown>) => void) => {
    const json = JSON.parse(readFileSync(path, "utf8"));
    edit(json);
    writeFileSync(path, JSON.stringify(json));
  };
  const editText = (path: string, edit: (text: string) => string) =>
    writeFileSync(path, edit(readFileSync(path, "utf8")));
  const schema = standard.schemas[0]!;
  const valid = standard.examples.find((e) => e.kind === "valid")!;
  const invalid = standard.examples.find((e) => e.kind === "invalid")!;

  test("a schema without a title", async () => {
    const rules = await rulesAfter((root) => editJson(at(root, schema.path), (json) => delete json.title));
    expect(rules).toContain("schema-annotated");
  });

  test("a schema whose $id does not mirror its path", async () => {
    const rules = await rulesAfter((root) =>
      editJson(at(root, schema.path), (json) => {
        json.$id = `${String(json.$id)}x`;
      }),
    );
    expect(rules).toContain("schema-id");
  });

  test("a $ref to nowhere", async () => {
    const rules = await rulesAfter((root) =>
      editJson(at(root, schema.path), (json) => {
        json.$defs = { ...(json.$defs as object), broken: { $ref: "missing.schema.json" } };
      }),
    );
    expect(rules).toContain("ref-resolves");
  });

  test("a requirement id used twice, and one the README never cites", async () => {
    const rules = await rulesAfter((root) =>
      editText(join(at(root, standard.dir), "requirements.yaml"), (text) => {
        const first = standard.requirements[0]!.id;
        return text
          .replace(`id: ${standard.requirements[1]!.id}`, `id: ${first}`)
          .replace(
            /requirements:\n/,
            `requirements:\n  - id: ${standard.id}-R99\n    level: MAY\n    title: Never cited\n    statement: A platform MAY do this.\n    rationale: To show that uncited requirements are caught.\n    source: [{ citation: LDS proposal }]\n    oracle: Not observable; this requirement exists only in a test.\n`,
          );
      }),
    );
    expect(rules).toContain("requirement-id");
    expect(rules).toContain("requirement-cited");
  });

  test("a valid example that does not validate, and an invalid one naming the wrong error", async () => {
    const rules = await rulesAfter((root) => {
      editJson(at(root, valid.path), (json) => {
        json.instance = { not_a_member_of_anything: true };
      });
      editJson(at(root, invalid.path), (json) => {
        json.errors = [{ code: "no-such-code" }];
      });
    });
    expect(rules).toContain("example-behaves");
  });

  test("an OpenAPI document that is not 3.1, with a broken $ref", async () => {
    const openapi = catalogue.standards.find((s) => s.openapi)!;
    const rules = await rulesAfter((root) =>
      editText(at(root, openapi.openapi!.path), (text) =>
        text
          .replace(/^openapi: .*$/m, "openapi: 3.0.3")
          .replace(/\$ref: ["']?\.\/schemas\/[^"'\s]+/, "$ref: ./schemas/nowhere.schema.json"),
      ),
    );
    expect(rules).toContain("openapi-valid");
    expect(rules).toContain("openapi-refs");
  });

  test("a manifest in the wrong folder", async () => {
    const rules = await rulesAfter((root) => {
      const dir = at(root, standard.dir);
      editText(join(dir, "standard.yaml"), (text) => text.replace(/^id: .*$/m, "id: LDS-98"));
    });
    expect(rules).toContain("manifest-folder");
  });

  test("a cycle in depends_on, reported with its path", async () => {
    const common = catalogue.standards.find((s) => s.id === "LDS-00")!;
    const findings = await findingsAfter((root) =>
      editText(join(at(root, common.dir), "standard.yaml"), (text) =>
        text.replace(/^depends_on:.*$/m, "depends_on:\n  - LDS-01"),
      ),
    );
    const cycles = findings.filter((finding) => finding.rule === "manifest-cycle");
    expect(cycles.map((finding) => finding.message)).toEqual(["depends_on forms a cycle: LDS-00 → LDS-01 → LDS-00"]);
  });

  test("the copies hold every standard", () => {
    expect(readdirSync(standardsRoot()).filter((name) => name.startsWith("lds-")).length).toBe(
      new Set(catalogue.standards.map((s) => s.folder)).size,
    );
  });
});

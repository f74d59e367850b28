import { type Catalogue, loadCatalogue, shortName } from "@lds/catalogue";
import { lintStandards } from "@lds/lint";
import { createValidator } from "@lds/validate";
import type { Command } from "commander";
import { EXIT, type Io } from "../io.ts";

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd(),
  );
}

function count(catalogue: Catalogue, id: string, level: string): number {
  return catalogue.requirements.filter((r) => r.id.startsWith(`${id}-`) && r.level === level).length;
}

/** `lds standards list|check`: the catalogue of standards, and a check of every example against its schema. */
export function standardsCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const standards = program.command("standards").description("the standards catalogue");
  standards
    .command("list")
    .description("list the standards, or with --schemas every schema by short name")
    .option("--schemas", "list schemas instead")
    .option("--json", "machine-readable output")
    .action((options: { schemas?: boolean; json?: boolean }) => {
      const catalogue = loadCatalogue();
      if (options.schemas) {
        const rows = catalogue.schemas.map((schema) => [shortName(catalogue, schema), schema.id]);
        if (options.json) io.out(JSON.stringify(rows.map(([name, id]) => ({ name, id }))));
        else for (const line of table([["SCHEMA", "$ID"], ...rows])) io.out(line);
        return;
      }
      if (options.json) {
        io.out(
          JSON.stringify(catalogue.standards.map((s) => ({ ...s.manifest, requirements: s.requirements.length }))),
        );
        return;
      }
      const rows = catalogue.standards.map((s) => [
        s.id,
        s.manifest.title,
        s.manifest.version,
        s.manifest.status,
        String(s.manifest.conformance_level),
        `${count(catalogue, s.id, "MUST")}/${count(catalogue, s.id, "SHOULD")}/${count(catalogue, s.id, "MAY")}`,
        String(s.schemas.length),
        String(s.examples.length),
      ]);
      io.out("LDS standards catalogue");
      for (const line of table([
        ["ID", "TITLE", "VERSION", "STATUS", "LEVEL", "MUST/SHOULD/MAY", "SCHEMAS", "EXAMPLES"],
        ...rows,
      ])) {
        io.out(line);
      }
    });
  standards
    .command("check")
    .description("lint the standards: schemas, requirements, OpenAPI documents, personas, and every example")
    .action(async () => {
      const validator = createValidator();
      const findings = await lintStandards(validator);
      for (const finding of findings) io.out(`✗ ${finding.file} [${finding.rule}] ${finding.message}`);
      const examples = validator.catalogue.standards.reduce((sum, standard) => sum + standard.examples.length, 0);
      const broken = new Set(findings.filter((f) => f.rule === "example-behaves").map((f) => f.file)).size;
      io.out(`examples: ${examples - broken} of ${examples} behave as stated`);
      io.out(findings.length ? `${findings.length} lint findings` : "standards check: clean");
      if (findings.length) setCode(EXIT.failed);
    });
}

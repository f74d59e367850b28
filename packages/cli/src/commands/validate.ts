import { readFileSync } from "node:fs";
import { findSchema } from "@lds/catalogue";
import { createValidator } from "@lds/validate";
import type { Command } from "commander";
import { EXIT, type Io, UsageError } from "../io.ts";

/** Reads and parses every file before validating any, so a bad file stops the run with exit code 2. */
function readDocuments(files: readonly string[]): { file: string; document: unknown }[] {
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
    }
    try {
      return { file, document: JSON.parse(text) };
    } catch (error) {
      throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
    }
  });
}

/** `lds validate --schema <schema> <file…>`: exit 0 all valid, 1 any invalid, 2 unknown schema or bad file. */
export function validateCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command("validate")
    .description("validate JSON documents against an LDS schema")
    .requiredOption("-s, --schema <schema>", "canonical $id or short name, e.g. lds-01/identifier")
    .option("--json", "one JSON result per file")
    .argument("<file...>", "JSON files")
    .action((files: string[], options: { schema: string; json?: boolean }) => {
      const validator = createValidator();
      findSchema(validator.catalogue, options.schema);
      for (const { file, document } of readDocuments(files)) {
        const errors = validator.validate(options.schema, document);
        if (errors.length) setCode(EXIT.failed);
        if (options.json) {
          io.out(JSON.stringify({ file, valid: errors.length === 0, errors }));
          continue;
        }
        io.out(`${errors.length ? "✗" : "✓"} ${file}`);
        for (const error of errors) io.out(`  ${error.pointer || "/"} ${error.code}: ${error.message}`);
      }
    });
}

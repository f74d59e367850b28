import { CatalogueError } from "@lds/catalogue";
import { Command, CommanderError } from "commander";
import { conformanceCommand } from "./commands/conformance.ts";
import { identifierCommand } from "./commands/identifier.ts";
import { reportCommand } from "./commands/report.ts";
import { serveCommand } from "./commands/serve.ts";
import { standardsCommand } from "./commands/standards.ts";
import { validateCommand } from "./commands/validate.ts";
import { EXIT, type Io, processIo, UsageError } from "./io.ts";

/** Runs `lds` with the given arguments and returns its exit code: 0 success, 1 check failed, 2 usage error. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const setCode = (value: number) => {
    code = Math.max(code, value);
  };
  const program = new Command("lds")
    .description(
      "Local Digital Standards: validate documents and identifiers, check the standards, run the reference platform",
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      outputError: (text, write) => write(`lds: ${text.replace(/^error: /, "").trim()}`),
    });
  for (const register of [
    identifierCommand,
    validateCommand,
    standardsCommand,
    serveCommand,
    conformanceCommand,
    reportCommand,
  ])
    register(program, io, setCode);
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError || error instanceof CatalogueError) {
      io.err(`lds: ${error.message}`);
      return EXIT.usage;
    }
    io.err(`lds: internal error: ${(error as Error).message}`);
    return EXIT.failed;
  }
}

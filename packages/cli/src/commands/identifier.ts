import { type IdentifierName, identifierRules, validationResult } from "@lds/identifiers";
import type { Command } from "commander";
import { EXIT, type Io, UsageError } from "../io.ts";

const names = Object.keys(identifierRules) as IdentifierName[];

/** `lds identifier <system> <value…>`: one JSON result per value; exit 1 when any is invalid. */
export function identifierCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command("identifier")
    .description(`validate and canonicalise identifiers; systems: ${names.join(", ")}`)
    .argument("<system>", "identifier system")
    .argument("<value...>", "values to check")
    .action((system: string, values: string[]) => {
      if (!names.includes(system as IdentifierName)) {
        throw new UsageError(`unknown identifier system "${system}"; expected one of ${names.join(", ")}`);
      }
      const rule = identifierRules[system as IdentifierName];
      for (const value of values) {
        const result = rule.validate(value);
        io.out(JSON.stringify(validationResult(system, value, result)));
        if (!result.valid) setCode(EXIT.failed);
      }
    });
}

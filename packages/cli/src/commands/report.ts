import { readFileSync } from "node:fs";
import { type PublicJwk, readPublicJwk, SigningKeyError, verifyReport } from "@lds/conformance";
import { createValidator } from "@lds/validate";
import type { Command } from "commander";
import { EXIT, type Io, UsageError } from "../io.ts";

/**
 * `lds report verify <report.json> [--public-key FILE]`: checks a conformance report's signature and recomputes its
 * verdicts from its check results. Exit 0 valid, 1 invalid (with the reason), 2 unreadable file or key.
 */
export function reportCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const report = program.command("report").description("work with conformance reports");
  report
    .command("verify")
    .description("verify a report.json: its signature, and that its verdicts follow from its results")
    .argument("<report>", "the report.json file")
    .option("--public-key <file>", "the Ed25519 public JWK it must be signed by (default: the key it embeds)")
    .action((file: string, options: { publicKey?: string }) => {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
      }
      let publicKey: PublicJwk | undefined;
      try {
        publicKey = options.publicKey ? readPublicJwk(options.publicKey) : undefined;
      } catch (error) {
        if (error instanceof SigningKeyError) throw new UsageError(error.message);
        throw error;
      }
      const verification = verifyReport(text, createValidator(), publicKey);
      if (!verification.valid) {
        io.err(`lds: ${file} is not valid: ${verification.reason}`);
        setCode(EXIT.failed);
        return;
      }
      const by = publicKey ? "the given key" : "the key it embeds";
      io.out(
        `✓ ${file}: signed by ${verification.kid} (${by}); verdict ${verification.verdict.toUpperCase()}, conformance level ${verification.conformanceLevel}`,
      );
    });
}

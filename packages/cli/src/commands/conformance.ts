import {
  DeclarationError,
  defaultKeyPath,
  exitCodeOf,
  loadDeclaration,
  localSigningKey,
  parseReplay,
  progressLines,
  type ReportFormat,
  readSigningKey,
  runConformance,
  SigningKeyError,
  startEmbeddedPlatform,
  summaryLines,
  writeReportFiles,
} from "@lds/conformance";
import { createValidator } from "@lds/validate";
import type { Command } from "commander";
import { type Io, UsageError } from "../io.ts";

interface RunFlags {
  target?: string;
  declaration?: string;
  standard?: string[];
  seed?: string;
  runs: string;
  replay?: string;
  reportDir: string;
  format: string;
  signingKey?: string;
  rateLimit?: string;
  concurrency: string;
  requestTimeout: string;
  maxResponseBytes: string;
  timeLimit: string;
}

const FORMATS = ["console", "json", "junit", "html"] as const;
type Format = (typeof FORMATS)[number];

function integer(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

function positive(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} must be a positive number, not "${text}"`);
  return value;
}

function formats(text: string): Format[] {
  const list = text
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  for (const item of list) {
    if (!(FORMATS as readonly string[]).includes(item)) {
      throw new UsageError(`--format takes ${FORMATS.join(", ")}; "${item}" is not one of them`);
    }
  }
  if (!list.length) throw new UsageError("--format needs at least one format");
  return list as Format[];
}

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(",").filter(Boolean)];

/**
 * `lds conformance run`: runs the conformance suite against a platform (`--target` with `--declaration`, or the
 * declaration's base URL), or with neither against the embedded reference platform in sandbox mode. Writes the
 * signed report.json and the formats derived from it. Exit 0 when every tested MUST requirement passed, 1 when
 * one failed or could not be tested for a fault, 2 for usage or declaration errors.
 */
export function conformanceCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const conformance = program.command("conformance").description("run the LDS conformance suite");
  conformance
    .command("run")
    .description("certify a platform against the standards it declares (the reference platform when no target)")
    .option("--target <url>", "the platform's base URL (needs --declaration)")
    .option("--declaration <file>", "the supplier declaration, YAML or JSON")
    .option("--standard <id...>", "only these claimed standards, e.g. lds-06 (repeatable)", collect)
    .option("--seed <n>", "the run's seed: the same seed generates the same cases")
    .option("--runs <n>", "generated cases per property", "100")
    .option("--replay <case>", "re-run one failing case, as printed with its failure (needs that run's --seed)")
    .option("--report-dir <dir>", "where the report files go", "reports")
    .option("--format <list>", `any of ${FORMATS.join(",")}`, FORMATS.join(","))
    .option("--signing-key <file>", "a private Ed25519 JWK to sign with (default: .lds/signing-key.json, made once)")
    .option("--rate-limit <n>", "at most this many requests per second")
    .option("--concurrency <n>", "requests in flight at once", "4")
    .option("--request-timeout <ms>", "per-request timeout", "10000")
    .option("--max-response-bytes <n>", "the largest response body read", String(8 * 1024 * 1024))
    .option("--time-limit <seconds>", "the whole run's time limit", "900")
    .action(async (flags: RunFlags) => {
      if (flags.target && !flags.declaration) {
        throw new UsageError("--target needs --declaration: the suite needs the declared clients' credentials");
      }
      const chosen = formats(flags.format);
      const seed = flags.seed === undefined ? undefined : integer("--seed", flags.seed, -(2 ** 31), 2 ** 31 - 1);
      const replay = flags.replay === undefined ? undefined : parseReplay(flags.replay);
      if (flags.replay !== undefined && !replay)
        throw new UsageError(`--replay "${flags.replay}" is not a case printed by a failure`);
      if (replay && seed === undefined) throw new UsageError("--replay needs the --seed of the run that failed");
      const transport = {
        concurrency: integer("--concurrency", flags.concurrency, 1, 64),
        timeoutMs: integer("--request-timeout", flags.requestTimeout, 1),
        maxResponseBytes: integer("--max-response-bytes", flags.maxResponseBytes, 1024),
        ...(flags.rateLimit === undefined ? {} : { rateLimit: positive("--rate-limit", flags.rateLimit) }),
      };
      const runs = integer("--runs", flags.runs, 1, 100_000);
      const timeLimitMs = integer("--time-limit", flags.timeLimit, 1) * 1000;
      let signingKey: ReturnType<typeof localSigningKey>;
      try {
        signingKey = flags.signingKey
          ? readSigningKey(flags.signingKey)
          : localSigningKey(defaultKeyPath(process.cwd()));
      } catch (error) {
        if (error instanceof SigningKeyError) throw new UsageError(error.message);
        throw error;
      }
      const validator = createValidator();
      let declared: ReturnType<typeof loadDeclaration> | undefined;
      if (flags.declaration) {
        try {
          declared = loadDeclaration(flags.declaration, validator);
        } catch (error) {
          if (error instanceof DeclarationError) throw new UsageError(error.message);
          throw error;
        }
      }
      const embedded = declared ? undefined : await startEmbeddedPlatform();
      try {
        const declaration = declared ?? embedded!.declaration;
        const standards = flags.standard?.map((id) => id.toUpperCase());
        for (const id of standards ?? []) {
          if (!declaration.standards.some((claim) => claim.id === id)) {
            throw new UsageError(`--standard ${id}: the declaration does not claim it`);
          }
        }
        const showConsole = chosen.includes("console");
        const report = await runConformance({
          declaration,
          validator,
          embedded: embedded !== undefined,
          target: flags.target,
          standards,
          seed,
          runs,
          replay,
          transport,
          timeLimitMs,
          signingKey,
          onProgress: showConsole
            ? (event) => {
                for (const line of progressLines(event)) io.out(line);
              }
            : undefined,
        });
        const files = chosen.filter((format): format is ReportFormat => format !== "console");
        const written = files.length ? writeReportFiles(flags.reportDir, report, files) : [];
        if (showConsole) for (const line of summaryLines(report)) io.out(line);
        for (const path of written) io.out(`wrote ${path}`);
        setCode(exitCodeOf(report));
      } finally {
        await embedded?.close();
      }
    });
}

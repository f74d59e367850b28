import { setMaxListeners } from "node:events";
import type { Catalogue } from "@lds/catalogue";
import { apiOperations } from "@lds/catalogue";
import type { SupplierDeclaration } from "@lds/types/conformance";
import type { Validator } from "@lds/validate";
import { createHttpClient, type TransportOptions } from "../transport/http-client.ts";
import type { Check } from "./check.ts";
import { createCheckContext, type RunScope } from "./context.ts";
import { outcomeOf, resultBase } from "./outcome.ts";
import { checkLevel, requirementLevels } from "./registry.ts";
import type { ReplayTarget } from "./replay.ts";
import type { CheckResult } from "./result.ts";
import { randomSeed } from "./seed.ts";
import { createTokenSource } from "./tokens.ts";

/** What the runner reports while it runs. */
export type ProgressEvent =
  | { readonly type: "start"; readonly total: number; readonly seed: number; readonly baseUrl: string }
  | { readonly type: "check"; readonly result: CheckResult; readonly index: number; readonly total: number }
  | { readonly type: "end"; readonly results: readonly CheckResult[] };

export interface RunOptions {
  readonly declaration: SupplierDeclaration;
  readonly checks: readonly Check[];
  readonly catalogue: Catalogue;
  readonly validator: Validator;
  /** The platform's base URL when it is not the declaration's (`--target`). */
  readonly target?: string | undefined;
  /** Limits on the HTTP traffic (timeouts, size, concurrency, rate, retries). */
  readonly transport?: Omit<TransportOptions, "baseUrl" | "signal" | "allowedOrigins"> | undefined;
  /** The run's seed (`--seed`); random when absent. */
  readonly seed?: number | undefined;
  /** Cases per property (`--runs`, default 100). */
  readonly runs?: number | undefined;
  /** Only these claimed standards' checks (`--standard`), by id. */
  readonly standards?: readonly string[] | undefined;
  /** Run only one property case (`--replay`). */
  readonly replay?: ReplayTarget | undefined;
  /** The whole run's time limit (default 15 minutes): checks not finished by then are errors. */
  readonly timeLimitMs?: number | undefined;
  /** One check's time limit (default 2 minutes). */
  readonly checkTimeLimitMs?: number | undefined;
  readonly onProgress?: ((event: ProgressEvent) => void) | undefined;
  readonly now?: (() => Date) | undefined;
}

/** A finished run: what was run, against what, with which seed, and every check's result. */
export interface RunOutcome {
  readonly baseUrl: string;
  readonly seed: number;
  readonly runs: number;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  /** The standards whose checks ran (claimed, and selected by `--standard`). */
  readonly tested: readonly { readonly id: string; readonly version: string }[];
  readonly selection?: readonly string[];
  readonly replay?: ReplayTarget;
  readonly results: readonly CheckResult[];
}

const timer = (ms: number, signal: AbortSignal) =>
  new Promise<"timeout">((resolve) => {
    const handle = setTimeout(() => resolve("timeout"), Math.max(0, ms));
    signal.addEventListener("abort", () => {
      clearTimeout(handle);
      resolve("timeout");
    });
  });

/**
 * Runs the checks of the claimed standards (filtered by `standards`) one after another against the platform,
 * within the run's time limit, and reports each result as it comes. Checks of unclaimed or unselected standards are
 * skipped with that reason, so the report accounts for every check.
 */
export async function runChecks(options: RunOptions): Promise<RunOutcome> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const seed = options.seed ?? randomSeed();
  const runs = options.runs ?? 100;
  const deadline = Date.now() + (options.timeLimitMs ?? 15 * 60_000);
  const runAbort = new AbortController();
  // Every request waiting for a transport slot listens to the run's and its check's signal, however many there are.
  setMaxListeners(0, runAbort.signal);
  const runTimer = setTimeout(() => runAbort.abort(), Math.max(0, deadline - Date.now()));
  const { declaration, catalogue } = options;
  const baseUrl = (options.target ?? declaration.base_url).replace(/\/+$/, "");
  const http = createHttpClient({
    ...options.transport,
    baseUrl,
    allowedOrigins: [
      declaration.token_endpoint,
      ...(declaration.sandbox_reset_url ? [declaration.sandbox_reset_url] : []),
    ],
    signal: runAbort.signal,
  });
  const scope: RunScope = {
    declaration,
    catalogue,
    validator: options.validator,
    operations: apiOperations(catalogue),
    http,
    tokens: createTokenSource(declaration),
    seed,
    runs,
    deadline,
    replay: options.replay,
  };
  const claimed = new Set(declaration.standards.map((claim) => claim.id));
  const selected = options.standards ? new Set(options.standards.map((id) => id.toUpperCase())) : undefined;
  const levels = requirementLevels(catalogue);
  const total = options.checks.length;
  options.onProgress?.({ type: "start", total, seed, baseUrl });
  const results: CheckResult[] = [];
  try {
    for (const [index, check] of options.checks.entries()) {
      const result = await runOne(check, resultBase(check, checkLevel(check, levels)));
      results.push(result);
      options.onProgress?.({ type: "check", result, index, total });
    }
  } finally {
    clearTimeout(runTimer);
  }
  options.onProgress?.({ type: "end", results });

  async function runOne(check: Check, base: ReturnType<typeof resultBase>): Promise<CheckResult> {
    if (!claimed.has(check.standard)) {
      return {
        ...base,
        status: "skip",
        skip: { kind: "not-claimed", reason: `${check.standard} is not claimed` },
        durationMs: 0,
      };
    }
    if (selected && !selected.has(check.standard)) {
      return {
        ...base,
        status: "skip",
        skip: { kind: "not-selected", reason: "not selected by --standard" },
        durationMs: 0,
      };
    }
    if (options.replay && options.replay.check !== check.id) {
      return {
        ...base,
        status: "skip",
        skip: { kind: "not-selected", reason: "not the check being replayed" },
        durationMs: 0,
      };
    }
    if (Date.now() >= deadline) {
      return { ...base, status: "error", error: "not run: the run's time limit had passed", durationMs: 0 };
    }
    const started = performance.now();
    const checkAbort = new AbortController();
    setMaxListeners(0, checkAbort.signal);
    const stop = () => checkAbort.abort();
    runAbort.signal.addEventListener("abort", stop, { once: true });
    const { context, record } = createCheckContext(scope, check, checkAbort.signal);
    const limit = Math.min(options.checkTimeLimitMs ?? 120_000, deadline - Date.now());
    let thrown: unknown;
    try {
      const work = (async () => {
        for (const precondition of check.preconditions) {
          if (!(await precondition.holds(context)))
            context.skip(`precondition missing: needs ${precondition.description}`);
        }
        await check.run(context);
      })();
      const finished = await Promise.race([work.then(() => "done" as const), timer(limit, checkAbort.signal)]);
      if (finished === "timeout") {
        checkAbort.abort();
        work.catch(() => {}); // it ends on its own once its requests are aborted
        thrown = new Error(`the check did not finish within ${Math.round(limit)} ms`);
      }
    } catch (error) {
      thrown = error;
    } finally {
      runAbort.signal.removeEventListener("abort", stop);
      checkAbort.abort();
    }
    const durationMs = Math.round(performance.now() - started);
    try {
      return outcomeOf(base, record, thrown, durationMs);
    } catch (error) {
      // Evidence that cannot even be recorded (a pathological body) must not end the run.
      return {
        ...base,
        status: "error",
        error: `the evidence could not be recorded: ${(error as Error).message}`,
        durationMs,
      };
    }
  }

  return {
    baseUrl,
    seed,
    runs,
    startedAt,
    finishedAt: now(),
    tested: declaration.standards.filter((claim) => !selected || selected.has(claim.id)),
    ...(selected ? { selection: [...selected] } : {}),
    ...(options.replay ? { replay: options.replay } : {}),
    results,
  };
}

import type { RecordedExchange } from "../transport/exchange.ts";

/** RFC 2119 keyword of a requirement, and so of the checks that verify it. */
export type Level = "MUST" | "SHOULD" | "MAY";

/**
 * What became of one check. `fail`, `warn` and `info` are the same finding at the check's level (MUST, SHOULD, MAY);
 * `skip` means the check could not apply (not claimed, precondition missing); `error` is a harness or transport
 * fault — the platform was not shown to break the requirement, and not shown to meet it either.
 */
export type CheckStatus = "pass" | "fail" | "warn" | "info" | "skip" | "error";

/** Why a check was skipped. */
export type SkipKind = "not-claimed" | "not-selected" | "precondition-missing";

/** The shrunk failing case of a property or stateful check, with what reproduces it. */
export interface Counterexample {
  /** The property's name within its check. */
  readonly property: string;
  /** The seed fast-check ran the property with (derived from the run's seed and the check). */
  readonly seed: number;
  /** fast-check's path to the shrunk case: with the seed, it replays exactly that case. */
  readonly path: string;
  /** A stateful check's command replay path, when there is one. */
  readonly replayPath?: string;
  /** `--replay` argument that re-runs only this case. */
  readonly replay: string;
  readonly numRuns: number;
  readonly numShrinks: number;
  /** The failing input, redacted. */
  readonly value: unknown;
  /** Whether re-running the shrunk case alone failed again (false: the failure did not reproduce). */
  readonly confirmed: boolean;
}

/** What a failed, warned or errored check shows: expected versus observed, and the exchanges behind it. */
export interface Evidence {
  readonly message: string;
  readonly expected?: unknown;
  readonly observed?: unknown;
  /** The check's last HTTP exchanges, redacted and truncated. */
  readonly exchanges: readonly RecordedExchange[];
  readonly counterexample?: Counterexample;
}

/** The outcome of one check in one run. */
export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly standard: string;
  readonly requirements: readonly string[];
  readonly level: Level;
  readonly status: CheckStatus;
  /** For `skip`: why. */
  readonly skip?: { readonly kind: SkipKind; readonly reason: string };
  /** For `error`: the fault. */
  readonly error?: string;
  readonly evidence?: Evidence;
  /** The properties that held, with their seeds and the cases they ran. */
  readonly properties?: readonly PropertyRecord[];
  readonly durationMs: number;
}

/** A property that held: its seed and how many cases it ran. */
export interface PropertyRecord {
  readonly name: string;
  readonly seed: number;
  readonly numRuns: number;
}

/** The status a finding gets at a level: a broken MUST fails, a SHOULD warns, a MAY informs. */
export function findingStatus(level: Level): "fail" | "warn" | "info" {
  return level === "MUST" ? "fail" : level === "SHOULD" ? "warn" : "info";
}

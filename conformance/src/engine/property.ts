import fc from "fast-check";
import { formatReplay, type ReplayTarget } from "./replay.ts";
import type { Counterexample } from "./result.ts";
import { deriveSeed } from "./seed.ts";

/** Where and how one property runs. */
export interface PropertySpec<T> {
  readonly check: string;
  readonly name: string;
  readonly runSeed: number;
  readonly numRuns: number;
  /** The run's deadline (epoch ms): generation stops there. */
  readonly deadline: number;
  /** Replay exactly one case instead of generating. */
  readonly replay?: ReplayTarget | undefined;
  /** The property, built for a command replay path (stateful checks; ignored by the others). */
  build(replayPath: string | undefined): fc.IAsyncProperty<[T]>;
  /** The failing value as the report shows it. */
  show(value: T): unknown;
  /** A stateful counterexample's command replay path. */
  replayPathOf?(value: T): string | undefined;
}

/** What became of a property: held (with the cases run), or failed with its shrunk, re-checked counterexample. */
export type PropertyOutcome =
  | { readonly held: true; readonly seed: number; readonly numRuns: number }
  | { readonly held: false; readonly counterexample: Counterexample; readonly error: unknown };

/** Ran out of time before the property's cases were all run (and none failed). */
export class PropertyInterrupted extends Error {
  override name = "PropertyInterrupted";
}

/**
 * Runs a property with its own seed (derived from the run's, so checks never shift each other's cases), shrinks a
 * failure to a minimal case, then replays that case alone to confirm it before reporting it.
 */
export async function runProperty<T>(spec: PropertySpec<T>): Promise<PropertyOutcome> {
  const seed = deriveSeed(spec.runSeed, spec.check, spec.name);
  const replay = spec.replay?.property === spec.name && spec.replay.check === spec.check ? spec.replay : undefined;
  const remaining = Math.max(1, spec.deadline - Date.now());
  const details = await fc.check(spec.build(replay?.replayPath), {
    seed,
    numRuns: replay ? 1 : spec.numRuns,
    plugins: [fc.interruptAfterTimeLimit(remaining)],
    ...(replay ? { path: replay.path, endOnFailure: true } : {}),
  });
  if (!details.failed) {
    if (details.interrupted) {
      throw new PropertyInterrupted(
        `property ${spec.name} ran out of time after ${details.numRuns} of ${spec.numRuns} cases`,
      );
    }
    return { held: true, seed, numRuns: details.numRuns };
  }
  const [value] = details.counterexample as [T];
  const path = details.counterexamplePath ?? "";
  const replayPath = spec.replayPathOf?.(value);
  const confirmation = await fc.check(spec.build(replayPath), { seed, path, numRuns: 1, endOnFailure: true });
  const target = { check: spec.check, property: spec.name, path, ...(replayPath ? { replayPath } : {}) };
  return {
    held: false,
    error: confirmation.failed ? confirmation.errorInstance : details.errorInstance,
    counterexample: {
      property: spec.name,
      seed,
      path,
      ...(replayPath ? { replayPath } : {}),
      replay: formatReplay(target),
      numRuns: details.numRuns,
      numShrinks: details.numShrinks,
      value: spec.show(value),
      confirmed: confirmation.failed,
    },
  };
}

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { defineCheck } from "../src/engine/check.ts";
import type { CheckContext } from "../src/engine/context.ts";
import { CheckFailure } from "../src/engine/failure.ts";
import { formatReplay, parseReplay } from "../src/engine/replay.ts";
import { type RunOptions, runChecks } from "../src/engine/runner.ts";
import { deriveSeed } from "../src/engine/seed.ts";
import { catalogue, declarationFor, validator } from "./support.ts";

const run = (checks: RunOptions["checks"], options: Partial<RunOptions> = {}) =>
  runChecks({
    declaration: declarationFor("http://127.0.0.1:9/v1"),
    checks,
    catalogue,
    validator,
    seed: 42,
    runs: 30,
    ...options,
  });

/** A check whose one property records every value it is given and fails for integers of 1000 or more. */
function recording(id: string, seen: number[]) {
  return defineCheck({
    id: `lds-00/${id}`,
    title: id,
    standard: "LDS-00",
    requirements: ["LDS-00-R08"],
    async run(context: CheckContext) {
      await context.property("small", fc.integer({ min: 0, max: 5000 }), (value) => {
        seen.push(value);
        context.expect(value, "the value").toSatisfy((v) => v < 1000, "less than 1000");
        return true;
      });
    },
  });
}

describe("seeds", () => {
  test("each property's seed is derived from the run's and its place, never from its neighbours", () => {
    expect(deriveSeed(42, "lds-00/a", "p")).toBe(deriveSeed(42, "lds-00/a", "p"));
    expect(deriveSeed(42, "lds-00/a", "p")).not.toBe(deriveSeed(42, "lds-00/b", "p"));
    expect(deriveSeed(42, "lds-00/a", "p")).not.toBe(deriveSeed(43, "lds-00/a", "p"));
  });

  test("the same seed generates the same cases; another seed others; a check added before shifts nothing", async () => {
    const first: number[] = [];
    const again: number[] = [];
    const other: number[] = [];
    const shifted: number[] = [];
    await run([recording("a", first)]);
    await run([recording("a", again)]);
    await run([recording("a", other)], { seed: 43 });
    await run([recording("before", []), recording("a", shifted)]);
    expect(again).toEqual(first);
    expect(shifted).toEqual(first);
    expect(other).not.toEqual(first);
  });
});

describe("a failing property", () => {
  test("is shrunk to a minimal case, confirmed, and reported with its seed and replay path", async () => {
    const { results } = await run([recording("a", [])]);
    const [result] = results;
    expect(result?.status).toBe("fail");
    const counterexample = result?.evidence?.counterexample;
    expect(counterexample).toMatchObject({
      property: "small",
      value: 1000,
      confirmed: true,
      seed: deriveSeed(42, "lds-00/a", "small"),
    });
    expect(counterexample?.replay).toBe(`lds-00/a#small@${counterexample?.path}`);
    expect(result?.evidence?.message).toContain(`(replay: ${counterexample?.replay})`);
    expect(result?.evidence).toMatchObject({ expected: "less than 1000", observed: 1000 });
  });

  test("--replay re-runs exactly the failing case, and only its check", async () => {
    const { results } = await run([recording("a", [])]);
    const replay = parseReplay(results[0]!.evidence!.counterexample!.replay)!;
    const seen: number[] = [];
    const replayed = await run([recording("a", seen), recording("b", [])], { replay });
    expect(seen).toEqual([1000, 1000]); // the case, and its confirmation
    expect(replayed.results[0]?.evidence?.counterexample?.value).toBe(1000);
    expect(replayed.results[1]?.skip?.reason).toBe("not the check being replayed");
  });

  test("replay arguments round-trip, including a stateful command path", () => {
    const target = { check: "lds-06/records", property: "sequences", path: "3:1:0", replayPath: "AB/C+=" };
    expect(parseReplay(formatReplay(target))).toEqual(target);
    expect(parseReplay("lds-00/a#small@1:2")).toEqual({ check: "lds-00/a", property: "small", path: "1:2" });
    expect(parseReplay("not a replay")).toBeUndefined();
  });
});

/** A counter that is wrong after its third increment: the model catches it. */
class BuggyCounter {
  value = 0;
  increments = 0;
  increment() {
    this.increments++;
    this.value += this.increments > 3 ? 2 : 1;
  }
}

class Increment implements fc.AsyncCommand<{ value: number }, BuggyCounter> {
  check = () => true;
  async run(model: { value: number }, real: BuggyCounter) {
    model.value++;
    real.increment();
    if (real.value !== model.value) {
      throw new CheckFailure({
        message: "the counter differs from the model",
        expected: model.value,
        observed: real.value,
      });
    }
  }
  toString = () => "increment";
}

class Read implements fc.AsyncCommand<{ value: number }, BuggyCounter> {
  check = () => true;
  async run(model: { value: number }, real: BuggyCounter) {
    if (real.value !== model.value) throw new Error("read differs"); // a harness bug: an error, not a failure
  }
  toString = () => "read";
}

const statefulCheck = defineCheck({
  id: "lds-00/counter",
  title: "counter",
  standard: "LDS-00",
  requirements: ["LDS-00-R20"],
  async run(context) {
    await context.stateful("sequences", {
      commands: [fc.constant(new Increment()), fc.constant(new Read())],
      setup: () => ({ model: { value: 0 }, real: new BuggyCounter() }),
    });
  },
});

describe("a stateful check", () => {
  test("finds the shortest failing sequence and replays it", async () => {
    const { results } = await run([statefulCheck]);
    expect(results[0]?.status).toBe("fail");
    expect(results[0]?.evidence).toMatchObject({ expected: 4, observed: 5 });
    const counterexample = results[0]?.evidence?.counterexample;
    expect(counterexample?.value).toBe("increment,increment,increment,increment");
    expect(counterexample?.replayPath).toBeDefined();
    const replayed = await run([statefulCheck], { replay: parseReplay(counterexample!.replay)! });
    expect(replayed.results[0]?.evidence?.counterexample?.value).toBe("increment,increment,increment,increment");
  });
});

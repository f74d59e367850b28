// The record-access benchmark: requests/s and latency of LDS-06 POST /records/$search on the reference platform,
// against a bare Hono route doing one indexed query on the same database, measured in the same run, alternating.
// Usage: pnpm --filter @lds/bench record-access [--database-url URL] [--connections N] [--duration S] [--warmup S]
//        [--rounds N] [--production]
import { createPlatform, listen, seedSandbox } from "@lds/platform";
import { serveBareRoute } from "./internal/bare-route.ts";
import { grantedRequest, recordAccess } from "./internal/granted-request.ts";
import { type Load, type Measurement, measure, type Target } from "./internal/load.ts";
import { readOptions, usageError, wholeNumber } from "./internal/options.ts";
import { cell, machine, ratio, table, writeResults } from "./internal/results.ts";

const options = readOptions({
  "database-url": { type: "string" },
  connections: { type: "string", default: "10" },
  duration: { type: "string", default: "10" },
  warmup: { type: "string", default: "3" },
  rounds: { type: "string", default: "2" },
  production: { type: "boolean", default: false },
});
const load: Load = {
  connections: wholeNumber("connections", options.connections),
  duration: wholeNumber("duration", options.duration),
};
const warmup = wholeNumber("warmup", options.warmup, 0);
const rounds = wholeNumber("rounds", options.rounds);
const databaseUrl = options["database-url"];
if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl))
  usageError(`--database-url must be a postgres:// URL, not "${databaseUrl}"`);
const environment = options.production ? "production" : "sandbox";

const platform = await createPlatform({ databaseUrl, config: { environment } });
const closing: (() => Promise<void>)[] = [() => platform.close()];
try {
  const granted = await grantedRequest(platform, await seedSandbox(platform));
  const server = await listen(platform, { port: 0 });
  closing.unshift(() => server.close());
  const bare = await serveBareRoute(platform.context.db);
  closing.unshift(() => bare.close());

  const headers = { authorization: `Bearer ${granted.token}`, "content-type": "application/json" };
  const body = JSON.stringify(granted.body);
  const targets: Record<"platform" | "bare", Target> = {
    platform: { url: `${server.baseUrl}/records/$search`, method: "POST", headers, body },
    bare: { url: bare.url, method: "POST", headers, body },
  };
  // Both answer the request with the same record: the bare route is a baseline for the same work's core.
  const released = (await (await recordAccess(platform, granted.token, granted.body)).json()) as { record?: unknown };
  const baseline = await fetch(bare.url, { method: "POST", headers, body });
  if (baseline.status !== 200) throw new Error(`the bare route answered ${baseline.status}`);
  await baseline.body?.cancel();
  if (released.record === undefined) throw new Error("the granted request released no record");

  console.log(
    `record access: LDS-06 POST /records/$search on ${platform.context.db.engine} (${environment}) vs a bare Hono ` +
      `route with one indexed query; ${load.connections} connections, ${rounds} × ${load.duration} s each, ` +
      `alternating, after ${warmup} s warm-up each`,
  );
  console.log(`request: ${granted.organisationId} asks for ${body}`);
  if (warmup > 0) {
    await measure(targets.platform, { ...load, duration: warmup });
    await measure(targets.bare, { ...load, duration: warmup });
  }
  const runs: { round: number; target: "platform" | "bare"; measurement: Measurement }[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const target of ["platform", "bare"] as const) {
      const measurement = await measure(targets[target], load);
      runs.push({ round, target, measurement });
      console.log(
        `  round ${round} ${target.padEnd(8)} ${measurement.requestsPerSecond.toFixed(1)} requests/s, ` +
          `p50 ${measurement.p50} ms, p99 ${measurement.p99} ms`,
      );
    }
  }

  const mean = (target: "platform" | "bare", key: "requestsPerSecond" | "p50" | "p99") => {
    const values = runs.filter((run) => run.target === target).map((run) => run.measurement[key]);
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  const summary = {
    platform: {
      requestsPerSecond: mean("platform", "requestsPerSecond"),
      p50: mean("platform", "p50"),
      p99: mean("platform", "p99"),
    },
    bare: { requestsPerSecond: mean("bare", "requestsPerSecond"), p50: mean("bare", "p50"), p99: mean("bare", "p99") },
  };
  const ratios = {
    requestsPerSecond: ratio(summary.platform.requestsPerSecond, summary.bare.requestsPerSecond),
    p50: ratio(summary.platform.p50, summary.bare.p50),
    p99: ratio(summary.platform.p99, summary.bare.p99),
  };
  console.log(
    `\n${table([
      ["", "requests/s", "p50 ms", "p99 ms"],
      [
        "platform",
        cell(summary.platform.requestsPerSecond, 1),
        cell(summary.platform.p50, 1),
        cell(summary.platform.p99, 1),
      ],
      ["bare", cell(summary.bare.requestsPerSecond, 1), cell(summary.bare.p50, 1), cell(summary.bare.p99, 1)],
      ["platform/bare", cell(ratios.requestsPerSecond, 3), cell(ratios.p50, 2), cell(ratios.p99, 2)],
    ])}`,
  );
  const failed = runs.filter((run) => run.measurement.non2xx > 0 || run.measurement.errors > 0);
  for (const run of failed) {
    console.error(
      `round ${run.round} ${run.target}: ${run.measurement.non2xx} non-2xx responses and ${run.measurement.errors} ` +
        "errors: its figures measure something else",
    );
  }
  const path = writeResults("record-access", {
    at: new Date().toISOString(),
    engine: platform.context.db.engine,
    environment,
    load,
    warmup,
    rounds,
    request: { organisation: granted.organisationId, body: granted.body },
    runs,
    summary,
    ratios,
  });
  const { cpus, loadAverage } = machine();
  console.log(`\nwrote ${path} (load average ${loadAverage.join(", ")} on ${cpus} CPUs)`);
  if (failed.length) process.exitCode = 1;
} finally {
  for (const close of closing) await close();
}

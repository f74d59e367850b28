// The conformance benchmark: a full default run of the suite against the embedded reference platform (checks/s,
// requests/s), then the same requests replayed with plain fetch at the same concurrency against the same platform;
// the ratio is the harness's own overhead. A serial replay beside it separates the harness's work from its
// concurrency. Usage: pnpm --filter @lds/bench conformance [--seed N] [--runs N] [--concurrency N]
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { type PublicJwk, runConformance, startEmbeddedPlatform, suiteChecks, thumbprint } from "@lds/conformance";
import { readOptions, wholeNumber } from "./internal/options.ts";
import { recordingFetch } from "./internal/recording-fetch.ts";
import { replay } from "./internal/replay.ts";
import { cell, machine, ratio, table, writeResults } from "./internal/results.ts";

const options = readOptions({
  seed: { type: "string" },
  runs: { type: "string" },
  concurrency: { type: "string", default: "4" },
});
const seed = options.seed === undefined ? undefined : wholeNumber("seed", options.seed, 0);
const runs = options.runs === undefined ? undefined : wholeNumber("runs", options.runs);
const concurrency = wholeNumber("concurrency", options.concurrency);

/** A throwaway report signing key: the benchmark's reports are never kept. */
function signingKey() {
  const { privateKey } = generateKeyPairSync("ed25519");
  const { x } = createPublicKey(privateKey).export({ format: "jwk" }) as { x: string };
  const publicJwk: PublicJwk = { kty: "OKP", crv: "Ed25519", x };
  return { privateKey, publicJwk, kid: thumbprint(publicJwk) };
}

const embedded = await startEmbeddedPlatform();
try {
  console.log(
    `conformance: the suite's ${suiteChecks.length} checks against the embedded platform (${embedded.platform.context.db.engine}), ` +
      `${concurrency} requests in flight at most, then the same requests replayed with plain fetch`,
  );
  const recording = recordingFetch();
  const started = performance.now();
  const report = await runConformance({
    declaration: embedded.declaration,
    embedded: true,
    signingKey: signingKey(),
    transport: { concurrency, fetch: recording.fetch },
    ...(seed === undefined ? {} : { seed }),
    ...(runs === undefined ? {} : { runs }),
  });
  const runMs = performance.now() - started;
  const requests = [...recording.sent];
  const ran = report.checks.filter((check) => check.status !== "skip").length;
  console.log(
    `  run: ${ran} checks ran (${Object.entries(report.summary)
      .filter(([, count]) => count > 0)
      .map(([status, count]) => `${count} ${status}`)
      .join(", ")}), verdict ${report.verdict}, seed ${report.run.seed}, ${report.run.runs} runs per property; ` +
      `${requests.length} requests in ${(runMs / 1000).toFixed(1)} s`,
  );
  const raw = await replay(requests, concurrency);
  const serial = await replay(requests, 1);
  for (const [name, replayed] of [
    [`replay at ${concurrency}`, raw],
    ["replay at 1", serial],
  ] as const) {
    console.log(
      `  ${name}: ${requests.length} requests in ${(replayed.wallMs / 1000).toFixed(1)} s; responses ` +
        JSON.stringify(replayed.statuses),
    );
  }

  const perSecond = (ms: number) => requests.length / (ms / 1000);
  const figures = {
    checksPerSecond: ran / (runMs / 1000),
    harnessRequestsPerSecond: perSecond(runMs),
    rawRequestsPerSecond: perSecond(raw.wallMs),
    serialRequestsPerSecond: perSecond(serial.wallMs),
    /** The run's request rate as a share of the raw rate at the same concurrency: 1 is a harness that costs nothing. */
    throughputRatio: ratio(perSecond(runMs), perSecond(raw.wallMs)),
    /** The same against the serial replay: what is left is the harness's own work, not its concurrency. */
    serialThroughputRatio: ratio(perSecond(runMs), perSecond(serial.wallMs)),
    /** The share of the run's wall time with at least one request waiting for the platform. */
    waitingShare: recording.waitingMs() / runMs,
    /** The mean number of requests in flight over the run. */
    meanInFlight: recording.inFlightMs() / runMs,
  };
  console.log(
    `\n${table([
      ["", "checks/s", "requests/s", "wall s", "run/this"],
      [
        "suite run",
        cell(figures.checksPerSecond, 2),
        cell(figures.harnessRequestsPerSecond, 1),
        cell(runMs / 1000, 1),
        "",
      ],
      [
        `raw replay at ${concurrency}`,
        "",
        cell(figures.rawRequestsPerSecond, 1),
        cell(raw.wallMs / 1000, 1),
        cell(figures.throughputRatio, 3),
      ],
      [
        "raw replay at 1",
        "",
        cell(figures.serialRequestsPerSecond, 1),
        cell(serial.wallMs / 1000, 1),
        cell(figures.serialThroughputRatio, 3),
      ],
    ])}`,
  );
  console.log(
    `\nthe run had a request waiting on the platform for ${(figures.waitingShare * 100).toFixed(0)}% of its wall ` +
      `time, ${figures.meanInFlight.toFixed(2)} in flight on average (at most ${recording.maxInFlight()})`,
  );
  const methods: Record<string, number> = {};
  for (const request of requests) methods[request.method] = (methods[request.method] ?? 0) + 1;
  const path = writeResults("conformance", {
    at: new Date().toISOString(),
    engine: embedded.platform.context.db.engine,
    concurrency,
    checks: { total: report.checks.length, ran, summary: report.summary, verdict: report.verdict },
    seed: report.run.seed,
    runs: report.run.runs,
    requests: { count: requests.length, methods, maxInFlight: recording.maxInFlight() },
    run: { wallMs: runMs, waitingMs: recording.waitingMs() },
    replay: { [concurrency]: raw, 1: serial },
    figures,
  });
  const { cpus, loadAverage } = machine();
  console.log(`\nwrote ${path} (load average ${loadAverage.join(", ")} on ${cpus} CPUs)`);
} finally {
  await embedded.close();
}

import { wellFormed } from "@lds/canonical-json";
import type { Catalogue } from "@lds/catalogue";
import type { SupplierDeclaration } from "@lds/types/conformance";
import { formatReplay } from "../engine/replay.ts";
import type { CheckResult } from "../engine/result.ts";
import type { RunOutcome } from "../engine/runner.ts";
import type { RecordedExchange } from "../transport/exchange.ts";
import { declarationDigest, standardsDigest } from "./digest.ts";
import type { SuiteInfo } from "./suite-info.ts";
import { REPORT_SCHEMA_ID, type ReportCheck, type ReportExchange, type UnsignedReport } from "./types.ts";
import { coverageOf, judgeLevels, judgeRequirements, overallVerdict, summarise } from "./verdicts.ts";

export interface ReportInput {
  readonly outcome: RunOutcome;
  readonly declaration: SupplierDeclaration;
  readonly catalogue: Catalogue;
  readonly suite: SuiteInfo;
  /** Whether the target was the embedded reference platform (no `--target`). */
  readonly embedded: boolean;
}

const exchange = (recorded: RecordedExchange): ReportExchange => ({
  request: recorded.request,
  ...(recorded.response
    ? {
        response: {
          status: recorded.response.status,
          headers: recorded.response.headers,
          bytes: recorded.response.bytes,
          ...(recorded.response.jsonError === undefined ? {} : { json_error: recorded.response.jsonError }),
          ...(recorded.response.body === undefined ? {} : { body: recorded.response.body }),
        },
      }
    : {}),
  ...(recorded.fault ? { fault: recorded.fault } : {}),
  attempt: recorded.attempt,
  duration_ms: recorded.durationMs,
});

/** One check's result in the report's words. */
export function reportCheck(result: CheckResult): ReportCheck {
  const { evidence } = result;
  const counterexample = evidence?.counterexample;
  return {
    id: result.id,
    title: result.title,
    standard: result.standard,
    requirements: result.requirements,
    level: result.level,
    status: result.status,
    duration_ms: result.durationMs,
    ...(result.skip ? { skip: result.skip } : {}),
    ...(result.error ? { error: result.error } : {}),
    ...(evidence
      ? {
          evidence: {
            message: evidence.message,
            ...(evidence.expected === undefined ? {} : { expected: evidence.expected }),
            ...(evidence.observed === undefined ? {} : { observed: evidence.observed }),
            exchanges: evidence.exchanges.map(exchange),
            ...(counterexample
              ? {
                  counterexample: {
                    property: counterexample.property,
                    seed: counterexample.seed,
                    path: counterexample.path,
                    ...(counterexample.replayPath ? { replay_path: counterexample.replayPath } : {}),
                    replay: counterexample.replay,
                    num_runs: counterexample.numRuns,
                    num_shrinks: counterexample.numShrinks,
                    ...(counterexample.value === undefined ? {} : { value: counterexample.value }),
                    confirmed: counterexample.confirmed,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(result.properties?.length
      ? { properties: result.properties.map((p) => ({ name: p.name, seed: p.seed, num_runs: p.numRuns })) }
      : {}),
  };
}

/**
 * report.json's content (unsigned): what ran against what, every check's result, and the verdicts derived from
 * them. Round-tripped through JSON so that what is signed is exactly what is written.
 */
export function buildReport(input: ReportInput): UnsignedReport {
  const { outcome, declaration, catalogue, suite } = input;
  const tested = new Set(outcome.tested.map((claim) => claim.id));
  const claimedStandard = (id: string, version: string) =>
    catalogue.standards.find((standard) => standard.id === id && standard.manifest.version === version);
  const checks = outcome.results.map(reportCheck);
  const requirements = judgeRequirements(
    outcome.tested.flatMap(
      (claim) =>
        claimedStandard(claim.id, claim.version)
          ?.requirements.filter((requirement) => requirement.status !== "withdrawn")
          .map((requirement) => ({
            id: requirement.id,
            standard: claim.id,
            level: requirement.level,
            title: requirement.title,
          })) ?? [],
    ),
    checks,
  );
  const levelNumbers = [...new Set(catalogue.standards.map((standard) => standard.manifest.conformance_level))];
  const { levels, reached } = judgeLevels(
    levelNumbers.map((level) => ({
      level,
      standards: [
        ...new Set(
          catalogue.standards
            .filter((standard) => standard.manifest.conformance_level === level)
            .map((standard) => standard.id),
        ),
      ].sort(),
    })),
    requirements,
  );
  const report: UnsignedReport = {
    $schema: REPORT_SCHEMA_ID,
    suite: { ...suite, standards_digest: standardsDigest(catalogue.root) },
    standards: declaration.standards.map((claim) => {
      const standard = claimedStandard(claim.id, claim.version);
      return {
        id: claim.id,
        version: claim.version,
        title: standard?.manifest.title ?? claim.id,
        conformance_level: standard?.manifest.conformance_level ?? 0,
        tested: tested.has(claim.id),
      };
    }),
    declaration: {
      digest: declarationDigest(declaration),
      ...(declaration.supplier ? { supplier: declaration.supplier } : {}),
      ...(declaration.platform ? { platform: declaration.platform } : {}),
      clients: Object.keys(declaration.clients).sort(),
    },
    target: { base_url: outcome.baseUrl, embedded: input.embedded },
    run: {
      seed: outcome.seed,
      runs: outcome.runs,
      started_at: outcome.startedAt.toISOString(),
      finished_at: outcome.finishedAt.toISOString(),
      duration_ms: outcome.finishedAt.getTime() - outcome.startedAt.getTime(),
      ...(outcome.selection ? { selection: outcome.selection } : {}),
      ...(outcome.replay ? { replay: formatReplay(outcome.replay) } : {}),
    },
    checks,
    requirements,
    coverage: coverageOf(requirements),
    summary: summarise(checks),
    levels,
    conformance_level: reached,
    verdict: overallVerdict(requirements),
  };
  // Plain JSON, its text well-formed: evidence quotes platforms and generated cases, and must still sign (RFC 8785).
  return JSON.parse(JSON.stringify(report), (_, value) =>
    typeof value === "string" ? wellFormed(value) : value,
  ) as UnsignedReport;
}

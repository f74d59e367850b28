import { isDeepStrictEqual } from "node:util";
import type { Validator } from "@lds/validate";
import { renderReport } from "./render.ts";
import { signatureHolds } from "./signature.ts";
import { type PublicJwk, thumbprint } from "./signing-key.ts";
import { type ConformanceReport, REPORT_SCHEMA_ID, type UnsignedReport } from "./types.ts";
import { coverageOf, judgeLevels, judgeRequirements, overallVerdict, summarise } from "./verdicts.ts";

/** The outcome of verifying a report file. */
export type Verification =
  | {
      readonly valid: true;
      readonly kid: string;
      readonly verdict: ConformanceReport["verdict"];
      readonly conformanceLevel: number;
    }
  | { readonly valid: false; readonly reason: string };

const invalid = (reason: string): Verification => ({ valid: false, reason });

/** The derived parts of a report that do not match what its check results give, by name. */
export function recomputationMismatches(report: UnsignedReport): string[] {
  const requirements = judgeRequirements(
    report.requirements.map(({ id, standard, level, title }) => ({ id, standard, level, title })),
    report.checks,
  );
  const { levels, reached } = judgeLevels(
    report.levels.map(({ level, standards }) => ({ level, standards })),
    requirements,
  );
  const expected: Record<string, unknown> = {
    requirements,
    coverage: coverageOf(requirements),
    summary: summarise(report.checks),
    levels,
    conformance_level: reached,
    verdict: overallVerdict(requirements),
  };
  return Object.entries(expected)
    .filter(([key, value]) => !isDeepStrictEqual(JSON.parse(JSON.stringify(value)), (report as never)[key]))
    .map(([key]) => key);
}

/**
 * Verifies a report file: it is exactly the suite's rendering of its content (so any changed byte fails), it
 * matches the published report schema, its signature holds over the canonical JSON without the signature (by
 * `publicKey` when given, else by the key it embeds), and its verdicts follow from its check results.
 */
export function verifyReport(text: string, validator: Validator, publicKey?: PublicJwk): Verification {
  let report: ConformanceReport;
  try {
    report = JSON.parse(text) as ConformanceReport;
  } catch (error) {
    return invalid(`not JSON: ${(error as Error).message}`);
  }
  if (renderReport(report) !== text) {
    return invalid("the file is not exactly the report's own rendering: it has been edited");
  }
  const errors = validator.validate(REPORT_SCHEMA_ID, report);
  if (errors.length) {
    const [first] = errors;
    return invalid(`not a conformance report: ${first?.code} at "${first?.pointer}": ${first?.message}`);
  }
  const { signature, ...unsigned } = report;
  if (!signature) return invalid("the report is not signed");
  if (thumbprint(signature.jwk) !== signature.kid) return invalid("the key id is not the embedded key's thumbprint");
  if (publicKey && thumbprint(publicKey) !== signature.kid) {
    return invalid(`signed by key ${signature.kid}, not by the given public key ${thumbprint(publicKey)}`);
  }
  if (!signatureHolds(unsigned, signature.jwk, signature.value)) {
    return invalid("the signature does not match the report's content");
  }
  const mismatches = recomputationMismatches(unsigned);
  if (mismatches.length) {
    return invalid(`the report's ${mismatches.join(", ")} do not follow from its check results`);
  }
  return { valid: true, kid: signature.kid, verdict: report.verdict, conformanceLevel: report.conformance_level };
}

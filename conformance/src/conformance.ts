import { type Catalogue, loadCatalogue } from "@lds/catalogue";
import type { SupplierDeclaration } from "@lds/types/conformance";
import { createValidator, type Validator } from "@lds/validate";
import type { Check } from "./engine/check.ts";
import { type RunOptions, runChecks } from "./engine/runner.ts";
import { buildReport } from "./report/build.ts";
import { signReport } from "./report/signature.ts";
import type { SigningKey } from "./report/signing-key.ts";
import { suiteInfo } from "./report/suite-info.ts";
import type { ConformanceReport } from "./report/types.ts";
import { suiteChecks } from "./suites/index.ts";

export interface ConformanceOptions extends Omit<RunOptions, "declaration" | "checks" | "catalogue" | "validator"> {
  readonly declaration: SupplierDeclaration;
  /** Whether the target is the embedded reference platform. */
  readonly embedded?: boolean;
  readonly signingKey: SigningKey;
  /** The checks to run (default: the whole suite). */
  readonly checks?: readonly Check[];
  readonly catalogue?: Catalogue;
  readonly validator?: Validator;
}

/** Runs the suite against a platform and returns the signed report. */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const validator = options.validator ?? createValidator(options.catalogue ?? loadCatalogue());
  const catalogue = validator.catalogue;
  const outcome = await runChecks({
    ...options,
    checks: options.checks ?? suiteChecks,
    catalogue,
    validator,
  });
  const report = buildReport({
    outcome,
    declaration: options.declaration,
    catalogue,
    suite: suiteInfo(),
    embedded: options.embedded ?? false,
  });
  return signReport(report, options.signingKey);
}

/** The exit code of a run: 0 when every tested MUST requirement passed, 1 otherwise. */
export const exitCodeOf = (report: ConformanceReport) => (report.verdict === "pass" ? 0 : 1);

import { relative } from "node:path";
import type { Catalogue } from "@lds/catalogue";
import type { Validator } from "@lds/validate";
import type { LintFinding } from "../finding.ts";

/** What every rule reads, and how it reports. */
export interface LintContext {
  readonly catalogue: Catalogue;
  readonly validator: Validator;
  report(rule: string, path: string, message: string): void;
}

export function createContext(validator: Validator, findings: LintFinding[]): LintContext {
  const { catalogue } = validator;
  return {
    catalogue,
    validator,
    report: (rule, path, message) => findings.push({ rule, file: relative(catalogue.root, path), message }),
  };
}

/** Reports each error of validating a file against one of the meta-schemas. */
export function checkAgainstMeta(context: LintContext, rule: string, path: string, meta: string, document: unknown) {
  for (const error of context.validator.validate(meta, document)) {
    context.report(rule, path, `${error.pointer || "/"} ${error.code}: ${error.message}`);
  }
}

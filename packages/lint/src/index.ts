export type { LintFinding } from "./finding.ts";
export { lintStandards } from "./lint.ts";

import { join } from "node:path";
import { checkAgainstMeta, type LintContext } from "../internal/context.ts";

/** The personas file, when present, matches its meta-schema (which checks every identifier it carries). */
export function lintPersonas(context: LintContext): void {
  const { catalogue } = context;
  if (!catalogue.personas) return;
  checkAgainstMeta(
    context,
    "personas-valid",
    join(catalogue.root, "personas", "personas.yaml"),
    "meta/personas",
    catalogue.personas,
  );
}

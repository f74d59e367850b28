// Builds an IdentifierRule from a rule's own check. The wrapper does what every rule shares: refuse
// non-strings (for JavaScript callers) and values of nothing but separators, compute the form
// LDS-01-R02 gives (normalise.ts), and turn what the check finds wrong with that form into exactly
// one issue coded `invalid-<name>` (LDS-01-R14), its message naming every problem found.
import type { IdentifierName } from "./identifier-name.ts";
import type { IdentifierIssue, IdentifierResult } from "./identifier-result.ts";
import type { IdentifierRule } from "./identifier-rule.ts";
import { canonicalForm, isBlank } from "./normalise.ts";

export type RuleDefinition = {
  name: IdentifierName;
  system: string;
  title: string;
  sources: readonly string[];
  /** What is wrong with the form LDS-01-R02 gives: nothing when it satisfies the rule. */
  problems(form: string): readonly string[];
  /** Observations on a valid canonical form that do not affect validity. */
  warnings?(canonical: string): IdentifierIssue[];
};

export function defineRule(definition: RuleDefinition): IdentifierRule {
  const { name, system, title, sources, problems, warnings } = definition;
  const code = `invalid-${name}`;
  const invalid = (message: string): IdentifierResult => ({ valid: false, errors: [{ code, message }] });
  return {
    name,
    system,
    title,
    sources,
    validate(value: string): IdentifierResult {
      if (typeof value !== "string") return invalid(`${title} must be a string`);
      if (isBlank(name, value)) return invalid(`${title} is empty`);
      const canonical = canonicalForm(name, value);
      const found = problems(canonical);
      if (found.length > 0) return invalid(found.join("; "));
      const observed = warnings?.(canonical) ?? [];
      return observed.length === 0
        ? { valid: true, canonical, errors: [] }
        : { valid: true, canonical, errors: [], warnings: observed };
    },
  };
}

// Builds an IdentifierRule from a check over the trimmed input. The wrapper does what every rule
// shares: refuse non-strings (for JavaScript callers), trim outer whitespace, refuse the empty
// string, and turn the check's problem messages into issues coded `invalid-<name>`.
import type { IdentifierName } from "./identifier-name.ts";
import type { IdentifierIssue, IdentifierResult } from "./identifier-result.ts";
import type { IdentifierRule } from "./identifier-rule.ts";

/** What a check finds: the canonical form (and any warnings), or what is wrong. */
export type CheckOutcome = { canonical: string; warnings?: IdentifierIssue[] } | { problems: string[] };

export type RuleDefinition = {
  name: IdentifierName;
  system: string;
  title: string;
  sources: readonly string[];
  /** Checks a value that is a non-empty string without outer whitespace. */
  check(trimmed: string): CheckOutcome;
};

export function defineRule(definition: RuleDefinition): IdentifierRule {
  const { name, system, title, sources, check } = definition;
  const code = `invalid-${name}`;
  const invalid = (messages: readonly string[]): IdentifierResult => ({
    valid: false,
    errors: messages.map((message) => ({ code, message })),
  });
  return {
    name,
    system,
    title,
    sources,
    validate(value: string): IdentifierResult {
      if (typeof value !== "string") return invalid([`${title} must be a string`]);
      const trimmed = value.trim();
      if (trimmed === "") return invalid([`${title} is empty`]);
      const outcome = check(trimmed);
      if ("problems" in outcome) return invalid(outcome.problems);
      const { canonical, warnings } = outcome;
      return warnings === undefined || warnings.length === 0
        ? { valid: true, canonical, errors: [] }
        : { valid: true, canonical, errors: [], warnings };
    },
  };
}

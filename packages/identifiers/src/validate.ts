// Validation and canonicalisation by identifier name.
import { type IdentifierName, isIdentifierName } from "./identifier-name.ts";
import type { IdentifierResult } from "./identifier-result.ts";
import type { IdentifierRule } from "./identifier-rule.ts";
import { InvalidIdentifierError } from "./invalid-identifier-error.ts";
import { identifierRules } from "./rules.ts";

function ruleFor(name: IdentifierName): IdentifierRule {
  if (!isIdentifierName(name)) throw new TypeError(`unknown identifier name: ${String(name)}`);
  return identifierRules[name];
}

/** Validates `value` as the identifier `name`. Never throws for a bad value; throws a TypeError for an unknown name. */
export function validate(name: IdentifierName, value: string): IdentifierResult {
  return ruleFor(name).validate(value);
}

/** The canonical form of `value` as the identifier `name`; throws InvalidIdentifierError when it is not valid. */
export function canonicalise(name: IdentifierName, value: string): string {
  const result = ruleFor(name).validate(value);
  if (!result.valid) throw new InvalidIdentifierError(name, result.errors);
  return result.canonical;
}

// The error canonicalise() throws for a value that is not a valid identifier.
import type { IdentifierName } from "./identifier-name.ts";
import type { IdentifierIssue } from "./identifier-result.ts";

export class InvalidIdentifierError extends Error {
  override readonly name = "InvalidIdentifierError";
  readonly identifier: IdentifierName;
  readonly issues: readonly IdentifierIssue[];

  constructor(identifier: IdentifierName, issues: readonly IdentifierIssue[]) {
    super(`invalid ${identifier}: ${issues.map((issue) => issue.message).join("; ")}`);
    this.identifier = identifier;
    this.issues = issues;
  }
}

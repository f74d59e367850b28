// The LDS-01 validation result of one identifier (validation-result.schema.json): what `POST /identifiers/$validate`
// returns per item and `lds identifier` prints per value. `canonical` only when valid; `warnings` only when any.
import type { IdentifierIssue, IdentifierResult } from "./identifier-result.ts";

export interface ValidationResult {
  readonly system: string;
  readonly value: string;
  readonly valid: boolean;
  readonly canonical?: string;
  readonly errors: readonly IdentifierIssue[];
  readonly warnings?: readonly IdentifierIssue[];
}

/** An identifier rule's result as an LDS-01 validation result, echoing the system and value as given. */
export function validationResult(system: string, value: string, result: IdentifierResult): ValidationResult {
  return {
    system,
    value,
    valid: result.valid,
    ...(result.valid ? { canonical: result.canonical } : {}),
    errors: result.errors,
    ...(result.warnings?.length ? { warnings: result.warnings } : {}),
  };
}

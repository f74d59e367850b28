// One identifier system: its LDS name, the `system` URI of LDS-01 identifier objects, and how a
// value is validated and canonicalised.
import type { IdentifierName } from "./identifier-name.ts";
import type { IdentifierResult } from "./identifier-result.ts";

export type IdentifierRule = {
  /** The LDS name, also the JSON Schema `format` of the identifier. */
  readonly name: IdentifierName;
  /** The `system` URI of an LDS-01 identifier object holding this kind of value. */
  readonly system: string;
  /** A human-readable name, e.g. "NHS number". */
  readonly title: string;
  /** Validates a value and, when valid, gives its canonical form. Never throws. */
  validate(value: string): IdentifierResult;
  /** The published sources the rule implements (URLs). */
  readonly sources: readonly string[];
};

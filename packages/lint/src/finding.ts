/** One way a standard breaks an authoring rule. */
export interface LintFinding {
  /** The rule broken, e.g. `schema-has-id`. */
  readonly rule: string;
  /** The file at fault, relative to the standards folder. */
  readonly file: string;
  readonly message: string;
}

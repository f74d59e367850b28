/** One thing wrong with a declaration: where (a JSON pointer) and what. */
export interface DeclarationProblem {
  readonly pointer: string;
  readonly message: string;
}

/** A declaration that cannot be used, with everything wrong with it (not just the first fault). */
export class DeclarationError extends Error {
  override name = "DeclarationError";
  readonly source: string;
  readonly problems: readonly DeclarationProblem[];
  constructor(source: string, problems: readonly DeclarationProblem[]) {
    const listed = problems.map((problem) => `${problem.pointer || "/"}: ${problem.message}`).join("; ");
    super(
      `${source} is not a usable declaration (${problems.length} problem${problems.length === 1 ? "" : "s"}): ${listed}`,
    );
    this.source = source;
    this.problems = problems;
  }
}

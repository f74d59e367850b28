/** An arrange step the platform refused: the LDS problem it answered with, as a test failure to read. */
export class ArrangeError extends Error {
  override name = "ArrangeError";
  readonly status: number;
  /** The problem details the platform answered with (LDS-00). */
  readonly problem: unknown;

  constructor(step: string, status: number, problem: unknown) {
    const detail = (problem as { code?: string; detail?: string } | undefined) ?? {};
    super(
      `${step}: the platform answered ${status}${detail.code ? ` ${detail.code}` : ""}${detail.detail ? ` (${detail.detail})` : ""}`,
    );
    this.status = status;
    this.problem = problem;
  }
}

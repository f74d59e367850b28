import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { CheckContext } from "../../engine/context.ts";
import type { HttpResponse } from "../../transport/exchange.ts";
import { expectProblem } from "../lds-00/problem.ts";

/** One item of a problem's `errors` (LDS-00), as far as checks compare them. */
export interface ProblemError {
  readonly pointer: string;
  readonly code: string;
  readonly message?: string;
}

/** The `errors` of a problem response (none when it has none). */
export const reportedErrors = (response: HttpResponse): ProblemError[] =>
  ((response.json as { errors?: ProblemError[] } | undefined)?.errors ?? []).filter(
    (error) => error && typeof error === "object",
  );

const shown = (error: ProblemError) => `{pointer: "${error.pointer}", code: "${error.code}"}`;

/** Asserts a response is the LDS problem with this status and code, and that its errors include each expected one. */
export function expectProblemErrors(
  context: CheckContext,
  response: HttpResponse,
  status: number,
  code: string,
  expected: readonly ProblemError[],
  what: string,
) {
  expectProblem(context, response, status, code, what);
  const reported = reportedErrors(response);
  for (const error of expected) {
    context
      .expect(reported, `errors of ${what}`)
      .toSatisfy(
        (errors) => errors.some((candidate) => candidate.pointer === error.pointer && candidate.code === error.code),
        `to include ${shown(error)}`,
      );
  }
}

/**
 * The errors the LDS validators report for the version a status change would create (agreement.schema.json applies
 * the complete terms to active and suspended versions), under /terms: what `agreement-incomplete` must include
 * (LDS-05-R11).
 */
export function incompletenessOf(
  context: CheckContext,
  latest: DataSharingAgreementVersion,
  status: DataSharingAgreementVersion["status"],
  changeSummary: string,
): ProblemError[] {
  const wouldBe = {
    ...latest,
    version: latest.version + 1,
    status,
    change_type: "status-changed",
    change_summary: changeSummary,
  };
  return context.validator
    .validate("lds-05/agreement", wouldBe)
    .filter((error) => error.pointer.startsWith("/terms"))
    .map(({ pointer, code }) => ({ pointer, code }));
}

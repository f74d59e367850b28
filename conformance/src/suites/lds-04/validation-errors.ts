import type { CheckContext } from "../../engine/context.ts";
import type { HttpResponse } from "../../transport/exchange.ts";
import { expectProblem } from "../lds-00/problem.ts";

/** Asserts 422 `validation-failed` listing every error an invalid example names (its code, and its pointer if named). */
export function expectValidationErrors(
  context: CheckContext,
  response: HttpResponse,
  errors: readonly { pointer?: string; code: string }[],
  what: string,
) {
  expectProblem(context, response, 422, "validation-failed", what);
  const reported = (response.json as { errors?: { pointer?: string; code?: string }[] }).errors ?? [];
  for (const error of errors) {
    context
      .expect(reported, `errors of ${what}`)
      .toSatisfy(
        (list) =>
          list.some(
            (item) => (error.pointer === undefined || item.pointer === error.pointer) && item.code === error.code,
          ),
        `to include {${error.pointer === undefined ? "" : `pointer: "${error.pointer}", `}code: "${error.code}"}`,
      );
  }
}

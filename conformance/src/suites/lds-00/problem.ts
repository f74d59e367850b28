import type { CheckContext } from "../../engine/context.ts";
import type { HttpResponse } from "../../transport/exchange.ts";

/** The base of every LDS problem type URI. */
export const PROBLEM_BASE = "https://standards.lds.example/problems/";

/** Asserts a response is an LDS problem (LDS-00-R06) with the given status and code. */
export function expectProblem(
  context: CheckContext,
  response: HttpResponse,
  status: number,
  code: string,
  what: string,
) {
  context.expect(response.status, `status of ${what}`).toBe(status);
  context.expect(response.mediaType, `media type of ${what}`).toBe("application/problem+json");
  context.expect(response.json, `body of ${what}`).toBeValid("lds-00/problem");
  const problem = response.json as { status: number; code: string; type: string };
  context.expect(problem.status, `problem status of ${what}`).toBe(response.status);
  context.expect(problem.type, `problem type of ${what}`).toBe(`${PROBLEM_BASE}${problem.code}`);
  context.expect(problem.code, `problem code of ${what}`).toBe(code);
}

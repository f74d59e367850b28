import { defineFaux, pathOf, withJson } from "../faux.ts";
import { TRANSITIONS, VERSIONS } from "./agreement-paths.ts";

interface ErrorItem {
  readonly pointer?: string;
  readonly code?: string;
}

const missingApproval = (error: ErrorItem) => error.pointer === "/terms/approvals" && error.code === "required";

/**
 * Stops at the first controller party without an approval: `agreement-incomplete` names one missing approval where
 * LDS-05 wants one error for each controller that has not approved.
 */
export const reportsOneMissingApproval = defineFaux({
  name: "reports-one-missing-approval",
  breaks: "LDS-05-R14",
  description: "lists only the first controller party without an approval in agreement-incomplete",
  wrap: (fetch) => async (request) => {
    const path = pathOf(request);
    if (request.method !== "POST" || !(TRANSITIONS.test(path) || VERSIONS.test(path))) return fetch(request);
    const response = await fetch(request);
    if (response.status !== 422) return response;
    return withJson(response, (body) => {
      const problem = body as { code?: string; errors?: ErrorItem[] };
      if (problem.code !== "agreement-incomplete" || !problem.errors) return problem;
      const first = problem.errors.findIndex(missingApproval);
      return {
        ...problem,
        errors: problem.errors.filter((error, index) => !missingApproval(error) || index === first),
      };
    });
  },
});

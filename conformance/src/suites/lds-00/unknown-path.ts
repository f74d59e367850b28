import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "./problem.ts";

/** Paths under the base URL that no operation has: a 404 problem whose status is the HTTP status (R06, R13). */
export const unknownPath = defineCheck({
  id: "lds-00/unknown-path",
  title: "An unknown path is a 404 not-found problem",
  standard: "LDS-00",
  requirements: ["LDS-00-R06", "LDS-00-R13"],
  async run(context) {
    const suffixes = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,23}$/);
    await context.property(
      "unknown-paths",
      suffixes,
      async (suffix) => {
        const path = `/lds-conformance-no-such-path-${suffix}`;
        const { response } = await context.http.request({ path });
        expectProblem(context, response, 404, "not-found", `GET ${path}`);
        return true;
      },
      { numRuns: Math.min(context.runs, 10) },
    );
  },
});

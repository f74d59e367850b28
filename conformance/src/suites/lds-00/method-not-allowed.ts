import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "./problem.ts";

/** A known path with a method it does not support: 405 with an Allow header (R13), as a problem (R06). */
export const methodNotAllowed = defineCheck({
  id: "lds-00/method-not-allowed",
  title: "An unsupported method is a 405 problem with Allow",
  standard: "LDS-00",
  requirements: ["LDS-00-R06", "LDS-00-R13"],
  async run(context) {
    const { response } = await context.http.request({ method: "DELETE", path: "/health" });
    expectProblem(context, response, 405, "method-not-allowed", "DELETE /health");
    const allow = (response.headers.allow ?? "").split(",").map((method) => method.trim().toUpperCase());
    context
      .expect(allow, "Allow header of DELETE /health")
      .toSatisfy((methods) => methods.includes("GET"), "to list GET");
  },
});

import type { APIInformation as ApiInfo } from "@lds/types/lds-00";
import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "./problem.ts";

/**
 * GET /health without a token is 200 with a Health, or 503 `service-unavailable`; a sandbox under test is serving, so
 * it answers 200 (LDS-00-R23).
 */
export const health = defineCheck({
  id: "lds-00/health",
  title: "GET /health answers without a token",
  standard: "LDS-00",
  requirements: ["LDS-00-R23"],
  async run(context) {
    const info = (await context.http.request({ path: "/" })).response.json as ApiInfo | undefined;
    const { response } = await context.http.request({ path: "/health", retry: false });
    const what = "GET /health without a token";
    if (response.status === 503 && info?.environment !== "sandbox") {
      return expectProblem(context, response, 503, "service-unavailable", what);
    }
    context
      .expect(response.status, `status of ${what}${info?.environment === "sandbox" ? " (a sandbox under test)" : ""}`)
      .toBe(200);
    context.expect(response.mediaType, `media type of ${what}`).toBe("application/json");
    context.expect(response.json, `body of ${what}`).toBeValid("lds-00/health");
  },
});

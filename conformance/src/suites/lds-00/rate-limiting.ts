import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "./problem.ts";

/** Requests sent in a burst to find the platform's rate limit, if it has one low enough to reach. */
const BURST = 30;

/**
 * A refusal for too many requests is 429 `rate-limited` with Retry-After in whole seconds (LDS-00-R17). The check
 * sends a bounded run of GET / without retrying: every 429 it provokes must have that form. A platform whose limit
 * the burst does not reach passes (nothing it refused was refused the wrong way).
 */
export const rateLimiting = defineCheck({
  id: "lds-00/rate-limiting",
  title: "Throttling is 429 rate-limited with Retry-After seconds",
  standard: "LDS-00",
  requirements: ["LDS-00-R17"],
  async run(context) {
    const burst = [];
    for (let sent = 0; sent < BURST; sent++) burst.push(await context.http.request({ path: "/", retry: false }));
    for (const [index, { response, recorded }] of burst.entries()) {
      const what = `GET / (request ${index + 1} of a burst of ${BURST})`;
      context
        .expect(response.status, `status of ${what}`, recorded)
        .toSatisfy((status) => status === 200 || status === 429, "200, or 429 when the burst is throttled");
      if (response.status !== 429) continue;
      expectProblem(context, response, 429, "rate-limited", what);
      context.expect(response.headers["retry-after"], `Retry-After of ${what}`, recorded).toMatch(/^[0-9]+$/);
    }
  },
});

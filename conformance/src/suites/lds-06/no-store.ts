import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { describeCase } from "./cases.ts";
import { permittedCases } from "./permitted.ts";
import { sendRecordAccess } from "./record-access.ts";

/** Answers to requestRecordAccess are not cached (LDS-06-R24): permitted and refused alike carry no-store. */
export const noStore = defineCheck({
  id: "lds-06/no-store",
  title: "Record access answers carry Cache-Control: no-store",
  standard: "LDS-06",
  requirements: ["LDS-06-R24"],
  preconditions: [claims("LDS-05")],
  async run(context) {
    const [permitted] = await permittedCases(context);
    if (!permitted) return context.skip("no persona agreement in force gives a test requester a persona's record");
    const requests = [permitted, ...(permitted.outsider ? [{ ...permitted, requester: permitted.outsider }] : [])];
    for (const request of requests) {
      const { response } = await sendRecordAccess(context, request.requester, request.body);
      context
        .expect(
          response.headers["cache-control"] ?? "",
          `Cache-Control of the ${response.status} answer to ${describeCase(request)}`,
        )
        .toMatch(/(^|,)\s*no-store\s*(,|$)/i);
    }
  },
});

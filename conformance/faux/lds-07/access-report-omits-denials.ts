import { defineFaux, pathOf, withJson } from "../faux.ts";

/** Reports only what was done with the person's information: refused requests are left out of the access report. */
export const accessReportOmitsDenials = defineFaux({
  name: "access-report-omits-denials",
  breaks: "LDS-07-R20",
  description: "leaves the requests it refused (outcome deny) out of the access report",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (pathOf(request) !== "/access-reports/$search" || response.status !== 200) return response;
    return withJson(response, (body) => {
      const report = body as { entries: { outcome: string }[] };
      return { ...report, entries: report.entries.filter((entry) => entry.outcome !== "deny") };
    });
  },
});

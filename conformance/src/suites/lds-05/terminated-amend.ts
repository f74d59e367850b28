import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests, allVersions, createdVersion } from "./agreement-requests.ts";
import { lds05Clients } from "./requesters.ts";
import { completeTerms, uniqueTitle } from "./terms.ts";

/** A terminated draft and a terminated active agreement, amended with the right version and valid terms: 409. */
export const terminatedAmend = defineCheck({
  id: "lds-05/terminated-amend",
  title: "Terminated agreements cannot be amended",
  standard: "LDS-05",
  requirements: ["LDS-05-R10"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    for (const path of [["terminated"], ["active", "terminated"]]) {
      const terms = completeTerms(context, uniqueTitle("terminated"));
      const first = createdVersion(context, await requests.create("A", terms), "POST /agreements as A");
      let version = 1;
      for (const to of path) {
        version = createdVersion(
          context,
          await requests.transition("A", first.id, version, to, `Made ${to}.`),
          `change of ${first.id} to ${to}`,
        ).version;
      }
      const what = `amendment of ${first.id} (terminated ${path.length > 1 ? "after being active" : "as a draft"}) based on ${version}`;
      expectProblem(
        context,
        (await requests.amend("A", first.id, version, terms, "After the end.")).response,
        409,
        "agreement-terminated",
        what,
      );
      context
        .expect(
          (await allVersions(context, requests, "A", first.id)).length,
          `versions of ${first.id} after the ${what}`,
        )
        .toBe(version);
    }
  },
});

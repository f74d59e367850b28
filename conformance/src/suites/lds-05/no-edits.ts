import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests, createdVersion } from "./agreement-requests.ts";
import { lds05Clients, REQUESTERS } from "./requesters.ts";
import { draftTerms, uniqueTitle } from "./terms.ts";

/** PUT, PATCH and DELETE on an agreement and on its version 1, with a write token: 405, and nothing changes. */
export const noEdits = defineCheck({
  id: "lds-05/no-edits",
  title: "Agreements and versions cannot be edited or deleted",
  standard: "LDS-05",
  requirements: ["LDS-05-R03"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    const terms = draftTerms(context, uniqueTitle("no edits"));
    const first = createdVersion(context, await requests.create("A", terms), "POST /agreements as A");
    const token = await context.token(REQUESTERS.A);
    for (const path of [`/agreements/${first.id}`, `/agreements/${first.id}/versions/1`]) {
      for (const method of ["PUT", "PATCH", "DELETE"]) {
        const { response } = await context.http.request({
          method,
          path,
          headers: { authorization: `Bearer ${token}` },
          ...(method === "DELETE" ? {} : { json: { ...first, terms: { ...terms, title: "Edited" } } }),
        });
        expectProblem(context, response, 405, "method-not-allowed", `${method} ${path} as A`);
      }
    }
    context
      .expect(
        (await requests.version("A", first.id, 1)).response.json,
        `GET /agreements/${first.id}/versions/1 after the edits`,
      )
      .toEqual(first);
    context
      .expect((await requests.get("A", first.id)).response.json, `GET /agreements/${first.id} after the edits`)
      .toEqual(first);
  },
});

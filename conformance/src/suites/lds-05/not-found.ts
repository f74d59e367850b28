import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests, createdVersion } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { lds05Clients } from "./requesters.ts";
import { completeTerms, uniqueTitle } from "./terms.ts";

/**
 * An unknown agreement id on every operation that names one, a version past the latest, and the register entry of
 * an agreement never active: 404 not-found; after activation the entry is found.
 */
export const agreementsNotFound = defineCheck({
  id: "lds-05/agreements-not-found",
  title: "Unknown agreements and versions are not found",
  standard: "LDS-05",
  requirements: ["LDS-05-R28"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    const unknown = crypto.randomUUID();
    const terms = completeTerms(context, uniqueTitle("not found"));
    for (const [exchange, what] of [
      [await requests.get("A", unknown), "GET /agreements/{random id}"],
      [await requests.versions("A", unknown), "GET /agreements/{random id}/versions"],
      [await requests.version("A", unknown, 1), "GET /agreements/{random id}/versions/1"],
      [await requests.amend("A", unknown, 1, terms, "Amended."), "POST /agreements/{random id}/versions"],
      [await requests.transition("A", unknown, 1, "active", "Agreed."), "POST /agreements/{random id}/transitions"],
    ] as const) {
      expectProblem(context, exchange.response, 404, "not-found", `${what} as A`);
    }
    const first = createdVersion(context, await requests.create("A", terms), "POST /agreements as A");
    try {
      createdVersion(context, await requests.amend("A", first.id, 1, terms, "Amended."), `amendment of ${first.id}`);
      expectProblem(
        context,
        (await requests.version("A", first.id, 3)).response,
        404,
        "not-found",
        `GET /agreements/${first.id}/versions/3 (latest 2)`,
      );
      expectProblem(
        context,
        (await requests.registerEntry(first.id)).response,
        404,
        "not-found",
        `GET /register/agreements/${first.id} (a draft)`,
      );
      createdVersion(
        context,
        await requests.transition("A", first.id, 2, "active", "Agreed."),
        `activation of ${first.id}`,
      );
      const { response } = await requests.registerEntry(first.id);
      context.expect(response.status, `status of GET /register/agreements/${first.id} after activation`).toBe(200);
    } finally {
      await terminateCreated(requests, "A", [first.id]);
    }
  },
});

import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests, allVersions, createdVersion } from "./agreement-requests.ts";
import { lds05Clients } from "./requesters.ts";
import { draftTerms, uniqueTitle } from "./terms.ts";

/**
 * For a draft at version 2: amendments and status changes based on 1 or 3 get 409 agreement-version-conflict and
 * add nothing; one based on 2 succeeds. Two amendments based on the same latest version sent together: one 201, one
 * 409, and the history grows by one.
 */
export const versionConflict = defineCheck({
  id: "lds-05/version-conflict",
  title: "Changes must be based on the latest version",
  standard: "LDS-05",
  requirements: ["LDS-05-R08"],
  preconditions: [lds05Clients("A", "B")],
  async run(context) {
    const requests = agreementRequests(context);
    const terms = draftTerms(context, uniqueTitle("conflict"));
    const first = createdVersion(context, await requests.create("A", terms), "POST /agreements as A");
    const { id } = first;
    createdVersion(context, await requests.amend("A", id, 1, terms, "Second draft."), `amendment of ${id} based on 1`);
    for (const basedOn of [1, 3]) {
      expectProblem(
        context,
        (await requests.amend("A", id, basedOn, terms, "Stale.")).response,
        409,
        "agreement-version-conflict",
        `amendment of ${id} (latest 2) based on ${basedOn}`,
      );
      expectProblem(
        context,
        (await requests.transition("A", id, basedOn, "terminated", "Stale.")).response,
        409,
        "agreement-version-conflict",
        `status change of ${id} (latest 2) based on ${basedOn}`,
      );
    }
    context
      .expect((await allVersions(context, requests, "A", id)).length, `versions of ${id} after the refused changes`)
      .toBe(2);
    createdVersion(context, await requests.amend("A", id, 2, terms, "Third draft."), `amendment of ${id} based on 2`);
    const racing = await Promise.all([
      requests.amend("A", id, 3, terms, "A's concurrent draft."),
      requests.amend("B", id, 3, terms, "B's concurrent draft."),
    ]);
    const statuses = racing.map((exchange) => exchange.response.status).sort();
    context.expect(statuses, `statuses of two amendments of ${id} based on 3, sent together`).toEqual([201, 409]);
    const loser = racing.find((exchange) => exchange.response.status === 409);
    if (loser)
      expectProblem(context, loser.response, 409, "agreement-version-conflict", "the concurrent amendment that lost");
    const history = await allVersions(context, requests, "A", id);
    context
      .expect(
        history.map((version: DataSharingAgreementVersion) => version.version),
        `versions of ${id} after the race`,
      )
      .toEqual([1, 2, 3, 4]);
  },
});

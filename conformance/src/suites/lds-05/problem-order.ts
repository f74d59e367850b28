import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests, createdVersion } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { lds05Clients, organisationOf, REQUESTERS, sameOrganisation } from "./requesters.ts";
import { completeTerms, draftTerms, uniqueTitle } from "./terms.ts";

/** An amendment body that fails amend-agreement-request.schema.json (no terms) and is based on a stale version. */
const INVALID_STALE = { based_on_version: 99, change_summary: "Invalid and stale." };

/**
 * Requests with several faults get the first that applies in LDS-05-R29's order: the path's 404, the scope's 403,
 * the role's 403, then validation, createAgreement's controller rule, the version conflict, the terminated or
 * disallowed change, invalid terms, incomplete terms.
 */
export const problemOrder = defineCheck({
  id: "lds-05/problem-order",
  title: "Which problem is reported first",
  standard: "LDS-05",
  requirements: ["LDS-05-R29"],
  preconditions: [lds05Clients("A", "B", "C", "D")],
  async run(context) {
    const requests = agreementRequests(context);
    const post = async (path: string, json: unknown, token: string) =>
      (await context.http.request({ method: "POST", path, headers: { authorization: `Bearer ${token}` }, json }))
        .response;
    const readOnly = await context.token(REQUESTERS.A, ["lds-05:read"]);

    // An agreement whose parties are A, B and C (controllers) and D (processor for A), terminated as a draft.
    const terms = draftTerms(context, uniqueTitle("problem order"));
    const ended = createdVersion(context, await requests.create("A", terms), "POST /agreements as A");
    const terminated = createdVersion(
      context,
      await requests.transition("A", ended.id, 1, "terminated", "Abandoned."),
      `termination of draft ${ended.id}`,
    );

    expectProblem(
      context,
      await post(`/agreements/${crypto.randomUUID()}/versions`, INVALID_STALE, readOnly),
      404,
      "not-found",
      "amendment of an unknown agreement with an invalid, stale body and a token without lds-05:write",
    );
    expectProblem(
      context,
      await post(`/agreements/${ended.id}/versions`, INVALID_STALE, readOnly),
      403,
      "forbidden",
      `amendment of ${ended.id} with an invalid, stale body and a token without lds-05:write`,
    );
    expectProblem(
      context,
      (await requests.amend("D", ended.id, 99, undefined, "Invalid and stale.")).response,
      403,
      "agreement-controller-required",
      `amendment of ${ended.id} by processor party D with an invalid, stale body`,
    );
    expectProblem(
      context,
      (await requests.amend("A", ended.id, 99, undefined, "Invalid and stale.")).response,
      422,
      "validation-failed",
      `amendment of ${ended.id} by A with an invalid, stale body`,
    );
    expectProblem(
      context,
      (await requests.amend("A", ended.id, terminated.version - 1, terms, "Stale.")).response,
      409,
      "agreement-version-conflict",
      `amendment of terminated ${ended.id} by A with a valid body based on a stale version`,
    );
    expectProblem(
      context,
      (await requests.amend("A", ended.id, terminated.version, terms, "After the end.")).response,
      409,
      "agreement-terminated",
      `amendment of terminated ${ended.id} by A based on the latest version`,
    );
    expectProblem(
      context,
      (await requests.transition("A", ended.id, terminated.version, "active", "Revived.")).response,
      409,
      "agreement-transition-not-allowed",
      `activation of terminated ${ended.id}, whose terms are incomplete`,
    );

    // createAgreement: validation before the controller rule, the controller rule before the terms rules.
    const b = organisationOf(context, "B");
    const bOnly = terms.parties.filter((party) => sameOrganisation(party.organisation, b));
    expectProblem(
      context,
      (await requests.create("A", { parties: bOnly })).response,
      422,
      "validation-failed",
      "POST /agreements as A with terms naming only B and no title",
    );
    expectProblem(
      context,
      (
        await requests.create("A", {
          title: uniqueTitle("problem order"),
          parties: bOnly,
          effective_from: "2026-04-01",
          review_date: "2026-04-01",
        })
      ).response,
      403,
      "agreement-controller-required",
      "POST /agreements as A with terms naming only B and a review_date not after effective_from",
    );

    // Invalid terms before incomplete terms, on an active agreement.
    const complete = completeTerms(context, uniqueTitle("problem order active"));
    const active = createdVersion(context, await requests.create("A", complete), "POST /agreements as A");
    try {
      createdVersion(
        context,
        await requests.transition("A", active.id, 1, "active", "Agreed by the parties."),
        `activation of ${active.id}`,
      );
      const { retention: _, ...incomplete } = complete;
      expectProblem(
        context,
        (
          await requests.amend(
            "A",
            active.id,
            2,
            { ...incomplete, review_date: complete.effective_from },
            "Invalid and incomplete.",
          )
        ).response,
        422,
        "agreement-terms-invalid",
        `amendment of active ${active.id} without retention and with review_date equal to effective_from`,
      );
    } finally {
      await terminateCreated(requests, "A", [active.id]);
    }
  },
});

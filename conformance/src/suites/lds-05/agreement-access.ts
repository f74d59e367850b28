import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests, allVersions, createdVersion } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { lds05Clients, REQUESTERS } from "./requesters.ts";
import { completeTerms, draftTerms, uniqueTitle } from "./terms.ts";

/**
 * A creates an agreement with A and B as parties: C, not a party, gets 403 agreement-party-required from the three
 * read operations; B reads it; after A amends B out of it, B still reads versions 1 and 2.
 */
export const partiesRead = defineCheck({
  id: "lds-05/parties-read",
  title: "Only parties, present or past, read an agreement",
  standard: "LDS-05",
  requirements: ["LDS-05-R26"],
  preconditions: [lds05Clients("A", "B", "C")],
  async run(context) {
    const requests = agreementRequests(context);
    const terms = draftTerms(context, uniqueTitle("parties read"));
    const first = createdVersion(
      context,
      await requests.create("A", { ...terms, parties: terms.parties.slice(0, 2) }),
      "POST /agreements as A (parties A and B)",
    );
    const { id } = first;
    for (const [exchange, what] of [
      [await requests.get("C", id), `GET /agreements/${id} as C`],
      [await requests.version("C", id, 1), `GET /agreements/${id}/versions/1 as C`],
      [await requests.versions("C", id), `GET /agreements/${id}/versions as C`],
    ] as const) {
      expectProblem(context, exchange.response, 403, "agreement-party-required", what);
    }
    const read = await requests.get("B", id);
    context.expect(read.response.status, `status of GET /agreements/${id} as B`).toBe(200);
    createdVersion(
      context,
      await requests.amend("A", id, 1, { ...terms, parties: terms.parties.slice(0, 1) }, "B removed."),
      `POST /agreements/${id}/versions removing B`,
    );
    for (const version of [1, 2]) {
      const { response } = await requests.version("B", id, version);
      context
        .expect(response.status, `status of GET /agreements/${id}/versions/${version} as B, removed in version 2`)
        .toBe(200);
    }
    context.expect((await allVersions(context, requests, "B", id)).length, `versions of ${id} listed to B`).toBe(2);
  },
});

/**
 * Parties A (controller), B (controller), C (controller, then removed) and D (processor for A): D's amendment and
 * status change get 403 agreement-controller-required and add no version; B suspends it; C, removed by an
 * amendment, may no longer change it.
 */
export const controllersChange = defineCheck({
  id: "lds-05/controllers-change",
  title: "Only controller parties of the latest version change an agreement",
  standard: "LDS-05",
  requirements: ["LDS-05-R27"],
  preconditions: [lds05Clients("A", "B", "C", "D")],
  async run(context) {
    const requests = agreementRequests(context);
    const terms = completeTerms(context, uniqueTitle("controllers change"));
    const first = createdVersion(context, await requests.create("A", terms), "POST /agreements as A");
    const { id } = first;
    try {
      const latestVersion = async () =>
        ((await requests.get("A", id)).response.json as DataSharingAgreementVersion).version;
      const refused = async (
        as: "C" | "D",
        exchange: Awaited<ReturnType<typeof requests.amend>>,
        what: string,
        before: number,
      ) => {
        expectProblem(context, exchange.response, 403, "agreement-controller-required", `${what} as ${REQUESTERS[as]}`);
        context
          .expect(await latestVersion(), `latest version of ${id} after ${what} as ${REQUESTERS[as]}`)
          .toBe(before);
      };
      await refused(
        "D",
        await requests.amend("D", id, 1, terms, "Processor amends."),
        `POST /agreements/${id}/versions`,
        1,
      );
      await refused(
        "D",
        await requests.transition("D", id, 1, "terminated", "Processor ends."),
        `POST /agreements/${id}/transitions`,
        1,
      );
      createdVersion(context, await requests.transition("A", id, 1, "active", "Agreed."), `activation of ${id} by A`);
      createdVersion(
        context,
        await requests.transition("B", id, 2, "suspended", "Paused by B."),
        `suspension of ${id} by B`,
      );
      createdVersion(
        context,
        await requests.transition("C", id, 3, "active", "Resumed by C."),
        `resumption of ${id} by C`,
      );
      const withoutC = {
        ...terms,
        parties: terms.parties.filter((_, index) => index !== 2),
        approvals: terms.approvals?.filter((_, index) => index !== 2),
      };
      createdVersion(context, await requests.amend("A", id, 4, withoutC, "C leaves."), `amendment of ${id} removing C`);
      await refused(
        "C",
        await requests.transition("C", id, 5, "suspended", "Former party suspends."),
        `POST /agreements/${id}/transitions`,
        5,
      );
    } finally {
      await terminateCreated(requests, "A", [id]);
    }
  },
});

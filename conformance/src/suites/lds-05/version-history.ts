import type { AgreementStatus } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { agreementRequests, allVersions, createdVersion } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { lds05Clients } from "./requesters.ts";
import { completeTerms, uniqueTitle } from "./terms.ts";

/**
 * The oracles of LDS-05-R03 and R05 in one history: create an agreement, read version 1, amend it twice, activate
 * it, amend it while active and suspend it. Each amendment keeps the status and takes the submitted terms, each
 * status change keeps the terms, and version 1 and every other version read back as they were first read.
 */
export const versionHistory = defineCheck({
  id: "lds-05/version-history",
  title: "Amendments change only terms, status changes only status, and no version ever changes",
  standard: "LDS-05",
  requirements: ["LDS-05-R03", "LDS-05-R05"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    const first = createdVersion(
      context,
      await requests.create("A", completeTerms(context, uniqueTitle("history"))),
      "POST /agreements as A",
    );
    const { id } = first;
    try {
      const firstRead = await requests.version("A", id, 1);
      context.expect(firstRead.response.json, `GET /agreements/${id}/versions/1`).toEqual(first);
      const versions = [first];
      const amend = async (title: string) => {
        const previous = versions.at(-1)!;
        const terms = completeTerms(context, uniqueTitle(title));
        const what = `amendment of ${id} (${previous.status}) based on ${previous.version}`;
        const next = createdVersion(
          context,
          await requests.amend("A", id, previous.version, terms, `Amended: ${title}.`),
          what,
        );
        context.expect(next.status, `status of the version the ${what} created`).toBe(previous.status);
        context.expect(next.terms, `terms of the version the ${what} created`).toEqual(terms);
        versions.push(next);
      };
      const change = async (to: AgreementStatus) => {
        const previous = versions.at(-1)!;
        const what = `change of ${id} from ${previous.status} to ${to}`;
        const next = createdVersion(
          context,
          await requests.transition("A", id, previous.version, to, `Made ${to}.`),
          what,
        );
        context.expect(next.status, `status of the version the ${what} created`).toBe(to);
        context.expect(next.terms, `terms of the version the ${what} created`).toEqual(previous.terms);
        versions.push(next);
      };
      await amend("first amendment");
      await amend("second amendment");
      await change("active");
      await amend("amended while active");
      await change("suspended");
      for (const version of versions) {
        const { response } = await requests.version("A", id, version.version);
        context
          .expect(response.json, `GET /agreements/${id}/versions/${version.version} after every change`)
          .toEqual(version);
      }
      context.expect(await allVersions(context, requests, "A", id), `versions of ${id}`).toEqual(versions);
    } finally {
      await terminateCreated(requests, "A", [id]);
    }
  },
});

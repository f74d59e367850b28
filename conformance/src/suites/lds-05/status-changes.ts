import type { AgreementStatus } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests, createdVersion } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { ALLOWED_CHANGES, REQUESTABLE } from "./lifecycle.ts";
import { lds05Clients } from "./requesters.ts";
import { completeTerms, uniqueTitle } from "./terms.ts";

/** Paths through the lifecycle that take every allowed change at least once (LDS-05-R09). */
const PATHS: readonly (readonly AgreementStatus[])[] = [
  ["active", "suspended", "active", "terminated"],
  ["terminated"],
  ["active", "suspended", "terminated"],
];

/**
 * Every status change, allowed or not: agreements with complete terms are driven along paths that take each allowed
 * change, and at every status each change that is not allowed is requested first with the right based_on_version:
 * 409 agreement-transition-not-allowed and no version; the allowed one: 201 with the status requested.
 */
export const statusChanges = defineCheck({
  id: "lds-05/status-changes",
  title: "Exactly the allowed status changes succeed",
  standard: "LDS-05",
  requirements: ["LDS-05-R09"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    const created: string[] = [];
    try {
      for (const path of PATHS) {
        const first = createdVersion(
          context,
          await requests.create("A", completeTerms(context, uniqueTitle("status changes"))),
          "POST /agreements as A with complete terms",
        );
        created.push(first.id);
        let status: AgreementStatus = "draft";
        let version = 1;
        for (const next of [...path, undefined]) {
          for (const to of REQUESTABLE.filter((candidate) => !ALLOWED_CHANGES[status].includes(candidate))) {
            const what = `POST /agreements/${first.id}/transitions from ${status} to ${to}`;
            const refused = await requests.transition("A", first.id, version, to, `Made ${to}.`);
            expectProblem(context, refused.response, 409, "agreement-transition-not-allowed", what);
            const { response } = await requests.get("A", first.id);
            context
              .expect((response.json as { version?: number }).version, `latest version after ${what}`)
              .toBe(version);
          }
          if (!next) break;
          const what = `POST /agreements/${first.id}/transitions from ${status} to ${next}`;
          const changed = createdVersion(
            context,
            await requests.transition("A", first.id, version, next, `Made ${next}.`),
            what,
          );
          context.expect(changed.status, `status member of the version ${what} created`).toBe(next);
          status = next;
          version = changed.version;
        }
      }
    } finally {
      await terminateCreated(requests, "A", created);
    }
  },
});

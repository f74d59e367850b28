import { nearMissFor } from "@lds/arbitraries";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { accessCases, describeCase, scopesFor } from "./cases.ts";
import { RECORD_ACCESS_PATH, sendRecordAccess } from "./record-access.ts";

const RECORD_MEMBERS = ["record", "redactions", "provenance", "subject"];

/**
 * No 5xx answer carries any part of a record (LDS-06-R23). The suite cannot make a supplier's registers fail, so it
 * sends generated requests, well-formed and near-miss, and every 5xx it observes must be a problem with no record,
 * redactions, provenance or subject; a 503 must be decision-unavailable or another LDS problem, never a record.
 */
export const failClosed = defineCheck({
  id: "lds-06/fail-closed",
  title: "No server error discloses any part of a record",
  standard: "LDS-06",
  requirements: ["LDS-06-R23"],
  preconditions: [claims("LDS-05")],
  async run(context) {
    const schema = context.operation("requestRecordAccess").requestBody?.schema;
    const nearMisses = schema
      ? nearMissFor(schema, { validator: context.validator }).map(({ value }) => value)
      : fc.constant({});
    const cases = accessCases(context);
    await context.property(
      "server-errors-disclose-nothing",
      fc.oneof(
        cases.map((request) => ({ request, body: request.body as unknown })),
        nearMisses.map((body) => ({ request: undefined, body })),
      ),
      async ({ request, body }) => {
        const requester = request?.requester ?? "org-test-requester-a";
        const { response } = await sendRecordAccess(
          context,
          requester,
          body,
          request ? { scopes: scopesFor(context, request) ?? [] } : {},
        );
        if (response.status < 500) return true;
        const what = request ? describeCase(request) : `POST ${RECORD_ACCESS_PATH} with a near-miss body`;
        context
          .expect(response.mediaType, `media type of the ${response.status} answer to ${what}`)
          .toBe("application/problem+json");
        const members = Object.keys((response.json ?? {}) as object);
        context
          .expect(
            members.filter((member) => RECORD_MEMBERS.includes(member)),
            `record members in the ${response.status} answer to ${what}`,
          )
          .toEqual([]);
        return true;
      },
      { numRuns: Math.min(context.runs, 20) },
    );
  },
});

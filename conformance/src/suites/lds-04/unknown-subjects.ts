import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { agreementFacts, expectedDecision, withoutTime } from "./decision-model.ts";
import { lds04Clients } from "./preconditions.ts";
import { unknownSubject } from "./subjects.ts";

const RESEARCH = "aaaaaaaa-0005-4000-8000-000000000003";

/**
 * A valid NHS number that no persona has and nothing was recorded for is a person with no consent and no
 * objections: no-objection, permit with `no-covering-objection`, empty searches, never a 404 (LDS-04-R19).
 */
export const unknownSubjects = defineCheck({
  id: "lds-04/unknown-subjects",
  title: "Subjects the platform does not know are not revealed",
  standard: "LDS-04",
  requirements: ["LDS-04-R19"],
  preconditions: [lds04Clients(REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const requester = api.organisation(REQUESTER.c);
    await context.property(
      "unknown-nhs-numbers",
      unknownSubject,
      async (subject) => {
        const check = await api.checkObjections(REQUESTER.c, { purpose_class: "research", subjects: [subject] });
        context.expect(check.response.status, "status of POST /objections/$check for an unknown subject").toBe(200);
        context
          .expect(
            (check.response.json as { results?: { status?: string }[] }).results?.[0]?.status,
            "status of an unknown subject in POST /objections/$check",
          )
          .toBe("no-objection");
        const use = {
          subject,
          purpose_class: "research",
          requester,
          agreement_id: RESEARCH,
          agreement_version: 2,
          lawful_basis: "art6-1-e",
        };
        const sent = Date.now();
        const decision = await api.decide(REQUESTER.c, use);
        context.expect(decision.response.status, "status of POST /decisions for an unknown subject").toBe(200);
        const expected = expectedDecision(use, [], [], agreementFacts(context, RESEARCH, 2, requester, sent), sent);
        context.expect(withoutTime(decision.response.json), "POST /decisions for an unknown subject").toEqual(expected);
        for (const [name, search] of [
          ["POST /objections/$search", api.searchObjections],
          ["POST /consent-records/$search", api.searchConsentRecords],
        ] as const) {
          const { response } = await search(REQUESTER.c, { subject });
          context.expect(response.status, `status of ${name} for an unknown subject`).toBe(200);
          context
            .expect((response.json as { items?: unknown[] }).items, `items of ${name} for an unknown subject`)
            .toEqual([]);
        }
        return true;
      },
      { numRuns: Math.min(context.runs, 25) },
    );
  },
});

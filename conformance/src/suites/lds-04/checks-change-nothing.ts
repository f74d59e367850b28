import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { type Identifier, lds04Api, REQUESTER } from "./api.ts";
import { personaObjections } from "./persona-objections.ts";
import { lds04Clients } from "./preconditions.ts";

const PURPOSES = ["direct-care", "safeguarding", "planning", "research", "statistics"];
const AGREEMENTS = [
  { agreement_id: "aaaaaaaa-0005-4000-8000-000000000001", agreement_version: 3 },
  { agreement_id: "aaaaaaaa-0005-4000-8000-000000000003", agreement_version: 2 },
  { agreement_id: "aaaaaaaa-0005-4000-8000-000000000007", agreement_version: 2 },
];

/**
 * Many checks and decisions about the personas with consent records and objections, with random purposes, lawful
 * bases, consent ids and exemption claims, leave every one of their consent records and objections as it was
 * (LDS-04-R25).
 */
export const checksChangeNothing = defineCheck({
  id: "lds-04/checks-change-nothing",
  title: "Checks and decisions change no consent record or objection",
  standard: "LDS-04",
  requirements: ["LDS-04-R25"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const consents = (context.catalogue.personas?.consents ?? []) as unknown as { id: string; subject: Identifier }[];
    const subjects = [...consents.map((c) => c.subject), ...personaObjections(context).map((o) => o.subject)].filter(
      (subject, index, all) => all.findIndex((other) => other.value === subject.value) === index,
    );
    const register = async () =>
      Promise.all(
        subjects.map(async (subject) => ({
          objections: (await api.searchObjections(REQUESTER.a, { subject }, { size: "100" })).response.json,
          consentsOfA: (await api.searchConsentRecords(REQUESTER.a, { subject }, { size: "100" })).response.json,
          consentsOfC: (await api.searchConsentRecords(REQUESTER.c, { subject }, { size: "100" })).response.json,
        })),
      );
    const before = await register();
    const request = fc.record({
      subject: fc.constantFrom(...subjects),
      purpose_class: fc.constantFrom(...PURPOSES),
      requester: fc.constantFrom(REQUESTER.a, REQUESTER.c).map((org) => api.organisation(org)),
      agreement: fc.constantFrom(...AGREEMENTS),
      lawful_basis: fc.constantFrom("art6-1-a", "art6-1-e"),
      consent_id: fc.option(fc.constantFrom(...consents.map((c) => c.id)), { nil: undefined }),
      anonymised: fc.boolean(),
    });
    await context.property(
      "checks-and-decisions",
      request,
      async ({ agreement, consent_id, anonymised, ...use }) => {
        const check = await api.checkObjections(REQUESTER.c, {
          purpose_class: use.purpose_class,
          subjects: [use.subject],
        });
        context.expect(check.response.status, "status of POST /objections/$check").toBe(200);
        const { response } = await api.decide(REQUESTER.c, {
          ...use,
          ...agreement,
          ...(consent_id ? { consent_id } : {}),
          ...(anonymised ? { exemptions: [{ type: "anonymised-output", reference: "LDS-SUITE-ANON" }] } : {}),
        });
        context.expect(response.status, "status of POST /decisions").toBe(200);
        return true;
      },
      { numRuns: Math.min(context.runs, 30) },
    );
    context
      .expect(await register(), "the personas' consent records and objections after the checks and decisions")
      .toEqual(before);
  },
});

import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { examplesOf } from "./consent-terms.ts";
import { personaObjections } from "./persona-objections.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";
import { expectValidationErrors } from "./validation-errors.ts";

const OBJECTABLE = ["planning", "research", "statistics"];
const NOT_OBJECTABLE = ["direct-care", "safeguarding"];

/**
 * No objection covers direct care or safeguarding: objections naming them get 422, and for a persona objecting to
 * every objectable purpose, checkObjections answers no-objection and decide permits with `purpose-not-objectable`
 * for both (LDS-04-R11).
 */
export const objectablePurposes = defineCheck({
  id: "lds-04/objectable-purposes",
  title: "Objections never restrict direct care or safeguarding",
  standard: "LDS-04",
  requirements: ["LDS-04-R11"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    for (const example of examplesOf(context, "invalid", "objection-input", "LDS-04-R11")) {
      const { response } = await api.createObjection(REQUESTER.a, { ...example.instance, subject: freshSubject() });
      expectValidationErrors(context, response, example.errors, `POST /objections with ${example.name}`);
    }
    const everything = personaObjections(context).find(
      (objection) =>
        objection.status === "active" && OBJECTABLE.every((purpose) => objection.purposes.includes(purpose)),
    );
    if (!everything) return context.skip("no persona has an active objection to every objectable purpose");
    for (const purpose of NOT_OBJECTABLE) {
      const check = await api.checkObjections(REQUESTER.c, { purpose_class: purpose, subjects: [everything.subject] });
      const what = `POST /objections/$check for ${purpose}, for a persona objecting to every objectable purpose`;
      context.expect(check.response.status, `status of ${what}`).toBe(200);
      context
        .expect(
          (check.response.json as { results?: { status?: string }[] }).results?.[0]?.status,
          `status of the subject in ${what}`,
        )
        .toBe("no-objection");
      const decision = await api.decide(REQUESTER.c, {
        subject: everything.subject,
        purpose_class: purpose,
        requester: api.organisation(REQUESTER.c),
        agreement_id: "aaaaaaaa-0005-4000-8000-000000000002",
        agreement_version: 2,
        lawful_basis: "art6-1-e",
      });
      const decided = `POST /decisions for ${purpose}, for the same persona`;
      context.expect(decision.response.status, `status of ${decided}`).toBe(200);
      context.expect(decision.response.json, `decision of ${decided}`).toSatisfy((body) => {
        const { decision: outcome, reasons } = body as { decision?: string; reasons?: { code: string }[] };
        return outcome === "permit" && (reasons ?? []).some((reason) => reason.code === "purpose-not-objectable");
      }, "permit, with the reason purpose-not-objectable");
    }
  },
});

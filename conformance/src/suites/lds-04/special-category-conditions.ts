import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { eventFor } from "./consent-lifecycle.ts";
import { consentTerms, examplesOf } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";
import { expectValidationErrors } from "./validation-errors.ts";

/**
 * Special category conditions are stated exactly when special category data is (invalid examples get 422), and a
 * record under Article 9(2)(a) refuses a renewal that is not explicit with `explicit-consent-required`, leaving its
 * events as they were (LDS-04-R03).
 */
export const specialCategoryConditions = defineCheck({
  id: "lds-04/special-category-conditions",
  title: "Special category data needs its conditions, and Article 9(2)(a) needs explicit consent",
  standard: "LDS-04",
  requirements: ["LDS-04-R03"],
  preconditions: [lds04Clients(REQUESTER.a)],
  async run(context) {
    const api = lds04Api(context);
    for (const example of examplesOf(context, "invalid", "consent-record-input", "LDS-04-R03")) {
      const { response } = await api.createConsentRecord(REQUESTER.a, { ...example.instance, subject: freshSubject() });
      expectValidationErrors(context, response, example.errors, `POST /consent-records with ${example.name}`);
    }
    const terms = consentTerms(context, api, freshSubject(), {
      controllers: [REQUESTER.a],
      explicit: true,
      event: eventFor("given", { consent_type: "explicit" }),
    });
    const created = await api.createConsentRecord(REQUESTER.a, terms);
    context
      .expect(created.response.status, "status of POST /consent-records under art9-2-a, given explicitly")
      .toBe(201);
    const { id } = created.response.json as { id: string };
    const withdrawn = await api.appendConsentEvent(REQUESTER.a, id, eventFor("withdrawn"));
    context.expect(withdrawn.response.status, "status of POST /consent-records/{id}/events (withdrawn)").toBe(201);
    const renewed = await api.appendConsentEvent(REQUESTER.a, id, eventFor("renewed", { consent_type: "expressed" }));
    expectProblem(
      context,
      renewed.response,
      422,
      "explicit-consent-required",
      "POST /consent-records/{id}/events renewing with consent_type expressed under art9-2-a",
    );
    const read = await api.readConsentRecord(REQUESTER.a, id);
    context
      .expect(
        (read.response.json as { events?: unknown[] }).events,
        "events of GET /consent-records/{id} after the refused renewal",
      )
      .toEqual((withdrawn.response.json as { events: unknown[] }).events);
  },
});

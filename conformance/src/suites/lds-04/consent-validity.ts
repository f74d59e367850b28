import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { eventFor } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

const RESEARCH = "aaaaaaaa-0005-4000-8000-000000000003";
const STATISTICS = "aaaaaaaa-0005-4000-8000-000000000007";

/**
 * decide counts the named consent as valid only when every condition of LDS-04-R10 holds: consent given for
 * research to controller A and recipient B under one agreement is valid for B's research use under it, and not when
 * the subject, purpose, requester or agreement differ, after it is withdrawn, or for an id no record has.
 */
export const consentValidity = defineCheck({
  id: "lds-04/consent-validity",
  title: "Named consent is valid only for the use it covers, while given",
  standard: "LDS-04",
  requirements: ["LDS-04-R10"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const subject = freshSubject();
    const created = await api.createConsentRecord(
      REQUESTER.a,
      consentTerms(context, api, subject, {
        controllers: [REQUESTER.a],
        recipients: [REQUESTER.b],
        agreementIds: [RESEARCH],
        event: eventFor("given"),
      }),
    );
    context.expect(created.response.status, "status of POST /consent-records given for research").toBe(201);
    const { id } = created.response.json as { id: string };
    const use = {
      subject,
      purpose_class: "research",
      requester: api.organisation(REQUESTER.b),
      agreement_id: RESEARCH,
      agreement_version: 2,
      consent_id: id,
    };
    const firstReason = async (request: Record<string, unknown>, how: string, valid: boolean) => {
      const { response } = await api.decide(REQUESTER.c, request);
      const what = `POST /decisions naming the consent, ${how}`;
      context.expect(response.status, `status of ${what}`).toBe(200);
      context
        .expect((response.json as { reasons?: unknown[] }).reasons?.[0], `first reason of ${what}`)
        .toEqual({ code: valid ? "consent-valid" : "consent-not-valid", ref: request.consent_id });
    };
    await firstReason(use, "for the use it covers", true);
    await firstReason({ ...use, subject: freshSubject() }, "for another subject", false);
    await firstReason({ ...use, purpose_class: "planning" }, "for another purpose class", false);
    await firstReason({ ...use, requester: api.organisation(REQUESTER.c) }, "for a requester it does not name", false);
    await firstReason({ ...use, agreement_id: STATISTICS }, "under an agreement it does not list", false);
    await firstReason({ ...use, consent_id: crypto.randomUUID() }, "with an id no record has", false);
    const withdrawn = await api.appendConsentEvent(REQUESTER.a, id, eventFor("withdrawn"));
    context.expect(withdrawn.response.status, "status of POST /consent-records/{id}/events (withdrawn)").toBe(201);
    await firstReason(use, "after it was withdrawn", false);
  },
});

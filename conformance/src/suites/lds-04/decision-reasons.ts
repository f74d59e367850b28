import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { expectDecision, giveConsent, object, type Register } from "./decision-cases.ts";
import { withoutTime } from "./decision-model.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

/**
 * decide answers 200 with the reasons in the order LDS-04-R23 sets (consent named, consent relied on, then the
 * covering objections by recording time), evaluated_at between sending and receipt (against the Date header, as
 * clocks differ), and the same body again when nothing changed.
 */
export const decisionReasons = defineCheck({
  id: "lds-04/decision-reasons",
  title: "A decision is a pure function of the request and the register",
  standard: "LDS-04",
  requirements: ["LDS-04-R23"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const register: Register = { subject: freshSubject(), consents: [], objections: [] };
    await object(context, api, register, ["research"]);
    await object(context, api, register, ["planning", "research"]);
    const consent = await giveConsent(context, api, register, { purposes: ["planning"], recipients: [REQUESTER.c] });
    const use = {
      agreement_id: "aaaaaaaa-0005-4000-8000-000000000003",
      agreement_version: 2,
      purpose_class: "research",
      requester: REQUESTER.c,
      lawful_basis: "art6-1-a",
      consent_id: consent.id,
    };
    const first = await expectDecision(context, api, register, use, "on art6-1-a naming consent for another purpose");
    const date = Date.parse(first.headers.date ?? "");
    context
      .expect(
        (first.json as { evaluated_at?: string }).evaluated_at,
        "evaluated_at of POST /decisions, against the Date header",
      )
      .toSatisfy(
        (at) => Math.abs(Date.parse(at ?? "") - date) <= 60_000,
        "within 60 seconds of the response's Date header",
      );
    const { response } = await api.decide(REQUESTER.c, {
      ...use,
      subject: register.subject,
      requester: api.organisation(REQUESTER.c),
    });
    context
      .expect(withoutTime(response.json), "a repeated POST /decisions with nothing changed in between")
      .toEqual(withoutTime(first.json));
  },
});

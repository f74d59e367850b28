import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { expectDecision, object, type Register } from "./decision-cases.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

const RESEARCH = { agreement_id: "aaaaaaaa-0005-4000-8000-000000000003", agreement_version: 2 };
const PURPOSES = ["direct-care", "safeguarding", "planning", "research", "statistics"];

/**
 * For a person with two objections, decide gives one `objection` reason per active objection covering the purpose,
 * in recording order, `no-covering-objection` when none covers it and `purpose-not-objectable` for direct care and
 * safeguarding — before and after each objection is withdrawn (LDS-04-R21).
 */
export const coveringObjections = defineCheck({
  id: "lds-04/covering-objections",
  title: "Each active objection covering the purpose denies the use",
  standard: "LDS-04",
  requirements: ["LDS-04-R21"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const register: Register = { subject: freshSubject(), consents: [], objections: [] };
    await object(context, api, register, ["research"]);
    await object(context, api, register, ["planning", "research"]);
    const decideAll = async (when: string) => {
      for (const purpose_class of PURPOSES) {
        const use = { ...RESEARCH, purpose_class, requester: REQUESTER.c, lawful_basis: "art6-1-e" };
        await expectDecision(context, api, register, use, `for ${purpose_class} ${when}`);
      }
    };
    await decideAll("with two active objections");
    for (const [index, objection] of register.objections.entries()) {
      const { response } = await api.withdrawObjection(REQUESTER.a, objection.id, {
        reason: "subject-request",
        actor: { role: "subject" },
        channel: "online",
      });
      context.expect(response.status, `status of POST /objections/{id}/$withdraw of objection ${index + 1}`).toBe(200);
      register.objections[index] = { ...objection, active: false };
      await decideAll(`after withdrawing objection ${index + 1}`);
    }
  },
});

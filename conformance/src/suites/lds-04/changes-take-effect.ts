import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { eventFor } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

const RESEARCH = { agreement_id: "aaaaaaaa-0005-4000-8000-000000000003", agreement_version: 2 };

/**
 * Every objection, withdrawal and consent event counts from the moment its acceptance is answered: an objection to
 * research is seen by the very next check and decide, its withdrawal likewise, and consent withdrawn is no longer
 * valid for the very next decide — round after round, without a stale answer (LDS-04-R24).
 */
export const changesTakeEffect = defineCheck({
  id: "lds-04/changes-take-effect",
  title: "Objections, withdrawals and consent events take effect at once",
  standard: "LDS-04",
  requirements: ["LDS-04-R24"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const requester = api.organisation(REQUESTER.c);
    const rounds = Math.min(context.runs, 50);
    for (let round = 1; round <= rounds; round++) {
      const subject = freshSubject();
      const use = { ...RESEARCH, subject, purpose_class: "research", requester, lawful_basis: "art6-1-e" };
      const status = async () =>
        (
          (await api.checkObjections(REQUESTER.c, { purpose_class: "research", subjects: [subject] })).response
            .json as {
            results?: { status?: string }[];
          }
        ).results?.[0]?.status;
      const decision = async (request: Record<string, unknown>) =>
        (await api.decide(REQUESTER.c, request)).response.json as { decision?: string; reasons?: { code: string }[] };

      const created = await api.createObjection(REQUESTER.a, {
        subject,
        purposes: ["research"],
        actor: { role: "subject" },
        channel: "online",
      });
      context.expect(created.response.status, `status of POST /objections, round ${round}`).toBe(201);
      context
        .expect(await status(), `POST /objections/$check right after the objection was accepted, round ${round}`)
        .toBe("objection");
      context
        .expect(
          (await decision(use)).decision,
          `POST /decisions right after the objection was accepted, round ${round}`,
        )
        .toBe("deny");
      const { id } = created.response.json as { id: string };
      const withdrawn = await api.withdrawObjection(REQUESTER.a, id, {
        reason: "subject-request",
        actor: { role: "subject" },
        channel: "online",
      });
      context.expect(withdrawn.response.status, `status of POST /objections/{id}/$withdraw, round ${round}`).toBe(200);
      context
        .expect(await status(), `POST /objections/$check right after the withdrawal, round ${round}`)
        .toBe("no-objection");
      context
        .expect((await decision(use)).decision, `POST /decisions right after the withdrawal, round ${round}`)
        .toBe("permit");

      const given = await api.createConsentRecord(
        REQUESTER.a,
        consentTerms(context, api, subject, {
          controllers: [REQUESTER.a],
          recipients: [REQUESTER.c],
          event: eventFor("given"),
        }),
      );
      context.expect(given.response.status, `status of POST /consent-records, round ${round}`).toBe(201);
      const consent = (given.response.json as { id: string }).id;
      const ended = await api.appendConsentEvent(REQUESTER.a, consent, eventFor("withdrawn"));
      context
        .expect(ended.response.status, `status of POST /consent-records/{id}/events (withdrawn), round ${round}`)
        .toBe(201);
      context
        .expect(
          (await decision({ ...use, lawful_basis: "art6-1-a", consent_id: consent })).reasons?.[0]?.code,
          `first reason of POST /decisions right after consent was withdrawn, round ${round}`,
        )
        .toBe("consent-not-valid");
    }
  },
});

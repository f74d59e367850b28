import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { type Identifier, type Lds04Api, lds04Api, REQUESTER } from "./api.ts";
import { exampleInstance } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

async function objectionBy(api: Lds04Api, org: string, subject: Identifier) {
  const { response } = await api.createObjection(org, {
    subject,
    purposes: ["research", "planning"],
    actor: { role: "subject" },
    channel: "online",
  });
  return response;
}

const ids = (page: unknown) => ((page as { items?: { id: string }[] }).items ?? []).map((item) => item.id);

/**
 * A withdrawal appends a withdrawn event and keeps the objection readable and searchable, its set event unchanged;
 * a second withdrawal gets 409 `objection-already-withdrawn` and changes nothing (LDS-04-R14).
 */
export const objectionWithdrawal = defineCheck({
  id: "lds-04/objection-withdrawal",
  title: "Withdrawing an objection appends an event and deletes nothing",
  standard: "LDS-04",
  requirements: ["LDS-04-R14"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.b)],
  async run(context) {
    const api = lds04Api(context);
    const subject = freshSubject();
    const created = await objectionBy(api, REQUESTER.a, subject);
    context.expect(created.status, "status of POST /objections").toBe(201);
    const objection = created.json as {
      id: string;
      subject: unknown;
      purposes: unknown;
      events: Record<string, unknown>[];
    };
    const withdrawal = exampleInstance(context, "objection-withdrawal-subject-request");
    const { response } = await api.withdrawObjection(REQUESTER.b, objection.id, withdrawal);
    const what = "POST /objections/{id}/$withdraw with objection-withdrawal-subject-request, by B";
    context.expect(response.status, `status of ${what}`).toBe(200);
    const withdrawn = response.json as typeof objection & { status: string };
    context.expect(withdrawn.status, `status member after ${what}`).toBe("withdrawn");
    for (const member of ["id", "subject", "purposes"] as const) {
      context.expect(withdrawn[member], `${member} after ${what}`).toEqual(objection[member]);
    }
    context.expect(withdrawn.events?.[0], `set event after ${what}`).toEqual(objection.events[0]);
    const event = withdrawn.events?.[1] ?? {};
    context.expect(event.sequence, `sequence of the withdrawn event of ${what}`).toBe(2);
    context.expect(event.type, `type of the withdrawn event of ${what}`).toBe("withdrawn");
    for (const member of ["reason", "actor", "channel", "evidence_reference"]) {
      context.expect(event[member], `${member} of the withdrawn event of ${what}`).toEqual(withdrawal[member]);
    }
    context
      .expect(event.recorded_by, `recorded_by of the withdrawn event of ${what}`)
      .toEqual(api.organisation(REQUESTER.b));

    const read = await api.readObjection(REQUESTER.a, objection.id);
    context.expect(read.response.json, "GET /objections/{id} after the withdrawal").toEqual(withdrawn);
    const all = await api.searchObjections(REQUESTER.a, { subject });
    context
      .expect(ids(all.response.json), "ids of POST /objections/$search after the withdrawal")
      .toEqual([objection.id]);
    const active = await api.searchObjections(REQUESTER.a, { subject, status: "active" });
    context.expect(ids(active.response.json), "ids of POST /objections/$search with status active").toEqual([]);

    const again = await api.withdrawObjection(REQUESTER.a, objection.id, withdrawal);
    expectProblem(
      context,
      again.response,
      409,
      "objection-already-withdrawn",
      "a second POST /objections/{id}/$withdraw",
    );
    const after = await api.readObjection(REQUESTER.a, objection.id);
    context.expect(after.response.json, "GET /objections/{id} after the second withdrawal").toEqual(withdrawn);
  },
});

/**
 * Any organisation may withdraw an objection at the subject's request; only the recording one as entered in error,
 * others getting 403 `forbidden` with the objection left active (LDS-04-R15).
 */
export const objectionWithdrawer = defineCheck({
  id: "lds-04/objection-withdrawer",
  title: "Anyone withdraws at the subject's request; only the recorder as entered in error",
  standard: "LDS-04",
  requirements: ["LDS-04-R15"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.b)],
  async run(context) {
    const api = lds04Api(context);
    const subject = freshSubject();
    const first = (await objectionBy(api, REQUESTER.a, subject)).json as { id: string };
    const second = (await objectionBy(api, REQUESTER.a, subject)).json as { id: string };
    const byB = await api.withdrawObjection(
      REQUESTER.b,
      first.id,
      exampleInstance(context, "objection-withdrawal-by-subject"),
    );
    context
      .expect(byB.response.status, "status of POST /objections/{id}/$withdraw at the subject's request, by B")
      .toBe(200);
    const inError = exampleInstance(context, "objection-withdrawal-minimal");
    const refused = await api.withdrawObjection(REQUESTER.b, second.id, inError);
    expectProblem(
      context,
      refused.response,
      403,
      "forbidden",
      "POST /objections/{id}/$withdraw as entered in error, by B, which did not record it",
    );
    const read = await api.readObjection(REQUESTER.a, second.id);
    context
      .expect(
        (read.response.json as { status?: string }).status,
        "status of the objection after B's refused withdrawal",
      )
      .toBe("active");
    const byA = await api.withdrawObjection(REQUESTER.a, second.id, inError);
    context
      .expect(
        byA.response.status,
        "status of POST /objections/{id}/$withdraw as entered in error, by A, which recorded it",
      )
      .toBe(200);
  },
});

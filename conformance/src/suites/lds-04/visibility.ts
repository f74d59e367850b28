import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { eventFor } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

const ids = (page: unknown) => ((page as { items?: { id: string }[] }).items ?? []).map((item) => item.id);

/**
 * A consent record is seen and changed only by the organisations it names and the one that recorded it; every
 * organisation with lds-04:read sees every objection (LDS-04-R04).
 */
export const visibility = defineCheck({
  id: "lds-04/visibility",
  title: "Consent records only to the organisations they name; objections to everyone",
  standard: "LDS-04",
  requirements: ["LDS-04-R04"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.b, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const subject = freshSubject();
    const created = await api.createConsentRecord(
      REQUESTER.a,
      consentTerms(context, api, subject, {
        controllers: [REQUESTER.a],
        recipients: [REQUESTER.b],
        event: eventFor("requested"),
      }),
    );
    context.expect(created.response.status, "status of POST /consent-records by A naming B").toBe(201);
    const record = created.response.json as { id: string };

    const read = await api.readConsentRecord(REQUESTER.c, record.id);
    expectProblem(context, read.response, 403, "forbidden", "GET /consent-records/{id} by C, not named in the record");
    const append = await api.appendConsentEvent(REQUESTER.c, record.id, eventFor("requested"));
    expectProblem(
      context,
      append.response,
      403,
      "forbidden",
      "POST /consent-records/{id}/events by C, not named in the record",
    );
    const searchC = await api.searchConsentRecords(REQUESTER.c, { subject });
    context.expect(searchC.response.status, "status of POST /consent-records/$search by C").toBe(200);
    context.expect(ids(searchC.response.json), "ids POST /consent-records/$search by C returns").toEqual([]);

    const readB = await api.readConsentRecord(REQUESTER.b, record.id);
    context.expect(readB.response.status, "status of GET /consent-records/{id} by B, a recipient").toBe(200);
    const searchB = await api.searchConsentRecords(REQUESTER.b, { subject });
    context.expect(ids(searchB.response.json), "ids POST /consent-records/$search by B returns").toEqual([record.id]);
    const after = await api.readConsentRecord(REQUESTER.a, record.id);
    context
      .expect(after.response.json, "GET /consent-records/{id} by A after C's refused append")
      .toEqual(created.response.json);

    const objected = await api.createObjection(REQUESTER.a, {
      subject,
      purposes: ["research"],
      actor: { role: "subject" },
      channel: "online",
    });
    context.expect(objected.response.status, "status of POST /objections by A").toBe(201);
    const objection = objected.response.json as { id: string };
    const readObjection = await api.readObjection(REQUESTER.c, objection.id);
    context.expect(readObjection.response.status, "status of GET /objections/{id} by C").toBe(200);
    const searchObjections = await api.searchObjections(REQUESTER.c, { subject });
    context
      .expect(ids(searchObjections.response.json), "ids POST /objections/$search by C returns")
      .toEqual([objection.id]);
  },
});

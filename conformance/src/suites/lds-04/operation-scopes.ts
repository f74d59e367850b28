import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { lds04Api, OPERATIONS, REQUESTER } from "./api.ts";
import { eventFor } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import { LDS04_SCOPES, lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

/**
 * Each LDS-04 operation refuses a token without its scope with 403 `forbidden`, changing nothing (LDS-04-R01). The
 * token holds every other LDS-04 scope; the targets are a consent record and an objection the check created.
 */
export const operationScopes = defineCheck({
  id: "lds-04/operation-scopes",
  title: "Every LDS-04 operation needs its own scope",
  standard: "LDS-04",
  requirements: ["LDS-04-R01"],
  preconditions: [lds04Clients(REQUESTER.a)],
  async run(context) {
    const api = lds04Api(context);
    const subject = freshSubject();
    const created = await api.createConsentRecord(
      REQUESTER.a,
      consentTerms(context, api, subject, { controllers: [REQUESTER.a], event: eventFor("requested") }),
    );
    context.expect(created.response.status, "status of POST /consent-records with every LDS-04 scope").toBe(201);
    const record = created.response.json as { id: string };
    const objected = await api.createObjection(REQUESTER.a, {
      subject,
      purposes: ["research"],
      actor: { role: "subject" },
      channel: "online",
    });
    context.expect(objected.response.status, "status of POST /objections with every LDS-04 scope").toBe(201);
    const objection = objected.response.json as { id: string };
    const state = async () => ({
      record: (await api.readConsentRecord(REQUESTER.a, record.id)).response.json,
      objection: (await api.readObjection(REQUESTER.a, objection.id)).response.json,
      records: (await api.searchConsentRecords(REQUESTER.a, { subject })).response.json,
      objections: (await api.searchObjections(REQUESTER.a, { subject })).response.json,
    });
    const before = await state();

    const inputs = {
      createConsentRecord: {
        body: consentTerms(context, api, subject, { controllers: [REQUESTER.a], event: eventFor("requested") }),
      },
      readConsentRecord: { id: record.id },
      appendConsentEvent: { id: record.id, body: eventFor("refused") },
      searchConsentRecords: { body: { subject } },
      createObjection: { body: { subject, purposes: ["planning"], actor: { role: "subject" }, channel: "online" } },
      readObjection: { id: objection.id },
      withdrawObjection: {
        id: objection.id,
        body: { reason: "subject-request", actor: { role: "subject" }, channel: "online" },
      },
      searchObjections: { body: { subject } },
      checkObjections: { body: { purpose_class: "research", subjects: [subject] } },
      decide: {
        body: {
          subject,
          purpose_class: "research",
          requester: api.organisation(REQUESTER.c),
          agreement_id: "aaaaaaaa-0005-4000-8000-000000000003",
          agreement_version: 2,
        },
      },
    };
    for (const operationId of OPERATIONS) {
      const operation = context.operation(operationId);
      const needed = new Set(operation.scopeSets.flat());
      const scopes = LDS04_SCOPES.filter((scope) => !needed.has(scope));
      const { response } = await api.call(operationId, REQUESTER.a, inputs[operationId], { scopes });
      const what = `${operation.method.toUpperCase()} ${operation.path} (${operationId}) with a token holding ${scopes.join(" ")} but not ${[...needed].join(" ")}`;
      expectProblem(context, response, 403, "forbidden", what);
    }
    context
      .expect(await state(), "the consent record, objection and the subject's searches after every refused request")
      .toEqual(before);
  },
});

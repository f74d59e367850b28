import type { AuditEvent } from "@lds/types/lds-07";
import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { sendRecordAccess } from "../lds-06/record-access.ts";
import { organisationIdentifier, REQUESTERS, sameIdentifier } from "../lds-06/sandbox.ts";
import { auditorDeclared, auditorOf, eventsWithTrace, readEvent, searchAll, searchPage } from "./audit-trail.ts";

/**
 * Who sees which events (LDS-07-R17 to R19): two test requester organisations make requests about the same persona;
 * with lds-07:read each sees only its own events and gets 404 for the other's; the auditor sees both; a token with
 * lds-07:report alone is refused the audit reads and one with lds-07:read alone the access report.
 */
export const visibility = defineCheck({
  id: "lds-07/visibility",
  title: "Requesters see their own events, auditors every event, each operation under its scope",
  standard: "LDS-07",
  requirements: ["LDS-07-R17", "LDS-07-R18", "LDS-07-R19"],
  preconditions: [claims("LDS-06"), auditorDeclared],
  async run(context) {
    const [a, b] = REQUESTERS.filter((org) => context.declaration.clients[org]?.scopes.includes("lds-07:read"));
    if (!a || !b) return context.skip("fewer than two test requesters hold lds-07:read");
    const subject = { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000107" };
    const body = {
      subject,
      record_type: "childrens-social-care-summary",
      purpose_class: "safeguarding",
      lawful_basis: "art6-1-e",
      agreement_id: "aaaaaaaa-0005-4000-8000-000000000002",
    };
    const sentA = await sendRecordAccess(context, a, body);
    const sentB = await sendRecordAccess(context, b, body);
    const [eventA] = await eventsWithTrace(context, sentA.traceId);
    const [eventB] = await eventsWithTrace(context, sentB.traceId);
    context.expect(eventA, `the auditor's event for ${a}'s request`).toBeDefined();
    context.expect(eventB, `the auditor's event for ${b}'s request`).toBeDefined();
    const tokenB = await context.token(b, ["lds-07:read"]);
    for (const filter of [{}, { subject }]) {
      const seen = await searchAll(context, tokenB, filter, `as ${b}`);
      const foreign = seen.filter(
        (event) => !sameIdentifier(event.requester.organisation, organisationIdentifier(context, b)),
      );
      context
        .expect(
          foreign.map((event) => event.id),
          `events of other organisations in ${b}'s search ${JSON.stringify(filter)}`,
        )
        .toEqual([]);
      context
        .expect(
          seen.some((event) => event.trace_id === sentB.traceId),
          `${b}'s own request in its search ${JSON.stringify(filter)}`,
        )
        .toBe(true);
    }
    const other = await readEvent(context, tokenB, (eventA as AuditEvent).id);
    expectProblem(context, other, 404, "not-found", `GET /audit-events/{id of ${a}'s event} as ${b}`);
    const auditor = await context.token(auditorOf(context));
    for (const event of [eventA!, eventB!]) {
      const read = await readEvent(context, auditor, event.id);
      context
        .expect(
          read.status,
          `status of GET /audit-events/{id} of ${event.requester.organisation.value}'s event as the auditor`,
        )
        .toBe(200);
    }
    // Scopes (LDS-07-R19).
    const reportOnly = await context.token(a, ["lds-07:report"]);
    const readOnly = await context.token(a, ["lds-07:read"]);
    const reads: [string, () => Promise<import("../../transport/exchange.ts").HttpResponse>][] = [
      ["POST /audit-events/$search", () => searchPage(context, reportOnly, {})],
      [
        "POST /audit-events/fhir/$search",
        () => searchPage(context, reportOnly, {}, 1, 20, "/audit-events/fhir/$search"),
      ],
      ["GET /audit-events/{id}", () => readEvent(context, reportOnly, eventA!.id)],
      [
        "GET /audit-chain",
        async () =>
          (await context.http.request({ path: "/audit-chain", headers: { authorization: `Bearer ${reportOnly}` } }))
            .response,
      ],
      [
        "GET /audit-chain/links",
        async () =>
          (
            await context.http.request({
              path: "/audit-chain/links",
              headers: { authorization: `Bearer ${reportOnly}` },
            })
          ).response,
      ],
    ];
    for (const [what, call] of reads)
      expectProblem(context, await call(), 403, "forbidden", `${what} with lds-07:report only`);
    const { response } = await context.http.request({
      method: "POST",
      path: "/access-reports/$search",
      headers: { authorization: `Bearer ${readOnly}` },
      json: { subject },
    });
    expectProblem(context, response, 403, "forbidden", "POST /access-reports/$search with lds-07:read only");
    const allowed = await context.http.request({
      method: "POST",
      path: "/access-reports/$search",
      headers: { authorization: `Bearer ${reportOnly}` },
      json: { subject },
    });
    context.expect(allowed.response.status, "status of POST /access-reports/$search with lds-07:report").toBe(200);
  },
});

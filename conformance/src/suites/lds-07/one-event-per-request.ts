import type { AuditEvent } from "@lds/types/lds-07";
import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { organisationIdentifier, REQUESTERS } from "../lds-06/sandbox.ts";
import { auditorDeclared, auditorOf, eventsWithTrace, newTraceId, searchAll, traceparent } from "./audit-trail.ts";

const ACCESS = "/records/$search";
const SEARCH = "/audit-events/$search";

/**
 * Counting and content (LDS-07-R01 to R04, R07, R08, R13): as the test requester organisation the suite uses least
 * (the last declared), it sends requests that are refused, rejected as invalid (an invalid NHS number among them) and
 * performed, each with a fresh traceparent and about half with an LDS-User-Ref, and the same requests without a
 * token. The auditor then finds exactly one event per authenticated trace id, none for the unauthenticated ones,
 * exactly as many events of that organisation in the period as requests sent, and each event records the request and
 * its answer.
 */
export const oneEventPerRequest = defineCheck({
  id: "lds-07/one-event-per-request",
  title: "Every authenticated request to an audited operation has exactly one event that records it",
  standard: "LDS-07",
  requirements: ["LDS-07-R01", "LDS-07-R02", "LDS-07-R03", "LDS-07-R04", "LDS-07-R07", "LDS-07-R08", "LDS-07-R13"],
  preconditions: [claims("LDS-06"), auditorDeclared],
  async run(context) {
    const organisation = [...REQUESTERS].reverse().find((org) => context.declaration.clients[org]);
    if (!organisation) return context.skip("the declaration has no test requester client");
    const client = context.declaration.clients[organisation]!;
    const token = await context.token(organisation);
    const auditor = await context.token(auditorOf(context));
    const from = new Date(Date.now() - 1000).toISOString();
    const base = {
      record_type: "family-support-summary",
      purpose_class: "direct-care",
      lawful_basis: "art6-1-e",
      agreement_id: "aaaaaaaa-0005-4000-8000-000000000001",
    };
    const requests: { path: string; body: unknown; subjects: unknown[]; standard: string; operation: string }[] = [
      {
        path: ACCESS,
        body: { ...base, subject: { system: "https://fhir.nhs.uk/Id/nhs-number", value: "999 000 0018" } },
        subjects: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000018" }],
        standard: "LDS-06",
        operation: "requestRecordAccess",
      },
      {
        path: ACCESS,
        body: { ...base, subject: { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000019" } },
        subjects: [],
        standard: "LDS-06",
        operation: "requestRecordAccess",
      },
      {
        path: ACCESS,
        body: { ...base, agreement_id: "not-a-uuid", subject: { system: "urn:lds:id:upn", value: "J991400117001" } },
        subjects: [{ system: "urn:lds:id:upn", value: "J991400117001" }],
        standard: "LDS-06",
        operation: "requestRecordAccess",
      },
      {
        path: ACCESS,
        body: {
          ...base,
          purpose_class: "planning",
          subject: { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000115" },
        },
        subjects: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000115" }],
        standard: "LDS-06",
        operation: "requestRecordAccess",
      },
      {
        path: SEARCH,
        body: { purpose_class: "planning" },
        subjects: [],
        standard: "LDS-07",
        operation: "searchAuditEvents",
      },
    ];
    const sent: {
      traceId: string;
      userRef?: string;
      status: number;
      code?: string;
      date: string;
      request: (typeof requests)[number];
    }[] = [];
    for (const [index, request] of requests.entries()) {
      const traceId = newTraceId();
      const userRef = index % 2 === 0 ? `staff-${newTraceId().slice(0, 12)}` : undefined;
      const { response } = await context.http.request({
        method: "POST",
        path: request.path,
        headers: {
          authorization: `Bearer ${token}`,
          traceparent: traceparent(traceId),
          ...(userRef ? { "lds-user-ref": userRef } : {}),
        },
        json: request.body,
      });
      const code = (response.json as { code?: string } | undefined)?.code;
      sent.push({
        traceId,
        ...(userRef ? { userRef } : {}),
        status: response.status,
        ...(response.status >= 300 && code ? { code } : {}),
        date: response.headers.date ?? "",
        request,
      });
    }
    const anonymous: string[] = [];
    for (const request of requests.slice(0, 2)) {
      const traceId = newTraceId();
      anonymous.push(traceId);
      await context.http.request({
        method: "POST",
        path: request.path,
        headers: { traceparent: traceparent(traceId) },
        json: request.body,
      });
    }
    for (const { traceId, userRef, status, code, date, request } of sent) {
      const what = `the audit event of POST ${request.path} (${status}${code ? ` ${code}` : ""}) with trace id ${traceId}`;
      const events = await eventsWithTrace(context, traceId);
      context
        .expect(
          events.length,
          `number of events with the trace id of POST ${request.path} answered ${status}${code ? ` ${code}` : ""}`,
        )
        .toBe(1);
      const event = events[0] as AuditEvent;
      context.expect(event, what).toBeValid("lds-07/audit-event");
      context.expect(event.trace_id, `trace_id of ${what}`).toBe(traceId);
      context.expect(event.standard, `standard of ${what}`).toBe(request.standard);
      context.expect(event.operation, `operation of ${what}`).toBe(request.operation);
      context.expect(event.action, `action of ${what}`).toBe("read");
      context
        .expect(event.requester.organisation, `requester.organisation of ${what}`)
        .toEqual(organisationIdentifier(context, organisation));
      context.expect(event.requester.client_id, `requester.client_id of ${what}`).toBe(client.client_id);
      context.expect(event.requester.user_ref, `requester.user_ref of ${what}`).toBe(userRef);
      context.expect(event.subjects ?? [], `subjects of ${what}`).toEqual(request.subjects);
      context.expect(event.outcome.http_status, `outcome.http_status of ${what}`).toBe(status);
      const result = status < 300 ? "permit" : status === 403 ? "deny" : "error";
      context.expect(event.outcome.result, `outcome.result of ${what}`).toBe(result);
      context.expect(event.outcome.problem_code, `outcome.problem_code of ${what}`).toBe(code);
      context.expect(event.recorded_at, `recorded_at of ${what}`).toMatch(/Z$/);
      context
        .expect(event.recorded_at, `recorded_at of ${what}, against the answer's Date header ${date}`)
        .toSatisfy((at) => Date.parse(at) <= Date.parse(date) + 1000, "no later than the Date header plus one second");
    }
    for (const traceId of anonymous) {
      context
        .expect(
          (await eventsWithTrace(context, traceId)).length,
          `number of events with the trace id of an unauthenticated request`,
        )
        .toBe(0);
    }
    const mine = await searchAll(
      context,
      auditor,
      { requester: organisationIdentifier(context, organisation), recorded_from: from },
      `requester ${organisation}`,
    );
    const ours = mine.filter((event) => sent.some((s) => s.traceId === event.trace_id));
    context
      .expect(ours.length, `number of events of ${organisation} with the trace ids the suite sent`)
      .toBe(sent.length);
  },
});

import { randomUUID } from "node:crypto";
import type { AuditEvent } from "@lds/types/lds-07";
import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { describeCase } from "../lds-06/cases.ts";
import type { AccessCase } from "../lds-06/decision-model.ts";
import { permittedCases } from "../lds-06/permitted.ts";
import { justification, sendRecordAccess } from "../lds-06/record-access.ts";
import { personaOf, personasOf, REQUESTERS } from "../lds-06/sandbox.ts";
import {
  auditorDeclared,
  auditorOf,
  eventsWithTrace,
  newTraceId,
  reportToken,
  requestReport,
  searchAll,
} from "./audit-trail.ts";

const ACTIVITY: Record<string, string> = {
  "LDS-06": "record-access",
  "LDS-04": "consent-and-objections",
  "LDS-05": "data-sharing-agreement",
  "LDS-07": "audit",
};

/** The access report entry of an event (LDS-07-R20), without the organisation's optional name (LDS-07-R22). */
function entryOf(event: AuditEvent): Record<string, unknown> {
  return {
    event_id: event.id,
    accessed_at: event.recorded_at,
    organisation: { identifier: { ...event.requester.organisation } },
    activity: ACTIVITY[event.standard] ?? "other",
    action: event.action,
    ...(event.purpose_class !== undefined ? { purpose_class: event.purpose_class } : {}),
    ...(event.agreement_id !== undefined ? { agreement_id: event.agreement_id } : {}),
    ...(event.agreement_version !== undefined ? { agreement_version: event.agreement_version } : {}),
    outcome: event.outcome.result,
    ...(event.outcome.problem_code !== undefined ? { problem_code: event.outcome.problem_code } : {}),
    break_glass: event.break_glass,
  };
}

/** Every string in a JSON value, member names included. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([name, member]) => [name, ...strings(member)]);
  return [];
}

interface Report {
  subject: { system: string; value: string };
  entries: (Record<string, unknown> & { event_id: string; organisation: { identifier: unknown; name?: string } })[];
}

/**
 * The access report (LDS-07-R20, R21): test requester organisations make permitted, refused and failed record access
 * requests about a persona, each with a unique staff reference, trace id and (for one) break-glass justification.
 * The report for the persona lists exactly the events the auditor finds by the same subject before the report's own
 * event, in sequence order, each mapped from its event; limited to a period, only the events in it. No string in
 * either report is a staff reference, trace id, justification, client id, hash or another identifier of the person.
 */
export const accessReport = defineCheck({
  id: "lds-07/access-report",
  title: "The access report lists every event about the person, naming organisations, not staff",
  standard: "LDS-07",
  requirements: ["LDS-07-R20", "LDS-07-R21"],
  preconditions: [claims("LDS-06"), claims("LDS-05"), auditorDeclared],
  async run(context) {
    const reporter = await reportToken(context);
    if (!reporter) return context.skip("no declared client holds lds-07:report");
    const [pick] = await permittedCases(context);
    if (!pick) return context.skip("no persona agreement in force gives a test requester a persona's record");
    const requesters = REQUESTERS.filter((org) => context.declaration.clients[org]);
    const others = requesters.filter((org) => org !== pick.requester);
    const attempts: { request: AccessCase; outcome: string; scopes?: readonly string[] }[] = [
      { request: pick, outcome: "permitted" },
      { request: { ...pick, requester: pick.outsider ?? others[0] ?? pick.requester }, outcome: "refused" },
      {
        // Break-glass without the lds-06:break-glass scope: refused, and recorded with its justification.
        request: {
          ...pick,
          requester: others[1] ?? pick.requester,
          body: {
            ...pick.body,
            purpose_class: "safeguarding",
            lawful_basis: "art6-1-e",
            break_glass: { justification: justification() },
          },
        },
        outcome: "refused",
        scopes: (context.declaration.clients[others[1] ?? pick.requester]?.scopes ?? []).filter(
          (scope) => scope !== "lds-06:break-glass",
        ),
      },
      {
        request: {
          ...pick,
          requester: others[0] ?? pick.requester,
          body: { ...pick.body, agreement_id: randomUUID() },
        },
        outcome: "failed (no such agreement)",
      },
    ];
    const secrets: string[] = [];
    const ours: AuditEvent[] = [];
    for (const { request, outcome, scopes } of attempts) {
      const userRef = `staff-${newTraceId().slice(0, 16)}`;
      const { response, traceId } = await sendRecordAccess(context, request.requester, request.body, {
        headers: { "lds-user-ref": userRef },
        ...(scopes ? { scopes } : {}),
      });
      secrets.push(userRef, traceId, ...(request.body.break_glass ? [request.body.break_glass.justification] : []));
      const [event] = await eventsWithTrace(context, traceId);
      context
        .expect(event, `the audit event of ${describeCase(request)} (${outcome}, answered ${response.status})`)
        .toBeDefined();
      ours.push(event!);
    }
    const subject = pick.body.subject;
    const person = personaOf(context, subject);
    const otherIdentifiers = (personasOf(context).people.find((p) => p.id === person)?.identifiers ?? [])
      .filter((identifier) => identifier.system !== subject.system || identifier.value !== subject.value)
      .map((identifier) => identifier.value);
    const clientIds = Object.values(context.declaration.clients).flatMap((client) =>
      client ? [client.client_id] : [],
    );
    const auditor = await context.token(auditorOf(context));
    const from = ours[0]!.recorded_at;
    const to = new Date(Date.parse(ours.at(-1)!.recorded_at) + 1).toISOString();
    for (const period of [{}, { recorded_from: from, recorded_to: to }]) {
      const what = `POST /access-reports/$search for ${subject.value}${period.recorded_from ? ` from ${from} to ${to}` : ""}`;
      const { response, traceId } = await requestReport(context, reporter, { subject, ...period });
      context.expect(response.status, `status of ${what}`).toBe(200);
      context.expect(response.json, `body of ${what}`).toBeValid("lds-07/access-report");
      const report = response.json as Report;
      context.expect(report.subject, `subject of ${what}`).toEqual(subject);
      const [own] = await eventsWithTrace(context, traceId);
      context.expect(own, `the audit event of ${what}`).toBeDefined();
      const about = await searchAll(
        context,
        auditor,
        { subject, sequence_to: own!.sequence - 1, ...period },
        `subject ${subject.value} before the report`,
      );
      context
        .expect(
          ours.filter((event) => !about.some((found) => found.id === event.id)).map((event) => event.id),
          `events of the suite's requests about ${subject.value} that the auditor's search by subject does not find`,
        )
        .toEqual([]);
      context
        .expect(
          report.entries.map(({ organisation: { name: _name, ...organisation }, ...entry }) => ({
            ...entry,
            organisation,
          })),
          `entries of ${what}, against the events the auditor finds by subject before the report's own event`,
        )
        .toEqual(about.map(entryOf));
      const forbidden = new Set([
        ...secrets,
        ...clientIds,
        ...otherIdentifiers,
        ...[...about, own!].flatMap((event) => [event.hash, event.prev_hash]),
      ]);
      context
        .expect(
          [...new Set(strings(report).filter((text) => forbidden.has(text)))],
          `strings in ${what} that are staff references, trace ids, justifications, client ids, hashes or other identifiers of the person`,
        )
        .toEqual([]);
    }
  },
});

import type { AuditEvent } from "@lds/types/lds-07";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { auditorDeclared, auditorOf, readEvent } from "../lds-07/audit-trail.ts";
import { describeCase, unknownNhsNumber } from "./cases.ts";
import type { AccessCase } from "./decision-model.ts";
import { permittedCases } from "./permitted.ts";
import { sendRecordAccess } from "./record-access.ts";
import { organisationIdentifier, REQUESTERS } from "./sandbox.ts";

/**
 * Every answer names its audit event (LDS-06-R22), and the event flags break-glass with its justification exactly
 * when the request carried it (LDS-06-R19): for a permitted request, the same with break-glass, a break-glass request
 * without the scope, and requests refused as not-a-party and subject-not-found, the event the answer names records
 * the request and the answer.
 */
export const auditLink = defineCheck({
  id: "lds-06/audit-link",
  title: "Every answer names the audit event that records it",
  standard: "LDS-06",
  requirements: ["LDS-06-R19", "LDS-06-R22"],
  preconditions: [claims("LDS-05"), claims("LDS-07"), auditorDeclared],
  async run(context) {
    const cases = await permittedCases(context);
    const [permitted] = cases;
    if (!permitted) return context.skip("no persona agreement in force gives a test requester a persona's record");
    const breakGlassRequester = REQUESTERS.find((org) =>
      context.declaration.clients[org]?.scopes.includes("lds-06:break-glass"),
    );
    const safeguarding = cases.find(
      (c) => c.requester === breakGlassRequester && c.body.purpose_class === "safeguarding",
    );
    const justification = `Conformance break-glass ${Math.random().toString(36).slice(2)}: a child is missing.`;
    const variants: { request: AccessCase; scopes?: string[] }[] = [{ request: permitted }];
    if (permitted.outsider) variants.push({ request: { ...permitted, requester: permitted.outsider } });
    variants.push({
      request: { ...permitted, body: { ...permitted.body, subject: fc.sample(unknownNhsNumber, 1)[0]! } },
    });
    if (safeguarding && breakGlassRequester) {
      const body = { ...safeguarding.body, break_glass: { justification } };
      variants.push({
        request: { ...safeguarding, breakGlassScope: true, body },
        scopes: [...(context.declaration.clients[breakGlassRequester]?.scopes ?? [])],
      });
      const scopes = (context.declaration.clients[breakGlassRequester]?.scopes ?? []).filter(
        (s) => s !== "lds-06:break-glass",
      );
      variants.push({ request: { ...safeguarding, body }, scopes });
    }
    const auditor = await context.token(auditorOf(context));
    for (const { request, scopes } of variants) {
      const what = describeCase(request);
      const { response } = await sendRecordAccess(context, request.requester, request.body, scopes ? { scopes } : {});
      const answer = response.json as {
        audit_event_id?: string;
        code?: string;
        provenance?: { agreement_version?: number };
      };
      context.expect(answer.audit_event_id, `audit_event_id of the answer to ${what}`).toMatch(/^[0-9a-f-]{36}$/);
      const read = await readEvent(context, auditor, answer.audit_event_id!);
      context.expect(read.status, `status of GET /audit-events/{audit_event_id} for ${what}`).toBe(200);
      const event = read.json as AuditEvent;
      const of = (member: string) => `${member} of the audit event of ${what}`;
      context.expect(event.operation, of("operation")).toBe("requestRecordAccess");
      context
        .expect(event.requester.organisation, of("requester.organisation"))
        .toEqual(organisationIdentifier(context, request.requester));
      context.expect(event.subjects, of("subjects")).toEqual([request.body.subject]);
      context.expect<unknown>(event.purpose_class, of("purpose_class")).toBe(request.body.purpose_class);
      context.expect(event.agreement_id, of("agreement_id")).toBe(request.body.agreement_id);
      context.expect<unknown>(event.lawful_basis, of("lawful_basis")).toBe(request.body.lawful_basis);
      context.expect(event.outcome.http_status, of("outcome.http_status")).toBe(response.status);
      context.expect(event.outcome.problem_code, of("outcome.problem_code")).toBe(answer.code);
      if (answer.provenance)
        context.expect(event.agreement_version, of("agreement_version")).toBe(answer.provenance.agreement_version);
      const carried = request.body.break_glass !== undefined;
      context.expect(event.break_glass, of("break_glass")).toBe(carried);
      context
        .expect(event.break_glass_justification, of("break_glass_justification"))
        .toBe(request.body.break_glass?.justification);
      if (request.breakGlassScope) {
        context.expect(response.status, `status of ${what}, an authorised break-glass request`).toBe(200);
      }
      if (response.status === 200) {
        context
          .expect((answer.provenance as { break_glass?: boolean }).break_glass, `provenance.break_glass of ${what}`)
          .toBe(carried);
      }
    }
  },
});

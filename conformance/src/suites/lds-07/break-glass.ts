import type { AuditEvent } from "@lds/types/lds-07";
import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { describeCase } from "../lds-06/cases.ts";
import type { AccessCase } from "../lds-06/decision-model.ts";
import { permittedCases } from "../lds-06/permitted.ts";
import { justification, sendRecordAccess } from "../lds-06/record-access.ts";
import { REQUESTERS } from "../lds-06/sandbox.ts";
import { auditorDeclared, eventsWithTrace } from "./audit-trail.ts";

/**
 * Break-glass in the audit trail (LDS-07-R05): a break-glass request the platform permits (safeguarding, with the
 * lds-06:break-glass scope, when a declared client holds it), the same refused (without the scope), the same rejected
 * (purpose planning, which break-glass never allows) and an ordinary request. Each break-glass attempt's event is flagged with its own justification verbatim, whatever the
 * outcome; the ordinary request's event is not flagged and carries no justification.
 */
export const breakGlass = defineCheck({
  id: "lds-07/break-glass",
  title: "Every break-glass attempt is flagged in its audit event with its justification",
  standard: "LDS-07",
  requirements: ["LDS-07-R05"],
  preconditions: [claims("LDS-06"), claims("LDS-05"), auditorDeclared],
  async run(context) {
    const holder = REQUESTERS.find((org) => context.declaration.clients[org]?.scopes.includes("lds-06:break-glass"));
    const cases = (await permittedCases(context)).filter(
      (c) => c.body.purpose_class === "safeguarding" && c.body.lawful_basis !== "art6-1-a",
    );
    const safeguarding = cases.find((c) => c.requester === holder) ?? cases[0];
    if (!safeguarding)
      return context.skip("no persona agreement in force gives a test requester a record for safeguarding");
    const scopes = context.declaration.clients[safeguarding.requester]?.scopes ?? [];
    const withGlass = (body: AccessCase["body"]) => ({ ...body, break_glass: { justification: justification() } });
    const unscoped = scopes.filter((scope) => scope !== "lds-06:break-glass");
    const attempts: {
      label: string;
      request: AccessCase;
      scopes: readonly string[];
      expected: (status: number) => boolean;
      wanted: string;
    }[] = [
      // The permitted attempt needs a client holding lds-06:break-glass; the others are made whether or not one is declared.
      ...(safeguarding.requester === holder
        ? [
            {
              label: "permitted",
              request: { ...safeguarding, breakGlassScope: true, body: withGlass(safeguarding.body) },
              scopes,
              expected: (status: number) => status === 200,
              wanted: "200",
            },
          ]
        : []),
      {
        label: "refused without lds-06:break-glass",
        request: { ...safeguarding, body: withGlass(safeguarding.body) },
        scopes: unscoped,
        expected: (status) => status === 403,
        wanted: "403",
      },
      {
        label: "rejected for purpose planning",
        request: { ...safeguarding, body: withGlass({ ...safeguarding.body, purpose_class: "planning" }) },
        scopes: unscoped,
        expected: (status) => status >= 400 && status < 500 && status !== 401,
        wanted: "a 4xx status other than 401",
      },
      {
        label: "ordinary",
        request: safeguarding,
        scopes: unscoped,
        expected: (status) => status === 200,
        wanted: "200",
      },
    ];
    for (const { label, request, scopes: granted, expected, wanted } of attempts) {
      const what = `${describeCase(request)} (${label})`;
      const { response, traceId } = await sendRecordAccess(context, request.requester, request.body, {
        scopes: granted,
      });
      context.expect(response.status, `status of ${what}`).toSatisfy(expected, wanted);
      const events = await eventsWithTrace(context, traceId);
      context.expect(events.length, `number of audit events with the trace id of ${what}`).toBe(1);
      const event = events[0] as AuditEvent;
      const sent = request.body.break_glass?.justification;
      context.expect(event.break_glass, `break_glass of the audit event of ${what}`).toBe(sent !== undefined);
      context
        .expect(event.break_glass_justification, `break_glass_justification of the audit event of ${what}`)
        .toBe(sent);
    }
  },
});

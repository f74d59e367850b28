import { defineFaux, pathOf, withJson } from "../faux.ts";

/** Refusals do not name their audit event: the problem lacks the audit_event_id extension member. */
export const problemWithoutAuditEvent = defineFaux({
  name: "problem-without-audit-event",
  breaks: "LDS-06-R22",
  description: "refuses record access with a problem that carries no audit_event_id",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (pathOf(request) !== "/records/$search" || response.status < 400) return response;
    return withJson(response, (body) => {
      const { audit_event_id: _dropped, ...problem } = body as Record<string, unknown>;
      return problem;
    });
  },
});

import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { permittedCases } from "./permitted.ts";
import { RECORD_ACCESS_PATH, sendRecordAccess } from "./record-access.ts";
import { organisationIdentifier, REQUESTERS } from "./sandbox.ts";

/**
 * The requester is the token's organisation, never the body's (LDS-06-R01): no token is 401, a token without
 * lds-06:read is 403 forbidden, a body naming a requester is 422 at that member, and the same body is permitted for a
 * party and refused not-a-party for an organisation that is not one.
 */
export const requesterFromToken = defineCheck({
  id: "lds-06/requester-from-token",
  title: "The access token, never the body, names the requester",
  standard: "LDS-06",
  requirements: ["LDS-06-R01"],
  preconditions: [claims("LDS-05")],
  async run(context) {
    const [permitted] = await permittedCases(context);
    if (!permitted) return context.skip("no persona agreement in force gives a test requester a persona's record");
    const { requester, body } = permitted;
    const unauthenticated = await context.http.request({ method: "POST", path: RECORD_ACCESS_PATH, json: body });
    expectProblem(context, unauthenticated.response, 401, "unauthorised", `POST ${RECORD_ACCESS_PATH} without a token`);
    const scopes = (context.declaration.clients[requester]?.scopes ?? []).filter(
      (scope) => !scope.startsWith("lds-06:"),
    );
    const unscoped = await sendRecordAccess(context, requester, body, { scopes });
    expectProblem(
      context,
      unscoped.response,
      403,
      "forbidden",
      `POST ${RECORD_ACCESS_PATH} by ${requester} without lds-06:read`,
    );
    const other = REQUESTERS.find((candidate) => candidate !== requester)!;
    for (const member of ["requester", "requester_organisation"]) {
      const named = { ...body, [member]: organisationIdentifier(context, other) };
      const { response } = await sendRecordAccess(context, requester, named);
      const what = `POST ${RECORD_ACCESS_PATH} by ${requester} with a body member ${member}`;
      expectProblem(context, response, 422, "validation-failed", what);
      const errors = (response.json as { errors?: { pointer: string; code: string }[] }).errors ?? [];
      context
        .expect(errors, `errors of ${what}`)
        .toSatisfy(
          (list) => list.some((error) => error.pointer === `/${member}` && error.code === "unknown-member"),
          `an unknown-member error at /${member}`,
        );
    }
    const allowed = await sendRecordAccess(context, requester, body);
    context.expect(allowed.response.status, `status of POST ${RECORD_ACCESS_PATH} by ${requester}, a party`).toBe(200);
    const outsider = permitted.outsider;
    if (!outsider) return;
    const refused = await sendRecordAccess(context, outsider, body);
    expectProblem(
      context,
      refused.response,
      403,
      "not-a-party",
      `the same POST ${RECORD_ACCESS_PATH} by ${outsider}, not a party`,
    );
  },
});

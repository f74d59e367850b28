import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { expectProblem } from "./problem.ts";
import { personaValidationBody } from "./tour.ts";

/**
 * Accept absent or admitting JSON is served; Accept admitting no LDS media type is 406 `not-acceptable`; a body that
 * is not `application/json` is 415 `unsupported-media-type` (LDS-00-R03).
 */
export const contentNegotiation = defineCheck({
  id: "lds-00/content-negotiation",
  title: "Accept and Content-Type are negotiated: 406 and 415 problems",
  standard: "LDS-00",
  requirements: ["LDS-00-R03"],
  preconditions: [claims("LDS-01"), clientFor("validateIdentifiers")],
  async run(context) {
    for (const accept of ["*/*", "application/*", "application/json", "text/html;q=0.9, application/json;q=0.8"]) {
      const { response } = await context.http.request({ path: "/", headers: { accept } });
      context.expect(response.status, `status of GET / with Accept: ${accept}`).toBe(200);
      context.expect(response.mediaType, `media type of GET / with Accept: ${accept}`).toBe("application/json");
    }
    for (const accept of ["application/xml", "text/html"]) {
      const { response } = await context.http.request({ path: "/", headers: { accept } });
      expectProblem(context, response, 406, "not-acceptable", `GET / with Accept: ${accept}`);
    }
    const operation = context.operation("validateIdentifiers");
    const token = await context.token(context.clientFor(operation)!);
    const body = JSON.stringify(personaValidationBody(context));
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const { response } = await context.http.request({
        method: "POST",
        path: operation.path,
        headers: { authorization: `Bearer ${token}`, "content-type": type },
        body,
      });
      expectProblem(
        context,
        response,
        415,
        "unsupported-media-type",
        `POST ${operation.path} with Content-Type: ${type}`,
      );
    }
    const { response } = await context.http.request({
      method: "POST",
      path: operation.path,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json; charset=utf-8" },
      body,
    });
    context.expect(response.status, `status of POST ${operation.path} with Content-Type: application/json`).toBe(200);
  },
});

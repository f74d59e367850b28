import { randomBytes } from "node:crypto";
import type { ApiOperation } from "@lds/catalogue";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { securedOperations } from "../../engine/preconditions.ts";
import { expectProblem } from "./problem.ts";

/** A path for an operation with placeholder path parameters: authentication comes first, so they never matter. */
const pathOf = (operation: ApiOperation) =>
  operation.path.replace(/\{[^}]+\}/g, "00000000-0000-4000-8000-000000000000");

async function unauthenticated(context: CheckContext, operation: ApiOperation, token: string | undefined) {
  const what = `${operation.method.toUpperCase()} ${operation.path} ${token ? "with an unknown token" : "without a token"}`;
  const { response } = await context.http.request({
    method: operation.method,
    path: pathOf(operation),
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    // An invalid body: the answer must still be 401, not 400 or 422 (authentication is checked first).
    ...(operation.requestBody ? { json: {} } : {}),
    retry: false,
  });
  expectProblem(context, response, 401, "unauthorised", what);
  const challenge = response.headers["www-authenticate"] ?? "";
  context.expect(challenge, `WWW-Authenticate of ${what}`).toMatch(/^Bearer\b/i);
  if (token) context.expect(challenge, `WWW-Authenticate of ${what}`).toMatch(/error="invalid_token"/);
}

/** Every personal-data operation refuses a request without a valid bearer token (LDS-00-R14). */
export const bearerRequired = defineCheck({
  id: "lds-00/bearer-required",
  title: "Personal-data operations need a bearer token",
  standard: "LDS-00",
  requirements: ["LDS-00-R14"],
  preconditions: [securedOperations()],
  async run(context) {
    for (const operation of context.claimedOperations().filter((candidate) => candidate.secured)) {
      await unauthenticated(context, operation, undefined);
      await unauthenticated(context, operation, randomBytes(32).toString("base64url"));
    }
  },
});

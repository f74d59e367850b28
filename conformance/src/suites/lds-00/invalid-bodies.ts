import { nearMissFor } from "@lds/arbitraries";
import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { expectProblem } from "./problem.ts";

const OPERATION = "validateIdentifiers";

/**
 * Bodies that are not JSON get 400 and bodies that are JSON but break the request schema get 422 with the errors
 * the LDS validators report (LDS-00-R09) — never a 5xx (R08). Near-miss bodies are generated from the LDS-01 batch
 * validation request schema: each breaks it in one place.
 */
export const invalidBodies = defineCheck({
  id: "lds-00/invalid-bodies",
  title: "Invalid request bodies get 400 or 422, never a server error",
  standard: "LDS-00",
  requirements: ["LDS-00-R08", "LDS-00-R09"],
  preconditions: [claims("LDS-01"), clientFor(OPERATION)],
  async run(context) {
    const operation = context.operation(OPERATION);
    const schema = operation.requestBody?.schema;
    if (!schema) return context.skip(`${OPERATION} has no request body schema`);
    const token = await context.token(context.clientFor(operation)!);
    const post = (body: { json: unknown } | { body: string }) =>
      context.http.request({
        method: "POST",
        path: operation.path,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        ...body,
      });

    const truncated = await post({ body: '{"identifiers": [' });
    context
      .expect(truncated.response.status, `status of POST ${operation.path} with truncated JSON`)
      .toSatisfy((status) => status < 500, "a 4xx status, never 5xx");
    expectProblem(context, truncated.response, 400, "bad-request", `POST ${operation.path} with truncated JSON`);

    const nearMisses = nearMissFor(schema, { validator: context.validator });
    await context.property("near-miss-bodies", nearMisses, async ({ value: body, mutation }) => {
      const what = `POST ${operation.path} with a body whose ${mutation.pointer || "/"} is broken (${mutation.kind})`;
      const { response } = await post({ json: body });
      context
        .expect(response.status, `status of ${what}`)
        .toSatisfy((status) => status < 500, "a 4xx status, never 5xx");
      expectProblem(context, response, 422, "validation-failed", what);
      const reported = (response.json as { errors?: { pointer: string; code: string }[] }).errors;
      context
        .expect(reported, `errors of ${what}`)
        .toSatisfy((errors) => Array.isArray(errors) && errors.length > 0, "a non-empty errors array");
      const expected = context.validator.validateWith(schema, body);
      const [only] = expected;
      if (expected.length === 1 && only) {
        context
          .expect(reported, `errors of ${what}`)
          .toSatisfy(
            (errors) => errors!.some((error) => error.pointer === only.pointer && error.code === only.code),
            `to include {pointer: "${only.pointer}", code: "${only.code}"}, as the LDS validators report`,
          );
      }
      return true;
    });
  },
});

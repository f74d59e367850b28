import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import type { Exchange } from "../../transport/exchange.ts";
import { identifierItems } from "../lds-01/synthetic.ts";
import { jsonNodes } from "./json-walk.ts";
import { tour } from "./tour.ts";

function expectNoEmptyValues(context: CheckContext, what: string, exchange: Exchange) {
  for (const { pointer, value } of jsonNodes(exchange.response.json)) {
    context
      .expect(value, `${pointer || "the body"} of ${what}`, exchange.recorded)
      .toSatisfy(
        (observed) => observed !== null && observed !== "",
        "no null and no empty string: a member without a value is omitted",
      );
  }
}

/** Batches of valid and invalid identifiers of every LDS-01 system: results with and without optional members. */
const batches = fc.array(identifierItems, { minLength: 1, maxLength: 20 });

/**
 * No response body holds null or an empty string anywhere (LDS-00-R05): every response of the tour, 2xx and problems,
 * and batch validations whose results leave out `canonical` and `warnings` for some identifiers.
 */
export const noNull = defineCheck({
  id: "lds-00/no-null",
  title: "Responses never hold null or empty strings",
  standard: "LDS-00",
  requirements: ["LDS-00-R05"],
  async run(context) {
    for (const { what, exchange } of await tour(context)) expectNoEmptyValues(context, what, exchange);
    const operation = context.claimedOperations().find((candidate) => candidate.operationId === "validateIdentifiers");
    const organisation = operation && context.clientFor(operation);
    if (!operation || !organisation) return;
    const token = await context.token(organisation);
    await context.property(
      "validation-results",
      batches,
      async (identifiers) => {
        const exchange = await context.http.request({
          method: "POST",
          path: operation.path,
          headers: { authorization: `Bearer ${token}` },
          json: { identifiers },
        });
        context.expect(exchange.response.status, `status of POST ${operation.path}`).toBe(200);
        expectNoEmptyValues(context, `POST ${operation.path}`, exchange);
        return true;
      },
      { numRuns: Math.min(context.runs, 20) },
    );
  },
});

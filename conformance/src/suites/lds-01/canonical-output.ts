import { ruleForSystem } from "@lds/identifiers";
import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { appliedSchemas } from "../lds-00/schema-walk.ts";
import { tour } from "../lds-00/tour.ts";
import { OPERATION } from "./batch.ts";
import { IDENTIFIER_SCHEMA } from "./system-uris.ts";

/**
 * Platforms return canonical forms (LDS-01-R03): every identifier of a Table 1 system in a response body of the tour
 * (which includes a batch validation of non-canonical spellings, whose `canonical` members are identifiers' values
 * too) has its canonical form as its value.
 */
export const canonicalOutput = defineCheck({
  id: "lds-01/canonical-output",
  title: "Identifiers in responses are in canonical form",
  standard: "LDS-01",
  requirements: ["LDS-01-R03"],
  preconditions: [claims("LDS-01"), clientFor(OPERATION)],
  async run(context) {
    let seen = 0;
    for (const { operation, what, exchange } of await tour(context)) {
      const schema = operation?.responses.find((r) => r.status === String(exchange.response.status))?.schema;
      if (!schema || exchange.response.json === undefined) continue;
      for (const { pointer, value, schema: applied } of appliedSchemas(
        context.catalogue,
        schema,
        exchange.response.json,
      )) {
        const item = value as { system?: unknown; value?: unknown; valid?: unknown; canonical?: unknown } | null;
        const isResult =
          operation?.operationId === OPERATION && pointer.startsWith("/results/") && item?.valid === true;
        if (applied.$id !== IDENTIFIER_SCHEMA && !isResult) continue;
        const rule = typeof item?.system === "string" ? ruleForSystem(item.system) : undefined;
        if (!rule) continue;
        const returned = isResult ? item?.canonical : item?.value;
        const outcome = rule.validate(String(returned));
        seen++;
        context
          .expect(
            returned,
            `${isResult ? "canonical" : "value"} of the ${rule.title} at ${pointer} of ${what}`,
            exchange.recorded,
          )
          .toSatisfy((observed) => outcome.valid && outcome.canonical === observed, "the canonical form (LDS-01-R02)");
      }
    }
    context.expect(seen, "Table 1 identifiers in the responses of the tour").toSatisfy((n) => n > 0, "at least one");
  },
});

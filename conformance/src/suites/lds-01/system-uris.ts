import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { appliedSchemas } from "../lds-00/schema-walk.ts";
import { tour } from "../lds-00/tour.ts";
import { OPERATION, validateBatch } from "./batch.ts";

const NHS = "https://fhir.nhs.uk/Id/nhs-number";
/** Spellings of the NHS number system URI that are not it: compared character by character, none is. */
const VARIANTS = [
  "https://fhir.nhs.uk/id/nhs-number",
  "HTTPS://fhir.nhs.uk/Id/nhs-number",
  "https://fhir.nhs.uk/Id/nhs-number/",
  "urn:lds:id:nhs-number",
];
export const IDENTIFIER_SCHEMA = "https://standards.lds.example/lds-01-identifiers/1/schemas/identifier.schema.json";

/**
 * Identifiers are system and value pairs with exact system URIs (LDS-01-R01): the NHS number validates under its
 * exact system URI and under no variant of it; every identifier in a response body of the tour validates against
 * identifier.schema.json.
 */
export const systemUris = defineCheck({
  id: "lds-01/system-uris",
  title: "Identifiers are {system, value} with exact system URIs",
  standard: "LDS-01",
  requirements: ["LDS-01-R01"],
  preconditions: [claims("LDS-01"), clientFor(OPERATION)],
  async run(context) {
    const items = [NHS, ...VARIANTS].map((system) => ({ system, value: "9434765919" }));
    const [exact, ...variants] = await validateBatch(context, items);
    context.expect(exact?.valid, `valid in the result of 9434765919 under ${NHS}`).toBe(true);
    for (const [index, result] of variants.entries()) {
      const what = `the result of 9434765919 under ${VARIANTS[index]}`;
      context.expect(result.valid, `valid in ${what}`).toBe(false);
      context
        .expect(
          result.errors.map((error) => error.code),
          `error codes in ${what}`,
        )
        .toEqual(["unknown-system"]);
    }
    let identifiers = 0;
    for (const { operation, what, exchange } of await tour(context)) {
      const schema = operation?.responses.find((r) => r.status === String(exchange.response.status))?.schema;
      if (!schema || exchange.response.json === undefined) continue;
      for (const applied of appliedSchemas(context.catalogue, schema, exchange.response.json)) {
        if (applied.schema.$id !== IDENTIFIER_SCHEMA) continue;
        identifiers++;
        context
          .expect(applied.value, `the identifier at ${applied.pointer} of ${what}`, exchange.recorded)
          .toBeValid("lds-01/identifier");
      }
    }
    context.expect(identifiers, "identifiers in the responses of the tour").toSatisfy((n) => n > 0, "at least one");
  },
});

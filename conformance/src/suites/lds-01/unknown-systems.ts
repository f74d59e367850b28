import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { OPERATION, validateBatch } from "./batch.ts";

const SYSTEMS = ["urn:lds:id:la-child-id", "nhs", "https://fhir.nhs.uk/Id/NHS-number", "urn:example:other"];

/**
 * Unknown systems are reported, not guessed (LDS-01-R16): 9434765919 under systems that are not, character for
 * character, a Table 1 URI is invalid with no canonical form and the single error `unknown-system`.
 */
export const unknownSystems = defineCheck({
  id: "lds-01/unknown-systems",
  title: "Unknown systems are reported, not guessed",
  standard: "LDS-01",
  requirements: ["LDS-01-R16"],
  preconditions: [claims("LDS-01"), clientFor(OPERATION)],
  async run(context) {
    const results = await validateBatch(
      context,
      SYSTEMS.map((system) => ({ system, value: "9434765919" })),
    );
    for (const [index, system] of SYSTEMS.entries()) {
      const what = `the result of 9434765919 under ${system}`;
      context.expect(results[index]?.valid, `valid in ${what}`).toBe(false);
      context.expect(results[index]?.canonical, `canonical in ${what}`).toBe(undefined);
      context
        .expect(
          results[index]?.errors.map((error) => error.code),
          `error codes in ${what}`,
        )
        .toEqual(["unknown-system"]);
    }
  },
});

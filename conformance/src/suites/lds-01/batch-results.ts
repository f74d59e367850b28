import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { expectResult, OPERATION, validateBatch } from "./batch.ts";
import { identifierItems } from "./synthetic.ts";

/** Items with systems LDS-01 does not define, among them near spellings of Table 1 URIs. */
const unknownSystems = fc
  .constantFrom(
    "urn:lds:id:la-child-id",
    "nhs",
    "https://fhir.nhs.uk/Id/NHS-number",
    "urn:example:other",
    "urn:lds:id:UPN",
  )
  .chain((system) => fc.stringMatching(/^[A-Z0-9 -]{1,12}$/).map((value) => ({ system, value })));

const mixed = fc.oneof({ weight: 9, arbitrary: identifierItems }, { weight: 1, arbitrary: unknownSystems });

/**
 * Batch validation returns one result per identifier, in order (LDS-01-R14): batches of generated size mixing valid,
 * invalid, non-canonical and unknown-system items of every Table 1 system, and one of 1000, get 200 with results that
 * echo each system and value and give the validity, canonical form and error code LDS-01 determines.
 */
export const batchResults = defineCheck({
  id: "lds-01/batch-results",
  title: "Batch validation: one result per identifier, in order, as LDS-01 determines",
  standard: "LDS-01",
  requirements: ["LDS-01-R14"],
  preconditions: [claims("LDS-01"), clientFor(OPERATION)],
  async run(context) {
    await context.property(
      "batches",
      fc.array(mixed, { minLength: 1, maxLength: 60 }),
      async (batch) => {
        const results = await validateBatch(context, batch);
        for (const [index, item] of batch.entries()) expectResult(context, item, results[index], `item ${index}`);
        return true;
      },
      { numRuns: Math.min(context.runs, 25) },
    );
    const largest = fc.sample(fc.array(mixed, { minLength: 1000, maxLength: 1000 }), { numRuns: 1, seed: 1000 })[0]!;
    const results = await validateBatch(context, largest);
    for (const [index, item] of largest.entries()) expectResult(context, item, results[index], `item ${index} of 1000`);
  },
});

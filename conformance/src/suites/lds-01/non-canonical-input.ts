import { identifierRules } from "@lds/identifiers";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { OPERATION, validateBatch } from "./batch.ts";
import { canonicalForm, spellingOf } from "./spelling.ts";
import { tableOneRules, validValue } from "./synthetic.ts";

const ORACLE: readonly [system: string, value: string, canonical: string][] = [
  ["https://fhir.nhs.uk/Id/nhs-number", "943 476 5919", "9434765919"],
  ["https://fhir.nhs.uk/Id/nhs-number", "943-476-5919", "9434765919"],
  ["https://fhir.nhs.uk/Id/nhs-number", " 9434765919 ", "9434765919"],
  ["urn:lds:id:postcode", "sw1a1aa", "SW1A 1AA"],
  ["urn:lds:id:postcode", "  Sw1A   1aA ", "SW1A 1AA"],
  ["urn:lds:id:uprn", "000000199356", "199356"],
  ["urn:lds:id:nino", "ab 12 34 56 c", "AB123456C"],
  ["urn:lds:id:gss", "e09000011", "E09000011"],
];

/** Generated valid identifiers of every Table 1 system, each spelt in a way LDS-01-R02 makes the same identifier. */
const spellings = fc
  .constantFrom(...tableOneRules)
  .chain((rule) =>
    validValue(rule.name).chain((canonical) =>
      spellingOf(rule.name, canonical).map((value) => ({ name: rule.name, system: rule.system, value, canonical })),
    ),
  )
  .filter(({ name, value, canonical }) => canonicalForm(name, value) === canonicalForm(name, canonical));

/**
 * Non-canonical input is the same identifier (LDS-01-R02): the oracle's spellings, and generated ones (ASCII
 * whitespace anywhere, hyphens in NHS numbers, any case, leading zeros, a postcode's space dropped), are valid with
 * the canonical form of the value they spell.
 */
export const nonCanonicalInput = defineCheck({
  id: "lds-01/non-canonical-input",
  title: "Spellings that canonicalise to a valid value are that identifier",
  standard: "LDS-01",
  requirements: ["LDS-01-R02"],
  preconditions: [claims("LDS-01"), clientFor(OPERATION)],
  async run(context) {
    const results = await validateBatch(
      context,
      ORACLE.map(([system, value]) => ({ system, value })),
    );
    for (const [index, [system, value, canonical]] of ORACLE.entries()) {
      const what = `the result of ${JSON.stringify(value)} (${system})`;
      context.expect(results[index]?.valid, `valid in ${what}`).toBe(true);
      context.expect(results[index]?.canonical, `canonical in ${what}`).toBe(canonical);
    }
    await context.property(
      "spellings",
      fc.array(spellings, { minLength: 1, maxLength: 20 }),
      async (batch) => {
        const answered = await validateBatch(
          context,
          batch.map(({ system, value }) => ({ system, value })),
        );
        for (const [index, { name, system, value, canonical }] of batch.entries()) {
          const what = `the result of ${JSON.stringify(value)} (${identifierRules[name].title}, ${system})`;
          context.expect(answered[index]?.valid, `valid in ${what}`).toBe(true);
          context.expect(answered[index]?.canonical, `canonical in ${what}`).toBe(canonical);
        }
        return true;
      },
      { numRuns: Math.min(context.runs, 25) },
    );
  },
});

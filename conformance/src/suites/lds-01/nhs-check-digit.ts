import { nhsNumberCheckValue } from "@lds/identifiers";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { OPERATION, validateBatch } from "./batch.ts";

const NHS = "https://fhir.nhs.uk/Id/nhs-number";

/**
 * The modulus 11 check digit (LDS-01-R04): for generated nine-digit prefixes in the test range 999, the ten
 * completions are all invalid when the check value is 10, and otherwise exactly the computed one is valid (unless
 * the ten digits are one digit repeated).
 */
export const nhsCheckDigit = defineCheck({
  id: "lds-01/nhs-check-digit",
  title: "NHS numbers: exactly the computed check digit completes a prefix",
  standard: "LDS-01",
  requirements: ["LDS-01-R04"],
  preconditions: [claims("LDS-01"), clientFor(OPERATION)],
  async run(context) {
    await context.property(
      "prefix-completions",
      fc.stringMatching(/^999\d{6}$/),
      async (prefix) => {
        const items = Array.from({ length: 10 }, (_, digit) => ({ system: NHS, value: `${prefix}${digit}` }));
        const results = await validateBatch(context, items);
        const check = nhsNumberCheckValue(prefix);
        for (const [digit, result] of results.entries()) {
          const value = `${prefix}${digit}`;
          const valid = check !== 10 && digit === check && !/^(\d)\1{9}$/.test(value);
          context.expect(result.valid, `valid in the result of ${value} (check value ${check})`).toBe(valid);
          if (!valid) {
            context
              .expect(
                result.errors.map((error) => error.code),
                `error codes in the result of ${value}`,
              )
              .toEqual(["invalid-nhs-number"]);
          }
        }
        return true;
      },
      { numRuns: Math.min(context.runs, 20) },
    );
  },
});

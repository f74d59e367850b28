import { identifierRules } from "@lds/identifiers";
import fc from "fast-check";
import { type Check, defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { expectResult, type Item, OPERATION, validateBatch } from "./batch.ts";
import type { RuleCases } from "./rule-cases.ts";
import { nearMissValue, nonCanonicalValue, validValue } from "./synthetic.ts";

/** Items of generated values of the rules: valid, near misses and non-canonical spellings. */
function generated(cases: RuleCases): fc.Arbitrary<Item[]> {
  const item = fc.constantFrom(...cases.names).chain((name) =>
    fc
      .oneof(
        validValue(name),
        nearMissValue(name),
        nonCanonicalValue(name).map(({ value }) => value),
      )
      .filter((value) => value.length > 0 && value.length <= 256)
      .map((value) => ({ system: identifierRules[name].system, value })),
  );
  return fc.array(item, { minLength: 1, maxLength: 25 });
}

/**
 * The check of one identifier rule of LDS-01 (R04 to R12): the values its oracle names get exactly the validity,
 * canonical form and error code it states; generated valid values, near misses and non-canonical spellings get the
 * result the LDS reference rules give, in batches of up to 25.
 */
export function identifierRuleCheck(cases: RuleCases, id: string, title: string): Check {
  return defineCheck({
    id,
    title,
    standard: "LDS-01",
    requirements: [cases.requirement],
    preconditions: [claims("LDS-01"), clientFor(OPERATION)],
    async run(context) {
      const items = [
        ...cases.valid.map(([system, value]) => ({ system, value })),
        ...cases.invalid.map(([system, value]) => ({ system, value })),
      ];
      const results = await validateBatch(context, items);
      for (const [index, [system, value, canonical]] of cases.valid.entries()) {
        const result = results[index];
        const what = `result of ${JSON.stringify(value)} (${system})`;
        context.expect(result?.valid, `valid in the ${what}`).toBe(true);
        context.expect(result?.canonical, `canonical in the ${what}`).toBe(canonical);
      }
      for (const [index, [system, value, code]] of cases.invalid.entries()) {
        const result = results[cases.valid.length + index];
        const what = `result of ${JSON.stringify(value)} (${system})`;
        context.expect(result?.valid, `valid in the ${what}`).toBe(false);
        context
          .expect(
            result?.errors.map((error) => error.code),
            `error codes in the ${what}`,
          )
          .toSatisfy((codes) => codes !== undefined && codes.length > 0 && codes.every((c) => c === code), code);
      }
      await context.property(
        "generated-values",
        generated(cases),
        async (batch) => {
          const answered = await validateBatch(context, batch);
          for (const [index, item] of batch.entries())
            expectResult(context, item, answered[index], "a generated value", false);
          return true;
        },
        { numRuns: Math.min(context.runs, 25) },
      );
    },
  });
}

import { type IdentifierName, identifierRules, ruleForSystem, type ValidationResult } from "@lds/identifiers";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { personasOf } from "../lds-00/personas.ts";
import { type Item, OPERATION, validateBatch } from "./batch.ts";
import { validValue } from "./synthetic.ts";

/** What a result may not vary with: everything but the value and its canonical form. */
const shape = (result: ValidationResult | undefined) => ({
  system: result?.system,
  valid: result?.valid,
  errors: result?.errors.map((error) => error.code),
  warnings: (result?.warnings ?? []).map((warning) => warning.code).sort(),
});

/**
 * Validation reveals nothing about the platform's records (LDS-01-R17): each seeded persona's identifier and a
 * generated identifier of the same system that no persona has get results that differ only in value and canonical
 * form — in one batch, and in separate calls.
 */
export const noDisclosure = defineCheck({
  id: "lds-01/no-disclosure",
  title: "Validation results do not depend on the platform's records",
  standard: "LDS-01",
  requirements: ["LDS-01-R17"],
  preconditions: [claims("LDS-01"), clientFor(OPERATION)],
  async run(context) {
    const held = personasOf(context).people.flatMap((person) =>
      person.identifiers.map(({ system, value }) => ({ system, value })),
    );
    const values = new Set(held.map((item) => item.value));
    const nameOf = (system: string) => ruleForSystem(system)?.name as IdentifierName;
    const pairs = fc.constantFrom(...held.filter((item) => ruleForSystem(item.system))).chain((persona) =>
      validValue(nameOf(persona.system))
        .filter((value) => !values.has(value))
        .map((value): [Item, Item] => [persona, { system: persona.system, value }]),
    );
    await context.property(
      "held-and-unheld",
      fc.array(pairs, { minLength: 1, maxLength: 8 }),
      async (batch) => {
        const together = await validateBatch(context, batch.flat());
        for (const [index, [persona, unheld]] of batch.entries()) {
          const name = identifierRules[nameOf(persona.system)].title;
          context
            .expect(shape(together[2 * index]), `the result of a persona's ${name}, batched with an unheld one`)
            .toEqual(shape(together[2 * index + 1]));
          const [alone] = await validateBatch(context, [persona]);
          const [other] = await validateBatch(context, [unheld]);
          context.expect(shape(alone), `the result of a persona's ${name}, validated alone`).toEqual(shape(other));
        }
        return true;
      },
      { numRuns: Math.min(context.runs, 10) },
    );
  },
});

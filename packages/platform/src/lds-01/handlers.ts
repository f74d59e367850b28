import { ruleForSystem, validationResult } from "@lds/identifiers";
import type { OperationHandler } from "../context.ts";

interface Item {
  system: string;
  value: string;
}

/**
 * `POST /identifiers/$validate`: each identifier checked by its system's rule, results in request order
 * (LDS-01). An unknown system is a result, not an error.
 */
export const validateIdentifiers: OperationHandler = async ({ body }) => {
  const { identifiers } = body as { identifiers: Item[] };
  const results = identifiers.map(({ system, value }) => {
    const rule = ruleForSystem(system);
    if (!rule) {
      return {
        system,
        value,
        valid: false,
        errors: [{ code: "unknown-system", message: "LDS-01 defines no identifier system with this URI." }],
      };
    }
    return validationResult(system, value, rule.validate(value));
  });
  return { body: { results } };
};

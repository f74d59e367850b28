import { nhsNumber, ruleForSystem, validationResult } from "@lds/identifiers";
import type { OperationHandler } from "@lds/platform";
import { defineFaux } from "../faux.ts";

/** Checks that an NHS number has ten digits but never its modulus 11 check digit. */
const validateIdentifiers: OperationHandler = async ({ body }) => {
  const { identifiers } = body as { identifiers: { system: string; value: string }[] };
  const results = identifiers.map(({ system, value }) => {
    const rule = ruleForSystem(system);
    if (!rule) {
      return { system, value, valid: false, errors: [{ code: "unknown-system", message: "Unknown system." }] };
    }
    const digits = value.replace(/[\s-]/g, "");
    if (rule === nhsNumber && /^\d{10}$/.test(digits)) {
      return { system, value, valid: true, canonical: digits, errors: [] };
    }
    return validationResult(system, value, rule.validate(value));
  });
  return { body: { results } };
};

export const acceptsInvalidNhsNumber = defineFaux({
  name: "accepts-invalid-nhs-number",
  breaks: "LDS-01-R04",
  description: "accepts any ten digits as an NHS number, without checking the modulus 11 check digit",
  options: { handlers: { validateIdentifiers } },
});

import { ruleForSystem, type ValidationResult, validationResult } from "@lds/identifiers";
import type { CheckContext } from "../../engine/context.ts";
import type { Exchange } from "../../transport/exchange.ts";

/** One identifier of a batch validation request. */
export interface Item {
  readonly system: string;
  readonly value: string;
}

export const OPERATION = "validateIdentifiers";
const PATH = "/identifiers/$validate";

/** Sends a batch to POST /identifiers/$validate as the first declared client allowed to. */
export async function sendBatch(context: CheckContext, body: unknown): Promise<Exchange> {
  const organisation = context.clientFor(context.operation(OPERATION));
  if (!organisation) return context.skip(`no declared client may call ${OPERATION}`);
  const token = await context.token(organisation);
  return context.http.request({
    method: "POST",
    path: PATH,
    headers: { authorization: `Bearer ${token}` },
    json: body,
  });
}

/** Validates identifiers in one batch; expects 200 with a valid response of one result per identifier. */
export async function validateBatch(context: CheckContext, items: readonly Item[]): Promise<ValidationResult[]> {
  const { response } = await sendBatch(context, { identifiers: items });
  const what = `POST ${PATH} with ${items.length} identifier(s)`;
  context.expect(response.status, `status of ${what}`).toBe(200);
  context.expect(response.json, `body of ${what}`).toBeValid("lds-01/validation-response");
  const { results } = response.json as { results: ValidationResult[] };
  context.expect(results.length, `number of results of ${what}`).toBe(items.length);
  return results;
}

/** The result LDS-01 determines for an identifier: the reference rules, or `unknown-system`. */
export function expectedResult(item: Item): ValidationResult {
  const rule = ruleForSystem(item.system);
  if (!rule) {
    return { ...item, valid: false, errors: [{ code: "unknown-system", message: "" }] };
  }
  return validationResult(item.system, item.value, rule.validate(item.value));
}

/** What of a result LDS-01 fixes: the echo, `valid`, `canonical` and the error codes. */
export const outcomeOf = (result: ValidationResult) => ({
  system: result.system,
  value: result.value,
  valid: result.valid,
  ...(result.canonical === undefined ? {} : { canonical: result.canonical }),
  errors: result.errors.map((error) => error.code),
});

/** The outcome LDS-01 determines: an invalid identifier has exactly one error (LDS-01-R14), the rule's first. */
const expectedOutcome = (result: ValidationResult) => ({
  ...outcomeOf(result),
  errors: result.errors.slice(0, 1).map((e) => e.code),
});

/**
 * Expects a platform's result for an identifier to be the one LDS-01 determines; with `oneError` false, an invalid
 * identifier may repeat its error code (what LDS-01-R14, not the identifier rule, forbids).
 */
export function expectResult(
  context: CheckContext,
  item: Item,
  result: ValidationResult | undefined,
  what: string,
  oneError = true,
) {
  const expected = expectedOutcome(expectedResult(item));
  if (!oneError && result)
    result = {
      ...result,
      errors: result.errors.filter((e, at) => result!.errors.findIndex((f) => f.code === e.code) === at),
    };
  context
    .expect(result && outcomeOf(result), `result of ${what} for ${JSON.stringify(item.value)} (${item.system})`)
    .toEqual(expected);
}

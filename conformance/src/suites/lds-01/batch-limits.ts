import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { OPERATION, sendBatch, validateBatch } from "./batch.ts";

const NHS = "https://fhir.nhs.uk/Id/nhs-number";

/** Requests that break validation-request.schema.json, and the error each must report. */
const INVALID: readonly [what: string, body: unknown, pointer: string, code: string][] = [
  [
    "1001 identifiers",
    { identifiers: Array.from({ length: 1001 }, (_, index) => ({ system: NHS, value: String(index) })) },
    "/identifiers",
    "out-of-range",
  ],
  ["no identifiers", { identifiers: [] }, "/identifiers", "out-of-range"],
  ["an item without system", { identifiers: [{ value: "9990000018" }] }, "/identifiers/0/system", "required"],
  [
    "an item with verification_status",
    { identifiers: [{ system: NHS, value: "9990000018", verification_status: "01" }] },
    "/identifiers/0/verification_status",
    "unknown-member",
  ],
  ["a numeric value", { identifiers: [{ system: NHS, value: 9990000018 }] }, "/identifiers/0/value", "type"],
];

/**
 * Batches of 1 to 1000 are processed whatever their identifiers, and nothing else is (LDS-01-R15): requests outside
 * the request schema get 422 with the error the oracle names; a batch of 1000 invalid identifiers gets 200.
 */
export const batchLimits = defineCheck({
  id: "lds-01/batch-limits",
  title: "Batches of 1 to 1000 are processed; other requests get 422",
  standard: "LDS-01",
  requirements: ["LDS-01-R15"],
  preconditions: [claims("LDS-01"), clientFor(OPERATION)],
  async run(context) {
    for (const [what, body, pointer, code] of INVALID) {
      const { response } = await sendBatch(context, body);
      expectProblem(context, response, 422, "validation-failed", `POST /identifiers/$validate with ${what}`);
      const errors = (response.json as { errors?: { pointer: string; code: string }[] }).errors ?? [];
      context
        .expect(errors, `errors of POST /identifiers/$validate with ${what}`)
        .toSatisfy(
          (list) => list.some((error) => error.pointer === pointer && error.code === code),
          `to include {pointer: "${pointer}", code: "${code}"}`,
        );
    }
    const invalid = Array.from({ length: 1000 }, (_, index) => ({
      system: NHS,
      value: `999${String(index).padStart(6, "0")}`,
    }));
    const results = await validateBatch(context, invalid);
    context
      .expect(results.filter((result) => result.valid).length, "valid results among 1000 nine-digit NHS numbers")
      .toBe(0);
  },
});

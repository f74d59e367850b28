import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { type Identifier, lds04Api, REQUESTER } from "./api.ts";
import { lds04Clients } from "./preconditions.ts";
import { NHS_NUMBER, spaced } from "./subjects.ts";

/** One subject of a batch and what its result must say. */
interface Entry {
  readonly subject: Identifier;
  /** The canonical subject for a valid one; the LDS-01 error code for an invalid one. */
  readonly expected: { readonly canonical: Identifier } | { readonly errorCode: string };
}

/** A persona's NHS number with its check digit changed: invalid-nhs-number (LDS-01). */
const wrongCheckDigit = (value: string) => `${value.slice(0, 9)}${(Number(value[9]) + 1) % 10}`;

/**
 * checkObjections answers every subject of a batch, in order, repeats included: persona NHS numbers (some written
 * with spaces) with their canonical subject and objection or no-objection; NHS numbers with a wrong check digit and
 * postcodes with invalid-identifier and their LDS-01 error code; a body valid against the closed response schema.
 * A batch of 1000 is answered; one of 1001 gets 422 (LDS-04-R17).
 */
export const objectionCheckBatch = defineCheck({
  id: "lds-04/objection-check-batch",
  title: "A batch check answers every subject, in order",
  standard: "LDS-04",
  requirements: ["LDS-04-R17"],
  preconditions: [lds04Clients(REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const people = context.catalogue.personas?.people ?? [];
    const nhsNumbers = people.flatMap((person) =>
      person.identifiers.filter((id) => id.system === NHS_NUMBER).map((id) => id.value),
    );
    const postcodes = people.flatMap((person) =>
      person.identifiers.filter((id) => id.system === "urn:lds:id:postcode"),
    );
    const entry: fc.Arbitrary<Entry> = fc.oneof(
      fc.tuple(fc.constantFrom(...nhsNumbers), fc.boolean()).map(([value, space]) => ({
        subject: { system: NHS_NUMBER, value: space ? spaced(value) : value },
        expected: { canonical: { system: NHS_NUMBER, value } },
      })),
      fc.constantFrom(...nhsNumbers).map((value) => ({
        subject: { system: NHS_NUMBER, value: wrongCheckDigit(value) },
        expected: { errorCode: "invalid-nhs-number" },
      })),
      fc.constantFrom(...postcodes).map((id) => ({
        subject: { system: id.system, value: id.value },
        expected: { errorCode: "not-allowed-value" },
      })),
    );
    const batch = fc
      .tuple(fc.array(entry, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 5 }))
      .map(([entries, repeats]) => [...entries, ...repeats.map((index) => entries[index % entries.length]!)]);
    const purpose = fc.constantFrom("planning", "research", "statistics");
    await context.property(
      "mixed-batches",
      fc.tuple(batch, purpose),
      async ([entries, purpose_class]) => {
        const { response } = await api.checkObjections(REQUESTER.c, {
          purpose_class,
          subjects: entries.map((e) => e.subject),
        });
        const what = `POST /objections/$check with ${entries.length} subjects`;
        context.expect(response.status, `status of ${what}`).toBe(200);
        context.expect(response.json, `body of ${what}`).toBeValid("lds-04/objection-check-response");
        const results = (response.json as { results: { subject: Identifier; status: string; error_code?: string }[] })
          .results;
        context.expect(results.length, `number of results of ${what}`).toBe(entries.length);
        entries.forEach((entry, index) => {
          const result = results[index]!;
          const at = `result ${index + 1} of ${what}`;
          if ("canonical" in entry.expected) {
            context.expect(result.subject, `subject of ${at}`).toEqual(entry.expected.canonical);
            context.expect(result.status, `status of ${at}`).toBeOneOf(["objection", "no-objection"]);
          } else {
            context.expect(result.status, `status of ${at}`).toBe("invalid-identifier");
            context.expect(result.error_code, `error_code of ${at}`).toBe(entry.expected.errorCode);
          }
        });
        return true;
      },
      { numRuns: Math.min(context.runs, 25) },
    );
    const subjects = Array.from({ length: 1001 }, (_, index) => ({
      system: NHS_NUMBER,
      value: nhsNumbers[index % nhsNumbers.length]!,
    }));
    const full = await api.checkObjections(REQUESTER.c, {
      purpose_class: "research",
      subjects: subjects.slice(0, 1000),
    });
    context.expect(full.response.status, "status of POST /objections/$check with 1000 subjects").toBe(200);
    context
      .expect((full.response.json as { results?: unknown[] }).results?.length, "number of results for 1000 subjects")
      .toBe(1000);
    const over = await api.checkObjections(REQUESTER.c, { purpose_class: "research", subjects });
    expectProblem(context, over.response, 422, "validation-failed", "POST /objections/$check with 1001 subjects");
  },
});

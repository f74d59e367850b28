// nearMissFor: instances that are valid but for one mutation, each labelled with what was done and where.
import type * as fc from "fast-check";
import { boundedFilter } from "./combinators.ts";
import type { NearMiss } from "./mutation.ts";
import type { ArbitraryOptions } from "./options.ts";
import { type SchemaInput, targetOf } from "./target.ts";

/**
 * Near misses of `schema` (given as for arbitraryFor): a valid instance with one mutation (a required member
 * dropped, an unknown member added, null or a wrong type in place of a value, a string out of its format,
 * pattern or length, a number out of range, an array too long or too short, a value outside its enum), where
 * the result fails validation. `mutation.pointer` is the RFC 6901 pointer of the changed place.
 */
export function nearMissFor(schema: SchemaInput, options: ArbitraryOptions = {}): fc.Arbitrary<NearMiss> {
  const target = targetOf(schema, options);
  const { generator } = target;
  return boundedFilter(
    generator.nearMiss([target.root], 0),
    (candidate): candidate is NearMiss => candidate !== undefined && !target.check(candidate.value),
    generator.options.maxAttempts,
    () => `near miss of ${target.label}`,
    (candidate) => (candidate === undefined ? "no mutation applied" : `still valid: ${JSON.stringify(candidate)}`),
  ) as fc.Arbitrary<NearMiss>;
}

// arbitraryFor: valid instances of a JSON Schema 2020-12 schema as LDS uses it.
import type * as fc from "fast-check";
import { boundedFilter } from "./combinators.ts";
import type { ArbitraryOptions } from "./options.ts";
import { type SchemaInput, targetOf } from "./target.ts";

/**
 * Valid instances of `schema`: a schema object (its `$ref`s absolute, or relative to its `$id` or to
 * `options.baseUri`), or a catalogue schema's `$id` or short name (`lds-01/identifier`). Every value is checked
 * with the validator; a schema with no instances, or none this package can find, raises a GenerationError
 * when generation starts. Values shrink towards fewer optional members, shorter arrays and simpler scalars.
 */
export function arbitraryFor(schema: SchemaInput, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const target = targetOf(schema, options);
  const { generator } = target;
  return boundedFilter(
    generator.valid([target.root], 0),
    target.check,
    generator.options.maxAttempts,
    () => `valid instance of ${target.label}`,
    target.explain,
  );
}

// What generating one type of one node needs from the generator around it.
import type * as fc from "fast-check";
import type { Candidate } from "./mutation.ts";
import type { ResolvedOptions } from "./options.ts";
import type { Schema } from "./schema.ts";

export interface NodeContext {
  /** How deep the node is: 0 for the instance itself. */
  readonly depth: number;
  /** Whether the depth limit is reached: optional members are left out and arrays are as short as allowed. */
  readonly limited: boolean;
  readonly options: ResolvedOptions;
  /** Valid instances of a member or item with these schemas (all of them). */
  valid(schemas: readonly Schema[]): fc.Arbitrary<unknown>;
  /** Near misses of a member or item with these schemas (undefined where a mutation did not apply). */
  nearMiss(schemas: readonly Schema[]): fc.Arbitrary<Candidate>;
  /** Whether no value satisfies all of `schemas`. */
  isForbidden(schemas: readonly Schema[]): boolean;
  /** How many values satisfy all of `schemas` when finitely many (at most; undefined otherwise). */
  domainSize(schemas: readonly Schema[]): number | undefined;
  /** `arbitrary` filtered, giving up after the configured number of attempts. */
  filter<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => boolean, what: string): fc.Arbitrary<T>;
}

/** A generator of one type of a node, and whether its values always satisfy the node's shape. */
export interface Built {
  readonly arbitrary: fc.Arbitrary<unknown>;
  readonly exact: boolean;
}

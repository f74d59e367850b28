// What a near miss changed, and where.
import { escapeToken } from "./json-pointer.ts";

export const mutationKinds = [
  /** A required member removed; the pointer names where it was. */
  "drop-required",
  /** A member added that the schema does not allow (additionalProperties false, or a member schema false). */
  "unknown-member",
  /** A value replaced with null where null is not allowed. */
  "null",
  /** A value replaced with one of a JSON type the schema does not allow (a fraction where an integer is due). */
  "wrong-type",
  /** A string that is not in its format (an LDS identifier near miss, an impossible date, …). */
  "format",
  /** A string that does not match its pattern. */
  "pattern",
  /** A string shorter than minLength. */
  "too-short",
  /** A string longer than maxLength. */
  "too-long",
  /** A number below minimum (or at an exclusive minimum). */
  "below-minimum",
  /** A number above maximum (or at an exclusive maximum). */
  "above-maximum",
  /** A number that is not a multiple of multipleOf. */
  "not-multiple-of",
  /** An array with fewer items than minItems. */
  "too-few-items",
  /** An array with more items than maxItems. */
  "too-many-items",
  /** An array of unique items with one repeated. */
  "duplicate-items",
  /** A value outside const or enum. */
  "not-allowed-value",
] as const;

export type MutationKind = (typeof mutationKinds)[number];

/** One change to a valid instance; `pointer` is an RFC 6901 JSON pointer into the mutated instance. */
export interface Mutation {
  readonly kind: MutationKind;
  readonly pointer: string;
}

/** A near-miss instance: a valid instance with one mutation, invalid because of it. */
export interface NearMiss {
  readonly value: unknown;
  readonly mutation: Mutation;
}

/** A near miss, or undefined where a mutation turned out not to apply (filtered out at the top). */
export type Candidate = NearMiss | undefined;

/** A mutation of the value itself (pointer `""`, made relative to the parents by `nested`). */
export function mutated(value: unknown, kind: MutationKind): NearMiss {
  return { value, mutation: { kind, pointer: "" } };
}

/** A mutation of member or item `token` of `value`, which now holds `nearMiss.value` there. */
export function nested(value: unknown, token: string | number, nearMiss: NearMiss): NearMiss {
  return {
    value,
    mutation: { kind: nearMiss.mutation.kind, pointer: `/${escapeToken(token)}${nearMiss.mutation.pointer}` },
  };
}

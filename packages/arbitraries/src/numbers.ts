// Integers and numbers within minimum/maximum (inclusive or exclusive) and multipleOf; near misses just
// outside the bounds, off the multiple, or a fraction where an integer is due.
import * as fc from "fast-check";
import { integerBounds, numberBounds } from "./expand.ts";
import { type Candidate, mutated } from "./mutation.ts";
import type { Built } from "./node-context.ts";
import type { Shape } from "./shape.ts";

const span = 2 ** 31;

/** Finite integer bounds: unbounded sides get a range of 2^31 around the other bound (or around 0). */
function finiteIntegerRange(shape: Shape): { min: number; max: number } {
  const bounds = integerBounds(shape);
  const lowest = Number.MIN_SAFE_INTEGER;
  const highest = Number.MAX_SAFE_INTEGER;
  let min = Math.max(bounds.min, lowest);
  let max = Math.min(bounds.max, highest);
  if (!Number.isFinite(bounds.min) && !Number.isFinite(bounds.max)) return { min: -span, max: span - 1 };
  if (!Number.isFinite(bounds.min)) min = Math.max(lowest, max - span);
  if (!Number.isFinite(bounds.max)) max = Math.min(highest, min + span);
  return { min, max };
}

/** The least common multiple of whole-number divisors (1 for none); undefined if one is fractional. */
function leastCommonMultiple(divisors: readonly number[]): number | undefined {
  if (!divisors.every((divisor) => Number.isInteger(divisor))) return undefined;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return divisors.reduce((lcm, divisor) => (lcm / gcd(lcm, divisor)) * divisor, 1);
}

export function integerArbitrary(shape: Shape): Built {
  const { min, max } = finiteIntegerRange(shape);
  const step = leastCommonMultiple(shape.multipleOf);
  if (step === undefined) return { arbitrary: fc.integer({ min, max }), exact: false };
  if (step === 1) return { arbitrary: fc.integer({ min, max }), exact: true };
  const low = Math.ceil(min / step);
  const high = Math.floor(max / step);
  if (low > high) return { arbitrary: fc.integer({ min, max }), exact: false };
  return { arbitrary: fc.integer({ min: low, max: high }).map((factor) => factor * step), exact: true };
}

export function numberArbitrary(shape: Shape): Built {
  const bounds = numberBounds(shape);
  const doubles = fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(Number.isFinite(bounds.min) ? { min: bounds.min, minExcluded: bounds.minExcluded } : {}),
    ...(Number.isFinite(bounds.max) ? { max: bounds.max, maxExcluded: bounds.maxExcluded } : {}),
  });
  const { min, max } = integerBounds(shape);
  const arbitrary = min <= max ? fc.oneof(integerArbitrary(shape).arbitrary, doubles) : doubles;
  // -0 and rounding at exclusive bounds and multipleOf are left to the filter.
  return { arbitrary, exact: shape.multipleOf.length === 0 && !bounds.minExcluded && !bounds.maxExcluded };
}

/** Near misses of a number node (`integer` when only integers are allowed), from `valid`. */
export function numberMutations(
  shape: Shape,
  valid: fc.Arbitrary<number>,
  integer: boolean,
): fc.Arbitrary<Candidate>[] {
  const mutations: fc.Arbitrary<Candidate>[] = [];
  const bounds = numberBounds(shape);
  if (Number.isFinite(bounds.min)) {
    const below = bounds.minExcluded ? bounds.min : integer ? Math.ceil(bounds.min) - 1 : bounds.min - 0.5;
    mutations.push(fc.constantFrom(below, below - 1000).map((value) => mutated(value, "below-minimum")));
  }
  if (Number.isFinite(bounds.max)) {
    const above = bounds.maxExcluded ? bounds.max : integer ? Math.floor(bounds.max) + 1 : bounds.max + 0.5;
    mutations.push(fc.constantFrom(above, above + 1000).map((value) => mutated(value, "above-maximum")));
  }
  for (const divisor of shape.multipleOf) {
    const offset = Number.isInteger(divisor) && divisor > 1 ? 1 : divisor / 2;
    mutations.push(valid.map((value) => mutated(value + offset, "not-multiple-of")));
  }
  if (integer) mutations.push(valid.map((value) => mutated(value + 0.5, "wrong-type")));
  return mutations;
}

// Two arbitraries fast-check lacks: one built on first use (schemas are large and may be recursive), and a
// filter that gives up with an explanation instead of looping for ever on a predicate it cannot meet.
import * as fc from "fast-check";

/** Raised when a schema has no instances this package can find. */
export class GenerationError extends Error {
  override readonly name = "GenerationError";
}

class LazyArbitrary<T> extends fc.Arbitrary<T> {
  readonly #build: () => fc.Arbitrary<T>;
  #built: fc.Arbitrary<T> | undefined;

  constructor(build: () => fc.Arbitrary<T>) {
    super();
    this.#build = build;
  }

  get #arbitrary(): fc.Arbitrary<T> {
    this.#built ??= this.#build();
    return this.#built;
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    return this.#arbitrary.generate(mrng, biasFactor);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.#arbitrary.canShrinkWithoutContext(value);
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.#arbitrary.shrink(value, context);
  }
}

/** The arbitrary `build()` returns, built the first time a value is generated. */
export function lazy<T>(build: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
  return new LazyArbitrary(build);
}

class BoundedFilterArbitrary<T> extends fc.Arbitrary<T> {
  readonly #arbitrary: fc.Arbitrary<T>;
  readonly #predicate: (value: T) => boolean;
  readonly #attempts: number;
  readonly #what: () => string;
  readonly #explain: ((value: T) => string) | undefined;

  constructor(
    arbitrary: fc.Arbitrary<T>,
    predicate: (value: T) => boolean,
    attempts: number,
    what: () => string,
    explain: ((value: T) => string) | undefined,
  ) {
    super();
    this.#arbitrary = arbitrary;
    this.#predicate = predicate;
    this.#attempts = attempts;
    this.#what = what;
    this.#explain = explain;
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    let last: fc.Value<T> | undefined;
    for (let attempt = 0; attempt < this.#attempts; attempt++) {
      last = this.#arbitrary.generate(mrng, biasFactor);
      if (this.#predicate(last.value)) return last;
    }
    const why = last && this.#explain ? `; the last candidate was rejected: ${this.#explain(last.value)}` : "";
    throw new GenerationError(`no ${this.#what()} found in ${this.#attempts} attempts${why}`);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.#arbitrary.canShrinkWithoutContext(value) && this.#predicate(value);
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.#arbitrary.shrink(value, context).filter((shrunk) => this.#predicate(shrunk.value));
  }
}

/**
 * Like `arbitrary.filter(predicate)`, but throws a GenerationError naming `what` (and, with `explain`, why the
 * last candidate failed) after `attempts` rejected values in a row. Shrinking keeps to values that pass.
 */
export function boundedFilter<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => boolean,
  attempts: number,
  what: () => string,
  explain?: (value: T) => string,
): fc.Arbitrary<T> {
  return new BoundedFilterArbitrary(arbitrary, predicate, attempts, what, explain);
}

/**
 * Like fc.oneof, but the one arbitrary itself when there is one, and a GenerationError when there are none.
 * With `crossShrink`, values shrink towards the first arbitrary's too.
 */
export function oneOf<T>(
  arbitraries: readonly fc.Arbitrary<T>[],
  what: () => string,
  crossShrink = false,
): fc.Arbitrary<T> {
  const [first, ...rest] = arbitraries;
  if (!first) throw new GenerationError(`no ${what()} can be generated`);
  return rest.length === 0 ? first : fc.oneof({ withCrossShrink: crossShrink }, first, ...rest);
}

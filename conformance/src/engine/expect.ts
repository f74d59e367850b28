import { isDeepStrictEqual } from "node:util";
import type { Validator } from "@lds/validate";
import type { RecordedExchange } from "../transport/exchange.ts";
import { CheckFailure } from "./failure.ts";

/** Assertions about one observed value; each failure records what was expected and what was observed. */
export interface Expectation<T> {
  /** Strictly equal (Object.is). */
  toBe(expected: T): void;
  /** Deeply equal. */
  toEqual(expected: unknown): void;
  toBeOneOf(expected: readonly T[]): void;
  /** A string matching the pattern. */
  toMatch(pattern: RegExp): void;
  /** Defined (neither undefined nor null). */
  toBeDefined(): void;
  /** Valid against an LDS schema (by `$id` or short name) or a schema object; the errors are what is observed. */
  toBeValid(schema: string | object): void;
  /** Satisfies a predicate; `expected` says in words what was wanted. */
  toSatisfy(predicate: (value: T) => boolean, expected: string): void;
}

const show = (value: unknown): string => {
  if (value === undefined) return "nothing";
  const text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
};

/**
 * Expect-style assertions: `what` names the observed value in the words of the requirement ("status of GET /"),
 * and `exchange` (the check's last exchange by default) becomes the failure's evidence.
 */
export function expectation<T>(
  observed: T,
  what: string,
  validator: Validator,
  exchange: () => RecordedExchange | undefined,
): Expectation<T> {
  const fail = (expected: unknown, message: string, observedValue: unknown = observed): never => {
    const recorded = exchange();
    throw new CheckFailure({
      message,
      expected,
      observed: observedValue,
      ...(recorded ? { exchange: recorded } : {}),
    });
  };
  const unless = (holds: boolean, expected: unknown, wanted: string) => {
    if (!holds) fail(expected, `${what}: expected ${wanted}, observed ${show(observed)}`);
  };
  return {
    toBe: (expected) => unless(Object.is(observed, expected), expected, show(expected)),
    toEqual: (expected) => unless(isDeepStrictEqual(observed, expected), expected, show(expected)),
    toBeOneOf: (expected) =>
      unless(
        expected.some((item) => Object.is(item, observed)),
        expected,
        `one of ${expected.map(show).join(", ")}`,
      ),
    toMatch: (pattern) =>
      unless(typeof observed === "string" && pattern.test(observed), pattern.toString(), `to match ${pattern}`),
    toBeDefined: () => unless(observed !== undefined && observed !== null, "a value", "a value"),
    toBeValid(schema) {
      const errors =
        typeof schema === "string" ? validator.validate(schema, observed) : validator.validateWith(schema, observed);
      if (errors.length) {
        const name = typeof schema === "string" ? schema : "its schema";
        const listed = errors
          .slice(0, 5)
          .map((error) => `${error.code} at "${error.pointer}"`)
          .join(", ");
        fail(`valid against ${name}`, `${what}: expected valid against ${name}, observed ${listed}`, errors);
      }
    },
    toSatisfy: (predicate, expected) => unless(predicate(observed), expected, expected),
  };
}

// Character and digit-string arbitraries the identifier generators build on.
import * as fc from "fast-check";

export const decimalDigits = "0123456789";
export const asciiLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** One character of `alphabet`. */
export function charFrom(alphabet: string): fc.Arbitrary<string> {
  return fc.constantFrom(...alphabet);
}

/** A string of exactly `length` decimal digits. */
export function digits(length: number): fc.Arbitrary<string> {
  return fc.string({ unit: charFrom(decimalDigits), minLength: length, maxLength: length });
}

/** The letters of `asciiLetters` not in `excluded`. */
export function lettersExcept(excluded: string): string {
  return [...asciiLetters].filter((letter) => !excluded.includes(letter)).join("");
}

/** `value` with the character at `index` replaced. */
export function replaceAt(value: string, index: number, replacement: string): string {
  return `${value.slice(0, index)}${replacement}${value.slice(index + 1)}`;
}

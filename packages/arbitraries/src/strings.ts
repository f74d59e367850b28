// Strings: from a format, a pattern or just length bounds; near misses that break one of them.
import * as fc from "fast-check";
import { nearMissFormat, validFormat } from "./formats.ts";
import { type Candidate, mutated } from "./mutation.ts";
import type { Built, NodeContext } from "./node-context.ts";
import { patternArbitrary } from "./patterns.ts";
import { patternRegExp, type Shape } from "./shape.ts";

const codePoints = (value: string) => [...value];

/** Typical values of standard formats, to tell whether a pattern beside the format can hold for them. */
const typical: Readonly<Record<string, readonly string[]>> = {
  date: ["2024-01-31"],
  "date-time": ["2024-01-31T12:00:00Z", "2024-01-31T12:00:00.000Z"],
  uri: ["https://example.org/a/b", "urn:example:a"],
  email: ["someone@example.org"],
  uuid: ["0b6ac7a8-8b3e-4c4c-9d55-0c8e8e9f5a01"],
};

function formatCanMatch(format: string, pattern: string): boolean {
  const regExp = patternRegExp(pattern);
  return regExp !== undefined && (typical[format] ?? []).some((value) => regExp.test(value));
}

export function stringArbitrary(shape: Shape, context: NodeContext): Built {
  const [format, ...otherFormats] = shape.formats;
  const [pattern, ...otherPatterns] = shape.patterns;
  const bounded = shape.minLength > 0 || shape.maxLength !== undefined;
  const fromFormat = format === undefined ? undefined : validFormat(format);
  const fromPattern = pattern === undefined ? undefined : patternArbitrary(pattern);
  const candidates: fc.Arbitrary<string>[] = [];
  let exact =
    otherFormats.length === 0 && otherPatterns.length === 0 && (format === undefined || fromFormat !== undefined);
  if (fromFormat) {
    candidates.push(fromFormat);
    if (pattern !== undefined || bounded) exact = false;
  }
  // A pattern that values of the format can match (`Z$` on a date-time) only filters them.
  if (fromPattern && !(fromFormat && format !== undefined && formatCanMatch(format, pattern ?? ""))) {
    candidates.push(fromPattern.arbitrary);
    if (!fromPattern.exact || format !== undefined || bounded) exact = false;
  }
  if (candidates.length === 0) {
    // A "grapheme" may be several code points, and lengths count code points.
    if (pattern !== undefined || (bounded && context.options.stringUnit === "grapheme")) exact = false;
    const maxLength = Math.min(
      shape.maxLength ?? Number.POSITIVE_INFINITY,
      shape.minLength + (context.limited ? 8 : 24),
    );
    candidates.push(fc.string({ unit: context.options.stringUnit, minLength: shape.minLength, maxLength }));
  }
  return {
    arbitrary: candidates.length === 1 ? (candidates[0] as fc.Arbitrary<string>) : fc.oneof(...candidates),
    exact,
  };
}

/** Near misses of a string node, from `valid` (valid strings of the node); undefined when one does not apply. */
export function stringMutations(shape: Shape, valid: fc.Arbitrary<string>): fc.Arbitrary<Candidate>[] {
  const mutations: fc.Arbitrary<Candidate>[] = [];
  for (const format of shape.formats) {
    const nearMiss = nearMissFormat(format);
    if (nearMiss) mutations.push(nearMiss.map((value) => mutated(value, "format")));
  }
  for (const pattern of shape.patterns) {
    const regExp = patternRegExp(pattern);
    if (!regExp) continue;
    mutations.push(
      fc
        .oneof(
          valid.map((value) => `!${value}`),
          valid.map((value) => `${value}\n`),
          valid.map((value) => value.slice(1)),
          fc.constantFrom("", " ", "-", "?"),
        )
        .map((value) => (regExp.test(value) ? undefined : mutated(value, "pattern"))),
    );
  }
  if (shape.minLength > 0) {
    mutations.push(
      valid.map((value) =>
        mutated(
          codePoints(value)
            .slice(0, shape.minLength - 1)
            .join(""),
          "too-short",
        ),
      ),
    );
  }
  const maxLength = shape.maxLength;
  if (maxLength !== undefined) {
    mutations.push(
      valid.map((value) => {
        const missing = Math.max(0, maxLength + 1 - codePoints(value).length);
        return mutated(`${value}${"x".repeat(missing)}`, "too-long");
      }),
    );
  }
  return mutations;
}

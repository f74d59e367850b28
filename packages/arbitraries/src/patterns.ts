// Strings matching a JSON Schema pattern, through fc.stringMatching. fast-check cannot generate from
// lookaround assertions, so they are removed first (generating a superset) and the caller filters.
import * as fc from "fast-check";
import { patternRegExp } from "./shape.ts";

/** `pattern` without its lookahead and lookbehind groups. */
export function withoutLookarounds(pattern: string): string {
  let result = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "\\") {
      result += pattern.slice(index, index + 2);
      index++;
      continue;
    }
    if (char === "(" && /^\(\?<?[=!]/.test(pattern.slice(index, index + 4))) {
      let depth = 0;
      let inClass = false;
      for (; index < pattern.length; index++) {
        const inner = pattern[index];
        if (inner === "\\") index++;
        else if (inClass) inClass = inner !== "]";
        else if (inner === "[") inClass = true;
        else if (inner === "(") depth++;
        else if (inner === ")" && --depth === 0) break;
      }
      continue;
    }
    result += char;
  }
  return result;
}

type PatternArbitrary = { arbitrary: fc.Arbitrary<string>; exact: boolean } | undefined;

/** fc.stringMatching is costly to set up, and arbitraries are immutable: one per pattern. */
const cache = new Map<string, PatternArbitrary>();

/** Strings matching `pattern` (exact: false when they may not, and must be filtered), or undefined. */
export function patternArbitrary(pattern: string): PatternArbitrary {
  if (cache.has(pattern)) return cache.get(pattern);
  const generated = withoutLookarounds(pattern);
  const regExp = patternRegExp(generated);
  let result: PatternArbitrary;
  try {
    result = regExp && { arbitrary: fc.stringMatching(regExp), exact: generated === pattern };
  } catch {
    result = undefined;
  }
  cache.set(pattern, result);
  return result;
}

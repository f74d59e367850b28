// Options of arbitraryFor and nearMissFor.
import type { Catalogue } from "@lds/catalogue";
import type { Validator } from "@lds/validate";

export type StringUnit = "grapheme-ascii" | "grapheme" | "binary-ascii" | "binary";

export interface ArbitraryOptions {
  /** The validator every generated value is checked with; `$ref`s resolve through its catalogue. */
  readonly validator?: Validator;
  /** Without a validator: the catalogue to create one over. Default: the installed standards. */
  readonly catalogue?: Catalogue;
  /** The base URI of relative `$ref`s in a schema object without `$id`. */
  readonly baseUri?: string;
  /** Nesting depth after which optional members are left out and arrays are as short as allowed. Default 4. */
  readonly maxDepth?: number;
  /** How many items an array may have beyond its minimum. Default 3. */
  readonly maxExtraItems?: number;
  /** Whether objects that allow undeclared members sometimes get some. Default true. */
  readonly extraMembers?: boolean;
  /** The characters of strings that have no format or pattern (fast-check's string units). Default "grapheme-ascii". */
  readonly stringUnit?: StringUnit;
  /** Rejected candidates in a row before a filter gives up with a GenerationError. Default 200. */
  readonly maxAttempts?: number;
}

export interface ResolvedOptions {
  readonly maxDepth: number;
  readonly maxExtraItems: number;
  readonly extraMembers: boolean;
  readonly stringUnit: StringUnit;
  readonly maxAttempts: number;
}

export function resolveOptions(options: ArbitraryOptions): ResolvedOptions {
  return {
    maxDepth: options.maxDepth ?? 4,
    maxExtraItems: options.maxExtraItems ?? 3,
    extraMembers: options.extraMembers ?? true,
    stringUnit: options.stringUnit ?? "grapheme-ascii",
    maxAttempts: options.maxAttempts ?? 200,
  };
}

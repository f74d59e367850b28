// @lds/arbitraries: fast-check arbitraries from the LDS schemas: valid instances, and near misses that are
// invalid because of one labelled mutation.
export { GenerationError } from "./combinators.ts";
export { nearMissFormat, validFormat } from "./formats.ts";
export { escapeToken, pointerGet, pointerJoin, pointerTokens } from "./json-pointer.ts";
export type { Mutation, MutationKind, NearMiss } from "./mutation.ts";
export { mutationKinds } from "./mutation.ts";
export { nearMissFor } from "./near-miss.ts";
export type { ArbitraryOptions, StringUnit } from "./options.ts";
export type { Schema, SchemaObject } from "./schema.ts";
export { arbitraryFor } from "./schema-arbitrary.ts";
export type { SchemaInput } from "./target.ts";

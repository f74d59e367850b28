import type { Example, Requirement, StandardManifest } from "@lds/types/meta";

/** A JSON Schema document as read from disk. */
export type JsonSchema = Record<string, unknown>;

/** One `*.schema.json` file. */
export interface SchemaFile {
  /** The canonical `$id`. */
  readonly id: string;
  /** The file name without `.schema.json`, e.g. `identifier`. */
  readonly name: string;
  readonly path: string;
  readonly schema: JsonSchema;
}

/** One example fixture and whether it must validate. */
export interface ExampleFile {
  readonly name: string;
  readonly path: string;
  readonly kind: "valid" | "invalid";
  readonly example: Example;
}

/** An OpenAPI document as read from disk. */
export interface OpenApiFile {
  readonly path: string;
  readonly document: Record<string, unknown>;
}

/** One major version of one standard, read from `standards/<folder>/<major>/`. */
export interface Standard {
  /** e.g. `LDS-01`. */
  readonly id: string;
  /** e.g. `lds-01`: the id in lower case, used in short schema names and package subpaths. */
  readonly slug: string;
  /** e.g. `lds-01-identifiers`. */
  readonly folder: string;
  readonly major: number;
  readonly dir: string;
  readonly manifest: StandardManifest;
  readonly requirements: readonly Requirement[];
  readonly schemas: readonly SchemaFile[];
  readonly openapi: OpenApiFile | undefined;
  readonly examples: readonly ExampleFile[];
}

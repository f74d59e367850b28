import { pointerGet, pointerJoin } from "@lds/arbitraries";
import { BASE_URI, type Catalogue } from "@lds/catalogue";

type Schema = Record<string, unknown>;

/** A schema that applies to one value of an instance: where the value is, and the schema (with its base URI). */
export interface AppliedSchema {
  readonly pointer: string;
  readonly value: unknown;
  readonly schema: Schema;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Walks an instance together with its schema, following `$ref`s through the standards' schema files, and yields
 * every (value, schema) pair that applies: what a check needs to find the members a schema gives a `format`, or the
 * values that are LDS-01 identifiers. Every branch of `allOf`, `anyOf`, `oneOf` and `if`/`then`/`else` is followed,
 * so a value may be reached through several schemas.
 */
export function* appliedSchemas(catalogue: Catalogue, schema: unknown, instance: unknown): Generator<AppliedSchema> {
  const documents = new Map(catalogue.schemas.map((file) => [file.id, file.schema]));
  function* walk(
    node: unknown,
    base: string,
    value: unknown,
    pointer: string,
    depth: number,
  ): Generator<AppliedSchema> {
    if (!isObject(node) || depth > 64) return;
    const id = typeof node.$id === "string" ? new URL(node.$id, base || BASE_URI).href : base;
    yield { pointer, value, schema: node };
    if (typeof node.$ref === "string") {
      const target = new URL(node.$ref, id || BASE_URI);
      const fragment = decodeURIComponent(target.hash.slice(1));
      target.hash = "";
      const resolved = pointerGet(documents.get(target.href), fragment);
      if (resolved !== undefined) yield* walk(resolved, target.href, value, pointer, depth + 1);
    }
    for (const keyword of ["allOf", "anyOf", "oneOf"]) {
      const branches = node[keyword];
      if (Array.isArray(branches)) for (const branch of branches) yield* walk(branch, id, value, pointer, depth + 1);
    }
    for (const keyword of ["if", "then", "else"]) yield* walk(node[keyword], id, value, pointer, depth + 1);
    if (isObject(value)) {
      const properties = isObject(node.properties) ? node.properties : {};
      for (const [name, item] of Object.entries(value)) {
        const at = pointerJoin(pointer, name);
        if (name in properties) yield* walk(properties[name], id, item, at, depth + 1);
        else if (isObject(node.additionalProperties)) yield* walk(node.additionalProperties, id, item, at, depth + 1);
      }
    }
    if (Array.isArray(value)) {
      const prefix = Array.isArray(node.prefixItems) ? node.prefixItems : [];
      for (const [index, item] of value.entries()) {
        const itemSchema = index < prefix.length ? prefix[index] : node.items;
        yield* walk(itemSchema, id, item, pointerJoin(pointer, index), depth + 1);
      }
    }
  }
  yield* walk(schema, "", instance, "", 0);
}

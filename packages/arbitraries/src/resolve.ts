// Resolves `$ref`s through the catalogue: every schema is read as a copy whose `$ref`s are absolute URIs
// (relative ones resolved against the enclosing `$id`), so subschemas can be moved, merged and compiled on
// their own; `#` fragments are JSON pointers into those copies.
import type { Catalogue } from "@lds/catalogue";
import { pointerTokens } from "./json-pointer.ts";
import {
  arraySubschemaKeywords,
  isSchema,
  isSchemaObject,
  mapSubschemaKeywords,
  type Schema,
  type SchemaObject,
  singleSubschemaKeywords,
} from "./schema.ts";

const single = new Set<string>(singleSubschemaKeywords);
const arrays = new Set<string>(arraySubschemaKeywords);
const maps = new Set<string>(mapSubschemaKeywords);

/** `ref` resolved against `base`; throws for a relative reference without a base. */
export function resolveUri(ref: string, base: string | undefined): string {
  if (base === undefined) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return new URL(ref).href;
    throw new Error(`cannot resolve the relative reference "${ref}": the schema has no $id and no baseUri was given`);
  }
  return new URL(ref, base).href;
}

/**
 * A copy of `schema` with every `$ref` absolute and without `$id` or `$schema` (a nested `$id` still sets the
 * base of what it encloses). Data keywords (`const`, `enum`, `examples`, …) are shared, not copied.
 */
export function absolutize(schema: Schema, base: string | undefined): Schema {
  if (!isSchemaObject(schema)) return schema;
  const here = typeof schema.$id === "string" ? resolveUri(schema.$id, base) : base;
  const copy: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === "$id" || keyword === "$schema") continue;
    if (keyword === "$ref" && typeof value === "string") copy[keyword] = resolveUri(value, here);
    else if (single.has(keyword) && isSchema(value)) copy[keyword] = absolutize(value, here);
    else if (arrays.has(keyword) && Array.isArray(value)) copy[keyword] = value.map((item) => absolutize(item, here));
    else if (maps.has(keyword) && isSchemaObject(value)) {
      copy[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, absolutize(sub as Schema, here)]),
      );
    } else copy[keyword] = value;
  }
  return copy;
}

/** Finds the schema an absolute `$ref` names; each schema file is copied once, so results are stable objects. */
export class SchemaResolver {
  readonly #roots = new Map<string, SchemaObject>();
  readonly #copies = new Map<string, Schema>();
  readonly #resolved = new Map<string, Schema>();

  constructor(catalogue: Catalogue) {
    for (const file of catalogue.schemas) if (file.id) this.#roots.set(new URL(file.id).href, file.schema);
  }

  /** Whether a schema with this `$id` is known. */
  has(id: string): boolean {
    return this.#roots.has(new URL(id).href);
  }

  /** Makes a schema outside the catalogue resolvable by its `$id`. */
  register(id: string, schema: SchemaObject): void {
    const key = new URL(id).href;
    if (this.#roots.get(key) === schema) return;
    this.#roots.set(key, schema);
    this.#copies.delete(key);
    for (const ref of [...this.#resolved.keys()])
      if (ref === key || ref.startsWith(`${key}#`)) this.#resolved.delete(ref);
  }

  /** The absolutized copy of the whole schema with this `$id`. */
  root(id: string): Schema {
    const key = new URL(id).href;
    let copy = this.#copies.get(key);
    if (copy === undefined) {
      const schema = this.#roots.get(key);
      if (!schema) throw new Error(`unknown schema "${id}": not in the catalogue`);
      copy = absolutize(schema, key);
      this.#copies.set(key, copy);
    }
    return copy;
  }

  /** The subschema an absolute reference names (`<$id>` or `<$id>#<JSON pointer>`). */
  resolve(ref: string): Schema {
    let found = this.#resolved.get(ref);
    if (found !== undefined) return found;
    const hash = ref.indexOf("#");
    const id = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : decodeURIComponent(ref.slice(hash + 1));
    if (fragment !== "" && !fragment.startsWith("/")) {
      throw new Error(`cannot resolve "${ref}": only JSON pointer fragments are supported`);
    }
    let current: unknown = this.root(id);
    for (const token of pointerTokens(fragment)) {
      current = Array.isArray(current)
        ? current[Number(token)]
        : isSchemaObject(current) && Object.hasOwn(current, token)
          ? current[token]
          : undefined;
      if (current === undefined) throw new Error(`cannot resolve "${ref}": nothing at ${fragment}`);
    }
    if (!isSchema(current)) throw new Error(`cannot resolve "${ref}": not a schema`);
    found = current;
    this.#resolved.set(ref, found);
    return found;
  }
}

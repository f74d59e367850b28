import type { Catalogue } from "./catalogue.ts";
import { CatalogueError } from "./errors.ts";
import { resolvePointer } from "./internal/pointer.ts";
import { BASE_URI } from "./location.ts";
import type { JsonSchema, Standard } from "./standard.ts";

/** The canonical URL of a standard's OpenAPI document, beside its schemas. */
export const openApiUrl = (standard: Standard) => `${BASE_URI}${standard.folder}/${standard.major}/openapi.yaml`;

/**
 * Follows `$ref`s through the standards' OpenAPI documents. A reference that reaches a JSON Schema file stops there:
 * schemas are handed to validators by canonical `$id`, so what comes back is `{ $ref: "<absolute $id>" }`.
 */
export class OpenApiRefs {
  readonly #documents = new Map<string, unknown>();
  readonly #schemaIds: Set<string>;

  constructor(catalogue: Catalogue) {
    for (const standard of catalogue.standards) {
      if (standard.openapi) this.#documents.set(openApiUrl(standard), standard.openapi.document);
    }
    this.#schemaIds = new Set(catalogue.schemas.map((schema) => schema.id));
  }

  /** The object a node stands for, with the URL it is to be read relative to. */
  resolve(node: unknown, base: string): { node: unknown; base: string } {
    for (let hops = 0; hops < 32; hops++) {
      const ref = (node as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== "string") return { node, base };
      const target = new URL(ref, base);
      const pointer = decodeURIComponent(target.hash.slice(1));
      target.hash = "";
      if (this.#schemaIds.has(target.href))
        return { node: { $ref: target.href + (pointer ? `#${pointer}` : "") }, base };
      const document = this.#documents.get(target.href);
      if (document === undefined) throw new CatalogueError(`${base}: $ref ${ref} leads outside the standards`);
      node = resolvePointer(document, pointer);
      base = target.href;
      if (node === undefined) throw new CatalogueError(`${base}: $ref ${ref} points at nothing`);
    }
    throw new CatalogueError(`${base}: $ref chain too long`);
  }

  /** A schema from an OpenAPI document with every `$ref` made absolute, so a validator can compile it as it is. */
  schema(node: unknown, base: string): JsonSchema {
    const resolved = this.resolve(node, base);
    const absolute = (value: unknown, at: string): unknown => {
      if (Array.isArray(value)) return value.map((item) => absolute(item, at));
      if (!value || typeof value !== "object") return value;
      if (typeof (value as { $ref?: unknown }).$ref === "string") {
        const inner = this.resolve(value, at);
        // A reference that reached a schema file is final; one that reached an OpenAPI component is read on.
        return typeof (inner.node as { $ref?: unknown }).$ref === "string"
          ? inner.node
          : absolute(inner.node, inner.base);
      }
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, absolute(item, at)]));
    };
    return absolute(resolved.node, resolved.base) as JsonSchema;
  }
}

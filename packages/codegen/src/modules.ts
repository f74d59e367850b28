import type { Catalogue, SchemaFile } from "@lds/catalogue";
import { defTypeName, typeName } from "./type-names.ts";

/** One generated file: `lds-01.gen.ts` holds the types of every schema of LDS-01 major version 1. */
export interface TypeModule {
  /** Subpath of `@lds/types`: `lds-01`, `lds-01-v2` for a second major version, `meta`. */
  readonly name: string;
  /** Where its schemas come from, relative to the repository root, for the banner. */
  readonly source: string;
  readonly schemas: readonly SchemaFile[];
}

/** Where each schema's types are declared, and under which names. */
export interface TypeIndex {
  readonly modules: readonly TypeModule[];
  moduleOf(schema: SchemaFile): TypeModule;
  /** The type name of a schema (`fragment` empty) or of one of its `$defs` (`/$defs/key`). */
  nameOf(schema: SchemaFile, fragment: string): string;
}

export function indexTypes(catalogue: Catalogue): TypeIndex {
  const modules: TypeModule[] = [
    { name: "meta", source: "standards/meta", schemas: catalogue.meta },
    { name: "conformance", source: "standards/conformance", schemas: catalogue.conformance },
    ...catalogue.standards.map((standard) => ({
      name: standard.major === 1 ? standard.slug : `${standard.slug}-v${standard.major}`,
      source: `standards/${standard.folder}/${standard.major}/schemas`,
      schemas: standard.schemas,
    })),
  ];
  const owner = new Map(modules.flatMap((module) => module.schemas.map((schema) => [schema, module] as const)));
  return {
    modules,
    moduleOf: (schema) => owner.get(schema)!,
    nameOf(schema, fragment) {
      const root = rootTypeName(schema);
      const key = /^\/\$defs\/([^/]+)$/.exec(fragment)?.[1];
      if (!fragment) return root;
      const defs = schema.schema.$defs as Record<string, Record<string, unknown>> | undefined;
      const def = key ? defs?.[key] : undefined;
      if (!key || !def) throw new Error(`${schema.path}: cannot name the type at #${fragment}`);
      return defTypeName(root, key, def);
    },
  };
}

export function rootTypeName(schema: SchemaFile): string {
  return typeName(typeof schema.schema.title === "string" ? schema.schema.title : schema.name);
}

import type { Catalogue, JsonSchema, SchemaFile } from "@lds/catalogue";
import type { TypeIndex, TypeModule } from "./modules.ts";
import { defTypeName, typeName } from "./type-names.ts";

/** A schema ready for json-schema-to-typescript, and the types it borrows from other modules. */
export interface PreparedSchema {
  readonly schema: JsonSchema;
  /** module name → type names imported from it */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Declarations json-schema-to-typescript would not emit: a `$defs` entry that is a reference (with refinements a
   * type cannot express) becomes an alias of the referenced type.
   */
  readonly aliases: readonly string[];
}

/**
 * Rewrites a schema so that json-schema-to-typescript declares each type once, under a predictable name:
 * the root and every `$defs` entry are titled with their type names; titles of inline sub-schemas are dropped
 * (they would become stray named types); every `$ref` becomes a `tsType` naming the type declared for its target,
 * imported when another module declares it.
 */
/** Keywords that give a schema a shape; a schema with none of them accepts any JSON value. */
const SHAPING = new Set([
  "type",
  "$ref",
  "properties",
  "items",
  "enum",
  "const",
  "oneOf",
  "anyOf",
  "allOf",
  "additionalProperties",
  "patternProperties",
  "required",
  "not",
  "if",
  "$defs",
  "prefixItems",
  "tsType",
]);

/** Keywords whose value is a map of names to schemas, a list of schemas, or one schema. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_VALUED = new Set([
  "items",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "propertyNames",
]);

/**
 * A boolean schema where json-schema-to-typescript needs an object: `true` accepts anything, `false` nothing.
 * (`additionalProperties: false` and its kin keep their boolean: json-schema-to-typescript reads them.)
 */
const named = (schema: unknown) => (typeof schema === "boolean" ? { tsType: schema ? "unknown" : "never" } : schema);

const mapEntries = (value: unknown, fn: (key: string, schema: Record<string, unknown>) => unknown) =>
  Object.fromEntries(
    Object.entries((value ?? {}) as Record<string, Record<string, unknown>>).map(([key, schema]) => [
      key,
      fn(key, schema),
    ]),
  );

export function prepareSchema(catalogue: Catalogue, index: TypeIndex, file: SchemaFile): PreparedSchema {
  const home = index.moduleOf(file);
  const imports = new Map<string, Set<string>>();
  const aliases: string[] = [];
  const rootName = typeName(typeof file.schema.title === "string" ? file.schema.title : file.name);

  /** The type name a `$ref` stands for, imported when another module declares it. */
  const refType = (ref: string): string => {
    const target = new URL(ref, file.id);
    const fragment = decodeURIComponent(target.hash.slice(1));
    target.hash = "";
    const schema = catalogue.schemas.find((candidate) => candidate.id === target.href);
    if (!schema) throw new Error(`${file.path}: $ref ${ref} resolves to ${target.href}, which is not an LDS schema`);
    const name = index.nameOf(schema, fragment);
    const module: TypeModule = index.moduleOf(schema);
    if (module !== home) {
      if (!imports.has(module.name)) imports.set(module.name, new Set());
      imports.get(module.name)!.add(name);
    }
    return name;
  };

  const rewrite = (node: unknown, keep: string | undefined): unknown => {
    if (!node || typeof node !== "object" || Array.isArray(node)) return node;
    const ref = (node as { $ref?: unknown }).$ref;
    // A reference names its target's type: sibling annotations would make json-schema-to-typescript declare a copy.
    if (typeof ref === "string" && !keep) return { tsType: refType(ref) };
    // A schema that constrains nothing (e.g. "any JSON") is `unknown`, not an empty object type.
    if (!Object.keys(node).some((key) => SHAPING.has(key))) return { tsType: "unknown" };
    if (typeof ref === "string" && keep && keep !== rootName) {
      const description =
        typeof (node as { description?: unknown }).description === "string"
          ? (node as { description: string }).description
          : "";
      aliases.push(
        `${description ? `/** ${description.replaceAll("*/", "*\\/")} */\n` : ""}export type ${keep} = ${refType(ref)};`,
      );
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "title") continue;
      if (key === "$ref" && typeof value === "string") out.tsType = refType(value);
      else if (key === "$defs") {
        const defs = mapEntries(value, (defKey, def) => rewrite(def, defTypeName(rootName, defKey, def)));
        out.$defs = Object.fromEntries(Object.entries(defs).filter(([, def]) => def !== undefined));
      } else if (SCHEMA_MAPS.has(key)) out[key] = mapEntries(value, (_, schema) => rewrite(named(schema), undefined));
      else if (SCHEMA_LISTS.has(key) && Array.isArray(value))
        out[key] = value.map((item) => rewrite(named(item), undefined));
      else if (SCHEMA_VALUED.has(key)) out[key] = rewrite(value, undefined);
      else out[key] = value;
    }
    if (keep) out.title = keep;
    return out;
  };

  return { schema: rewrite(file.schema, rootName) as JsonSchema, imports, aliases };
}

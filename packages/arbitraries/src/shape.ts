// A shape is what a schema and everything it is combined with ($ref, allOf, a chosen oneOf/anyOf branch, a
// chosen if/then/else branch) ask of one instance, merged keyword by keyword: the plan a generator follows.
import { type JsonType, jsonTypes, type Schema } from "./schema.ts";

/** What one schema object says about object members: member schemas depend on the part they were declared in. */
export interface ObjectPart {
  readonly properties: Readonly<Record<string, Schema>>;
  readonly patternProperties: readonly (readonly [pattern: string, schema: Schema])[];
  readonly additionalProperties: Schema | undefined;
}

/** What one schema object says about array items: `items` applies after that same object's `prefixItems`. */
export interface ArrayPart {
  readonly prefixItems: readonly Schema[];
  readonly items: Schema | undefined;
}

export interface ContainsRule {
  readonly schema: Schema;
  readonly min: number;
  readonly max: number | undefined;
}

/** An if/then/else: `condition` decides between `satisfied` (then) and `otherwise` (else). */
export interface Conditional {
  readonly condition: Schema;
  readonly satisfied: Schema | undefined;
  readonly otherwise: Schema | undefined;
}

export interface Group {
  readonly kind: "oneOf" | "anyOf";
  readonly branches: readonly Schema[];
}

export interface Shape {
  /** Why no instance can exist, once that is known. */
  unsatisfiable: string | undefined;
  /** Set when generating from the shape may produce invalid instances, so they must be filtered. */
  approximate: boolean;
  /** The allowed JSON types; undefined for any. */
  types: Set<JsonType> | undefined;
  /** The allowed values when finitely many (const, enum, oneOf of consts); undefined otherwise. */
  values: unknown[] | undefined;
  /** Values `not` rules out. */
  excluded: unknown[];
  objectParts: ObjectPart[];
  required: Set<string>;
  minProperties: number;
  maxProperties: number | undefined;
  propertyNames: Schema[];
  arrayParts: ArrayPart[];
  minItems: number;
  maxItems: number | undefined;
  uniqueItems: boolean;
  contains: ContainsRule[];
  minLength: number;
  maxLength: number | undefined;
  patterns: string[];
  formats: string[];
  minimum: number | undefined;
  maximum: number | undefined;
  exclusiveMinimum: number | undefined;
  exclusiveMaximum: number | undefined;
  multipleOf: number[];
  /** oneOf/anyOf still to choose a branch of. */
  groups: Group[];
  /** if/then/else (and dependentRequired, dependentSchemas) still to decide. */
  conditionals: Conditional[];
}

/** The shape of `true`: no constraints. */
export function emptyShape(): Shape {
  return {
    unsatisfiable: undefined,
    approximate: false,
    types: undefined,
    values: undefined,
    excluded: [],
    objectParts: [],
    required: new Set(),
    minProperties: 0,
    maxProperties: undefined,
    propertyNames: [],
    arrayParts: [],
    minItems: 0,
    maxItems: undefined,
    uniqueItems: false,
    contains: [],
    minLength: 0,
    maxLength: undefined,
    patterns: [],
    formats: [],
    minimum: undefined,
    maximum: undefined,
    exclusiveMinimum: undefined,
    exclusiveMaximum: undefined,
    multipleOf: [],
    groups: [],
    conditionals: [],
  };
}

export function cloneShape(shape: Shape): Shape {
  return {
    ...shape,
    types: shape.types && new Set(shape.types),
    values: shape.values && [...shape.values],
    excluded: [...shape.excluded],
    objectParts: [...shape.objectParts],
    required: new Set(shape.required),
    propertyNames: [...shape.propertyNames],
    arrayParts: [...shape.arrayParts],
    contains: [...shape.contains],
    patterns: [...shape.patterns],
    formats: [...shape.formats],
    multipleOf: [...shape.multipleOf],
    groups: [...shape.groups],
    conditionals: [...shape.conditionals],
  };
}

/** The types of `shape`, all of them when it does not restrict them. */
export function typesOf(shape: Shape): Set<JsonType> {
  return shape.types ?? new Set(jsonTypes);
}

/** Whether every instance of the shape has one of `types` (integers are numbers). */
export function onlyTypes(shape: Shape, ...types: JsonType[]): boolean {
  return [...typesOf(shape)].every((type) => types.includes(type) || (type === "integer" && types.includes("number")));
}

/** A regular expression as JSON Schema (and Ajv) reads a pattern: Unicode-aware and unanchored. */
export function patternRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
}

/**
 * The schemas a member called `name` must satisfy: per object part, its `properties` entry, else the
 * `patternProperties` entries whose pattern matches, else its `additionalProperties`.
 */
export function memberSchemas(shape: Shape, name: string): Schema[] {
  const schemas: Schema[] = [];
  for (const part of shape.objectParts) {
    if (Object.hasOwn(part.properties, name)) {
      schemas.push(part.properties[name] as Schema);
      continue;
    }
    const matching = part.patternProperties.filter(([pattern]) => patternRegExp(pattern)?.test(name) ?? false);
    if (matching.length > 0) schemas.push(...matching.map(([, schema]) => schema));
    else if (part.additionalProperties !== undefined) schemas.push(part.additionalProperties);
  }
  return schemas;
}

/** Every member name some part declares in `properties`, in declaration order. */
export function declaredNames(shape: Shape): string[] {
  const names = new Set<string>();
  for (const part of shape.objectParts) for (const name of Object.keys(part.properties)) names.add(name);
  for (const name of shape.required) names.add(name);
  return [...names];
}

// Merging schemas into a shape with allOf semantics: afterwards the shape asks for everything each of
// them asks for.
import { GenerationError } from "./combinators.ts";
import { domainOf, inExactlyOne, union } from "./domain.ts";
import { annotationKeywords, companionKeywords, intersectTypes, maxNesting, numberOr, strings } from "./keywords.ts";
import { negate } from "./negate.ts";
import { includesJson, isSchemaObject, type JsonType, type Schema } from "./schema.ts";
import { cloneShape, emptyShape, type Shape } from "./shape.ts";

/** What merging needs from its surroundings. */
export interface SchemaEnv {
  /** The schema an absolute `$ref` names. */
  resolve(ref: string): Schema;
}

function intersectValues(shape: Shape, values: readonly unknown[]): void {
  shape.values = shape.values ? shape.values.filter((value) => includesJson(values, value)) : [...values];
  if (shape.values.length === 0) shape.unsatisfiable = "no value is allowed by every const/enum";
}

/** Merges `schema` into `shape`: afterwards the shape asks for both. */
export function absorb(shape: Shape, schema: Schema, env: SchemaEnv, nesting = 0): void {
  if (shape.unsatisfiable !== undefined || schema === true) return;
  if (schema === false) {
    shape.unsatisfiable = "the schema is false";
    return;
  }
  if (nesting > maxNesting) throw new GenerationError("$ref or allOf nesting is too deep (a reference cycle?)");
  for (const [keyword, value] of Object.entries(schema)) {
    if (annotationKeywords.has(keyword) || companionKeywords.has(keyword)) continue;
    switch (keyword) {
      case "$ref":
        if (typeof value === "string") absorb(shape, env.resolve(value), env, nesting + 1);
        break;
      case "type":
        shape.types = intersectTypes(shape.types, (Array.isArray(value) ? value : [value]) as JsonType[]);
        if (shape.types.size === 0) shape.unsatisfiable = "no type is allowed by every part";
        break;
      case "const":
        intersectValues(shape, [value]);
        break;
      case "enum":
        intersectValues(shape, Array.isArray(value) ? value : []);
        break;
      case "allOf":
        for (const part of value as Schema[]) absorb(shape, part, env, nesting + 1);
        break;
      case "anyOf":
      case "oneOf": {
        const branches = value as Schema[];
        const domains = branches.map((branch) => domainOf([branch], env));
        if (domains.every((domain) => domain !== undefined)) {
          intersectValues(shape, keyword === "anyOf" ? union(domains) : inExactlyOne(domains));
        } else {
          shape.groups.push({ kind: keyword, branches });
        }
        break;
      }
      case "not":
        negate(shape, value as Schema, env, nesting + 1);
        break;
      case "if":
        shape.conditionals.push({
          condition: value as Schema,
          satisfied: schema.then as Schema | undefined,
          otherwise: schema.else as Schema | undefined,
        });
        break;
      case "dependentRequired":
        for (const [name, names] of Object.entries(value as Record<string, unknown>)) {
          shape.conditionals.push({
            condition: { required: [name] },
            satisfied: { required: strings(names) },
            otherwise: undefined,
          });
        }
        break;
      case "dependentSchemas":
        for (const [name, dependent] of Object.entries(value as Record<string, Schema>)) {
          shape.conditionals.push({ condition: { required: [name] }, satisfied: dependent, otherwise: undefined });
        }
        break;
      case "properties":
        break;
      case "required":
        for (const name of strings(value)) shape.required.add(name);
        break;
      case "minProperties":
        shape.minProperties = Math.max(shape.minProperties, numberOr(value) ?? 0);
        break;
      case "maxProperties":
        shape.maxProperties = Math.min(shape.maxProperties ?? Number.POSITIVE_INFINITY, numberOr(value) ?? 0);
        shape.approximate = true;
        break;
      case "propertyNames":
        shape.propertyNames.push(value as Schema);
        shape.approximate = true;
        break;
      case "prefixItems":
      case "items":
        break;
      case "minItems":
        shape.minItems = Math.max(shape.minItems, numberOr(value) ?? 0);
        break;
      case "maxItems":
        shape.maxItems = Math.min(shape.maxItems ?? Number.POSITIVE_INFINITY, numberOr(value) ?? 0);
        break;
      case "uniqueItems":
        if (value === true) shape.uniqueItems = true;
        break;
      case "contains":
        shape.contains.push({
          schema: value as Schema,
          min: numberOr(schema.minContains) ?? 1,
          max: numberOr(schema.maxContains),
        });
        if (schema.maxContains !== undefined) shape.approximate = true;
        break;
      case "minLength":
        shape.minLength = Math.max(shape.minLength, numberOr(value) ?? 0);
        break;
      case "maxLength":
        shape.maxLength = Math.min(shape.maxLength ?? Number.POSITIVE_INFINITY, numberOr(value) ?? 0);
        break;
      case "pattern":
        if (typeof value === "string") shape.patterns.push(value);
        break;
      case "format":
        if (typeof value === "string") shape.formats.push(value);
        break;
      case "minimum":
        shape.minimum = Math.max(shape.minimum ?? Number.NEGATIVE_INFINITY, numberOr(value) ?? 0);
        break;
      case "maximum":
        shape.maximum = Math.min(shape.maximum ?? Number.POSITIVE_INFINITY, numberOr(value) ?? 0);
        break;
      case "exclusiveMinimum":
        shape.exclusiveMinimum = Math.max(shape.exclusiveMinimum ?? Number.NEGATIVE_INFINITY, numberOr(value) ?? 0);
        break;
      case "exclusiveMaximum":
        shape.exclusiveMaximum = Math.min(shape.exclusiveMaximum ?? Number.POSITIVE_INFINITY, numberOr(value) ?? 0);
        break;
      case "multipleOf":
        if (typeof value === "number" && value > 0) shape.multipleOf.push(value);
        break;
      default:
        // A keyword this package does not generate for (unevaluatedProperties, …): the filter enforces it.
        shape.approximate = true;
    }
  }
  if ("properties" in schema || "patternProperties" in schema || "additionalProperties" in schema) {
    shape.objectParts.push({
      properties: isSchemaObject(schema.properties) ? (schema.properties as Record<string, Schema>) : {},
      patternProperties: isSchemaObject(schema.patternProperties)
        ? Object.entries(schema.patternProperties as Record<string, Schema>)
        : [],
      additionalProperties: schema.additionalProperties as Schema | undefined,
    });
  }
  if ("prefixItems" in schema || "items" in schema) {
    shape.arrayParts.push({
      prefixItems: Array.isArray(schema.prefixItems) ? (schema.prefixItems as Schema[]) : [],
      items: schema.items as Schema | undefined,
    });
  }
}

/** The shape of all of `schemas` together. */
export function shapeOf(schemas: readonly Schema[], env: SchemaEnv): Shape {
  const shape = emptyShape();
  for (const schema of schemas) absorb(shape, schema, env);
  return shape;
}

/** A copy of `shape` with `schema` merged in. */
export function withSchema(shape: Shape, schema: Schema | undefined, env: SchemaEnv): Shape {
  const copy = cloneShape(shape);
  if (schema !== undefined) absorb(copy, schema, env);
  return copy;
}

/** A copy of `shape` that also rules out `schema`. */
export function withoutSchema(shape: Shape, schema: Schema, env: SchemaEnv): Shape {
  const copy = cloneShape(shape);
  negate(copy, schema, env);
  return copy;
}

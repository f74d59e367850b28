// Expanding a shape into leaves: each oneOf/anyOf branch and each side of an if/then/else that is not
// already decided becomes its own shape, merged with everything else; leaves that cannot have instances are
// dropped. Generating from a leaf needs no more choices between branches.
import { domainOf, finiteValues } from "./domain.ts";
import { type SchemaEnv, shapeOf, withoutSchema, withSchema } from "./merge.ts";
import { conjuncts } from "./negate.ts";
import { type JsonType, jsonTypes, type Schema } from "./schema.ts";
import { cloneShape, memberSchemas, onlyTypes, type Shape, typesOf } from "./shape.ts";

export interface ExpandEnv extends SchemaEnv {
  /** Whether a value is an instance of `schema` (by the validator). */
  check(schema: Schema): (value: unknown) => boolean;
  /** Whether no value satisfies all of `schemas`, as far as can be told (false when unsure). */
  isForbidden(schemas: readonly Schema[]): boolean;
}

/** Whether every instance of `shape` satisfies `condition` (true), none does (false), or it depends (undefined). */
export function decide(shape: Shape, condition: Schema, env: ExpandEnv): boolean | undefined {
  if (typeof condition === "boolean") return condition;
  if (shape.unsatisfiable !== undefined) return undefined;
  let always = true;
  for (const part of conjuncts(condition, env)) {
    const decided = decidePart(shape, part, env);
    if (decided === false) return false;
    if (decided === undefined) always = false;
  }
  return always ? true : undefined;
}

function decidePart(shape: Shape, part: Schema, env: ExpandEnv): boolean | undefined {
  if (typeof part === "boolean") return part;
  const values = finiteValues(shape);
  if (values !== undefined) {
    const check = env.check(part);
    const results = values.map((value) => check(value));
    if (results.every(Boolean)) return true;
    return results.some(Boolean) ? undefined : false;
  }
  const keywords = Object.keys(part);
  const only = (...allowed: string[]) => keywords.every((keyword) => allowed.includes(keyword));
  if (only("type")) {
    const types = (Array.isArray(part.type) ? part.type : [part.type]) as JsonType[];
    if (onlyTypes(shape, ...types)) return true;
    const overlap = [...typesOf(shape)].some(
      (type) =>
        types.includes(type) ||
        (type === "integer" && types.includes("number")) ||
        (type === "number" && types.includes("integer")),
    );
    return overlap ? undefined : false;
  }
  const required = Array.isArray(part.required) ? (part.required as string[]) : [];
  const properties = (part.properties ?? {}) as Record<string, Schema>;
  const names = Object.keys(properties);
  if (!onlyTypes(shape, "object")) return undefined;
  if (only("required", "properties") && required.length === 1 && names.every((name) => name === required[0])) {
    const [name = ""] = required;
    const members = memberSchemas(shape, name);
    if (env.isForbidden(members)) return false;
    const member = properties[name];
    const matches = member === undefined ? true : decide(shapeOf(members, env), member, env);
    if (matches === false) return false;
    return matches === true && shape.required.has(name) ? true : undefined;
  }
  if (only("properties") && names.length === 1) {
    const [name = ""] = names;
    const members = memberSchemas(shape, name);
    if (env.isForbidden(members)) return true;
    const matches = decide(shapeOf(members, env), properties[name] as Schema, env);
    if (matches === true) return true;
    return matches === false && shape.required.has(name) ? false : undefined;
  }
  return undefined;
}

/** Whether no value can satisfy all of `schemas`, by their finite values alone (false when unsure). */
export function obviouslyForbidden(schemas: readonly Schema[], env: SchemaEnv): boolean {
  return schemas.includes(false) || domainOf(schemas, env)?.length === 0;
}

/** The leaves of `shape`: at most about `budget` of them (further branches are then left to the filter). */
export function expand(shape: Shape, env: ExpandEnv, budget = 64): Shape[] {
  const leaves: Shape[] = [];
  const visit = (start: Shape): void => {
    const current = settle(start, env);
    if (current.unsatisfiable !== undefined) return;
    const alternatives: Shape[] = [];
    const [group] = current.groups;
    const [conditional] = current.conditionals;
    if (group) {
      const rest = cloneShape(current);
      rest.groups.shift();
      // A oneOf branch must also fail the other branches: the filter checks that.
      if (group.kind === "oneOf") rest.approximate = true;
      for (const branch of group.branches) alternatives.push(withSchema(rest, branch, env));
    } else if (conditional) {
      const rest = cloneShape(current);
      rest.conditionals.shift();
      // The side without the condition first: values shrink towards it (a member left out, say).
      alternatives.push(withSchema(withoutSchema(rest, conditional.condition, env), conditional.otherwise, env));
      alternatives.push(withSchema(withSchema(rest, conditional.condition, env), conditional.satisfied, env));
    } else {
      const leaf = finalize(current, env);
      if (leaf) leaves.push(leaf);
      return;
    }
    const before = leaves.length;
    for (const alternative of alternatives) {
      // Over budget, once this choice has a leaf: generation never takes the remaining branches, which is
      // still sound (their instances are valid too, just not generated).
      if (leaves.length >= budget && leaves.length > before) break;
      visit(alternative);
    }
  };
  visit(shape);
  return leaves;
}

/** Applies every conditional that is already decided, until none is. */
function settle(start: Shape, env: ExpandEnv): Shape {
  let current = start;
  for (let changed = true; changed && current.unsatisfiable === undefined; ) {
    changed = false;
    for (const [index, conditional] of current.conditionals.entries()) {
      const pointless = conditional.satisfied === undefined && conditional.otherwise === undefined;
      const decided = pointless ? true : decide(current, conditional.condition, env);
      if (decided === undefined) continue;
      const rest = cloneShape(current);
      rest.conditionals.splice(index, 1);
      current = decided ? withSchema(rest, conditional.satisfied, env) : withSchema(rest, conditional.otherwise, env);
      changed = true;
      break;
    }
  }
  return current;
}

/** The types a shape's keywords suggest when it does not name any: generating only those is still valid. */
function inferredTypes(shape: Shape): Set<JsonType> {
  if (shape.values) {
    const types = new Set<JsonType>();
    for (const value of shape.values) {
      if (value === null) types.add("null");
      else if (Array.isArray(value)) types.add("array");
      else if (typeof value === "number") types.add(Number.isInteger(value) ? "integer" : "number");
      else types.add(typeof value as JsonType);
    }
    return types;
  }
  const types = new Set<JsonType>();
  if (shape.objectParts.length || shape.required.size || shape.minProperties || shape.propertyNames.length) {
    types.add("object");
  }
  if (
    shape.arrayParts.length ||
    shape.minItems ||
    shape.maxItems !== undefined ||
    shape.uniqueItems ||
    shape.contains.length
  ) {
    types.add("array");
  }
  if (shape.minLength || shape.maxLength !== undefined || shape.patterns.length || shape.formats.length)
    types.add("string");
  const numeric = [shape.minimum, shape.maximum, shape.exclusiveMinimum, shape.exclusiveMaximum];
  if (numeric.some((bound) => bound !== undefined) || shape.multipleOf.length) types.add("number");
  return types.size > 0 ? types : new Set(jsonTypes);
}

/** Lower and upper bounds of a number shape, with whether each is exclusive. */
export function numberBounds(shape: Shape): { min: number; minExcluded: boolean; max: number; maxExcluded: boolean } {
  let min = shape.minimum ?? Number.NEGATIVE_INFINITY;
  let minExcluded = false;
  if (shape.exclusiveMinimum !== undefined && shape.exclusiveMinimum >= min) {
    min = shape.exclusiveMinimum;
    minExcluded = true;
  }
  let max = shape.maximum ?? Number.POSITIVE_INFINITY;
  let maxExcluded = false;
  if (shape.exclusiveMaximum !== undefined && shape.exclusiveMaximum <= max) {
    max = shape.exclusiveMaximum;
    maxExcluded = true;
  }
  return { min, minExcluded, max, maxExcluded };
}

/** Integer bounds of a number shape (possibly min > max when there are none). */
export function integerBounds(shape: Shape): { min: number; max: number } {
  const bounds = numberBounds(shape);
  const min = bounds.minExcluded ? Math.floor(bounds.min) + 1 : Math.ceil(bounds.min);
  const max = bounds.maxExcluded ? Math.ceil(bounds.max) - 1 : Math.floor(bounds.max);
  return { min, max };
}

/** Whether the items an array of the shape needs (minItems, contains) can exist. */
function arrayPossible(shape: Shape, env: ExpandEnv): boolean {
  const prefixLength = Math.max(0, ...shape.arrayParts.map((part) => part.prefixItems.length));
  const at = (index: number) =>
    shape.arrayParts.flatMap((part) => {
      const schema = index < part.prefixItems.length ? part.prefixItems[index] : part.items;
      return schema === undefined ? [] : [schema];
    });
  const needed = Math.max(shape.minItems, shape.contains.some((rule) => rule.min > 0) ? prefixLength + 1 : 0);
  for (let index = 0; index < Math.min(needed, prefixLength + 1); index++) {
    if (env.isForbidden(at(index))) return false;
  }
  const rest = at(prefixLength);
  if (shape.uniqueItems && (domainOf(rest, env)?.length ?? Number.POSITIVE_INFINITY) < shape.minItems - prefixLength) {
    return false;
  }
  return shape.contains.every((rule) => rule.min === 0 || !env.isForbidden([...rest, rule.schema]));
}

/** The shape with its types made explicit and impossible types dropped; undefined when nothing is left. */
function finalize(shape: Shape, env: ExpandEnv): Shape | undefined {
  const types = shape.types ? new Set(shape.types) : inferredTypes(shape);
  if (shape.minLength > (shape.maxLength ?? Number.POSITIVE_INFINITY)) types.delete("string");
  if (shape.minItems > (shape.maxItems ?? Number.POSITIVE_INFINITY)) types.delete("array");
  const bounds = numberBounds(shape);
  if (bounds.min > bounds.max || (bounds.min === bounds.max && (bounds.minExcluded || bounds.maxExcluded))) {
    types.delete("number");
    types.delete("integer");
  }
  const integers = integerBounds(shape);
  if (integers.min > integers.max) types.delete("integer");
  if ([...shape.required].some((name) => env.isForbidden(memberSchemas(shape, name)))) types.delete("object");
  if (types.has("array") && !arrayPossible(shape, env)) types.delete("array");
  if (types.size === 0) return undefined;
  const leaf = cloneShape(shape);
  leaf.types = types;
  const values = finiteValues(leaf);
  if (values?.length === 0) return undefined;
  if (values !== undefined) leaf.values = values;
  return leaf;
}

// The finite sets of values some schemas allow (const, enum, oneOf of consts, booleans): what lets
// conditions be decided and impossible members be told apart without generating anything.
import { type SchemaEnv, shapeOf } from "./merge.ts";
import { hasType, includesJson, type Schema } from "./schema.ts";
import { patternRegExp, type Shape } from "./shape.ts";

export function union(domains: readonly (readonly unknown[])[]): unknown[] {
  const values: unknown[] = [];
  for (const domain of domains) for (const value of domain) if (!includesJson(values, value)) values.push(value);
  return values;
}

export function inExactlyOne(domains: readonly (readonly unknown[])[]): unknown[] {
  return union(domains).filter((value) => domains.filter((domain) => includesJson(domain, value)).length === 1);
}

/** Whether a string or number satisfies the shape's own string and number keywords (not formats). */
export function scalarAllows(shape: Shape, value: unknown): boolean {
  if (typeof value === "string") {
    const length = [...value].length;
    if (length < shape.minLength || length > (shape.maxLength ?? Number.POSITIVE_INFINITY)) return false;
    return shape.patterns.every((pattern) => patternRegExp(pattern)?.test(value) ?? true);
  }
  if (typeof value === "number") {
    if (shape.minimum !== undefined && value < shape.minimum) return false;
    if (shape.maximum !== undefined && value > shape.maximum) return false;
    if (shape.exclusiveMinimum !== undefined && value <= shape.exclusiveMinimum) return false;
    if (shape.exclusiveMaximum !== undefined && value >= shape.exclusiveMaximum) return false;
    return shape.multipleOf.every((divisor) => Number.isInteger(value / divisor));
  }
  return true;
}

/**
 * The values the shape allows when there are finitely many (a superset when conditions are left to decide),
 * or undefined when there are not.
 */
export function finiteValues(shape: Shape): unknown[] | undefined {
  if (shape.unsatisfiable !== undefined) return [];
  let values = shape.values;
  if (values === undefined) {
    if (!shape.types || ![...shape.types].every((type) => type === "boolean" || type === "null")) return undefined;
    values = [...(shape.types.has("boolean") ? [false, true] : []), ...(shape.types.has("null") ? [null] : [])];
  }
  const types = shape.types;
  return values.filter(
    (value) =>
      !includesJson(shape.excluded, value) &&
      (types === undefined || [...types].some((type) => hasType(value, type))) &&
      scalarAllows(shape, value),
  );
}

/** The finitely many values all of `schemas` allow (a superset), or undefined when there are not finitely many. */
export function domainOf(schemas: readonly Schema[], env: SchemaEnv): unknown[] | undefined {
  return finiteValues(shapeOf(schemas, env));
}

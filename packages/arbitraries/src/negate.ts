// Negation: `not`, and the else side of if/then/else. A schema is split into conjuncts; the negation of
// each is merged exactly where it can be expressed (a member absent, values ruled out, a bound flipped), and
// left to the filter otherwise.
import { GenerationError } from "./combinators.ts";
import { domainOf } from "./domain.ts";
import { annotationKeywords, companionKeywords, intersectTypes, maxNesting, numberOr, strings } from "./keywords.ts";
import { absorb, type SchemaEnv } from "./merge.ts";
import { includesJson, isSchemaObject, type JsonType, jsonTypes, type Schema, type SchemaObject } from "./schema.ts";
import type { Shape } from "./shape.ts";

/** Splits a schema into parts whose conjunction it is, so that its negation is the disjunction of theirs. */
export function conjuncts(schema: Schema, env: SchemaEnv, nesting = 0): Schema[] {
  if (schema === true) return [];
  if (schema === false) return [false];
  if (nesting > maxNesting) throw new GenerationError("$ref or allOf nesting is too deep (a reference cycle?)");
  const parts: Schema[] = [];
  const properties = isSchemaObject(schema.properties) ? (schema.properties as Record<string, Schema>) : {};
  const closed = "additionalProperties" in schema || "patternProperties" in schema;
  const required = strings(schema.required);
  for (const name of required) {
    const member = properties[name];
    parts.push(
      member === undefined || member === true || closed
        ? { required: [name] }
        : { required: [name], properties: { [name]: member } },
    );
  }
  if (closed) {
    const part: Record<string, unknown> = {};
    for (const keyword of ["properties", "patternProperties", "additionalProperties"]) {
      if (keyword in schema) part[keyword] = schema[keyword];
    }
    parts.push(part);
  } else {
    for (const [name, member] of Object.entries(properties)) {
      if (!required.includes(name) && member !== true) parts.push({ properties: { [name]: member } });
    }
  }
  for (const [keyword, value] of Object.entries(schema)) {
    if (
      annotationKeywords.has(keyword) ||
      keyword === "required" ||
      keyword === "properties" ||
      companionKeywords.has(keyword)
    ) {
      continue;
    }
    if (keyword === "$ref" && typeof value === "string") parts.push(...conjuncts(env.resolve(value), env, nesting + 1));
    else if (keyword === "allOf")
      for (const part of value as Schema[]) parts.push(...conjuncts(part, env, nesting + 1));
    else if (keyword === "if") parts.push({ if: value, ...pick(schema, ["then", "else"]) });
    else if (keyword === "contains") parts.push({ contains: value, ...pick(schema, ["minContains", "maxContains"]) });
    else if (keyword === "prefixItems" || (keyword === "items" && "prefixItems" in schema)) {
      if (keyword === "prefixItems") parts.push(pick(schema, ["prefixItems", "items"]));
    } else parts.push({ [keyword]: value });
  }
  return parts;
}

function pick(schema: SchemaObject, keywords: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    keywords.filter((keyword) => keyword in schema).map((keyword) => [keyword, schema[keyword]]),
  );
}

/** Merges `not schema` into `shape`, exactly where the negation can be expressed and approximately otherwise. */
export function negate(shape: Shape, schema: Schema, env: SchemaEnv, nesting = 0): void {
  if (shape.unsatisfiable !== undefined) return;
  const domain = domainOf([schema], env);
  if (domain !== undefined) {
    // Only these values match `schema`: ruling them out is its negation (or stricter).
    for (const value of domain) if (!includesJson(shape.excluded, value)) shape.excluded.push(value);
    return;
  }
  const parts = conjuncts(schema, env, nesting);
  const [only] = parts;
  if (only === undefined) shape.unsatisfiable = "not true";
  else if (parts.length === 1) negateConjunct(shape, only, env, nesting);
  else shape.groups.push({ kind: "anyOf", branches: parts.map((part) => ({ not: part })) });
}

function negateConjunct(shape: Shape, part: Schema, env: SchemaEnv, nesting: number): void {
  if (part === true) {
    shape.unsatisfiable = "not true";
    return;
  }
  if (part === false) return;
  const keywords = Object.keys(part);
  const [name] = strings(part.required);
  const only = (...allowed: string[]) => keywords.every((keyword) => allowed.includes(keyword));
  if (name !== undefined && strings(part.required).length === 1 && only("required", "properties")) {
    // Not (name present and matching S): name absent, or present and not matching S.
    const member = isSchemaObject(part.properties) ? (part.properties[name] as Schema | undefined) : undefined;
    shape.objectParts.push({
      properties: { [name]: member === undefined || member === true ? false : { not: member } },
      patternProperties: [],
      additionalProperties: undefined,
    });
  } else if (only("properties") && isSchemaObject(part.properties) && Object.keys(part.properties).length === 1) {
    // Not (name absent or matching S): an object with name present and not matching S.
    const [[member, schema]] = Object.entries(part.properties) as [[string, Schema]];
    shape.types = intersectTypes(shape.types, ["object"]);
    shape.required.add(member);
    shape.objectParts.push({
      properties: { [member]: { not: schema } },
      patternProperties: [],
      additionalProperties: undefined,
    });
  } else if (only("type")) {
    const types = (Array.isArray(part.type) ? part.type : [part.type]) as JsonType[];
    const others = jsonTypes.filter(
      (type) => !types.includes(type) && !(type === "integer" && types.includes("number")),
    );
    if (types.includes("integer") && !types.includes("number")) shape.approximate = true;
    shape.types = intersectTypes(shape.types, others);
    if (shape.types.size === 0) shape.unsatisfiable = "no type is left";
  } else if (only("not")) {
    absorb(shape, part.not as Schema, env, nesting + 1);
  } else if (only("anyOf") && Array.isArray(part.anyOf)) {
    for (const branch of part.anyOf as Schema[]) negate(shape, branch, env, nesting + 1);
  } else if (only("contains") && part.contains !== undefined) {
    // Not (some item matches C): every item fails C.
    shape.types = intersectTypes(shape.types, ["array"]);
    shape.arrayParts.push({ prefixItems: [], items: { not: part.contains as Schema } });
  } else if (only("items") && part.items !== undefined) {
    shape.types = intersectTypes(shape.types, ["array"]);
    shape.contains.push({ schema: { not: part.items as Schema }, min: 1, max: undefined });
  } else if (only("minimum") || only("exclusiveMinimum") || only("maximum") || only("exclusiveMaximum")) {
    shape.types = intersectTypes(shape.types, ["number"]);
    const bound = numberOr(part.minimum ?? part.exclusiveMinimum ?? part.maximum ?? part.exclusiveMaximum) ?? 0;
    if (only("minimum")) absorb(shape, { exclusiveMaximum: bound }, env);
    else if (only("exclusiveMinimum")) absorb(shape, { maximum: bound }, env);
    else if (only("maximum")) absorb(shape, { exclusiveMinimum: bound }, env);
    else absorb(shape, { minimum: bound }, env);
  } else if (only("minItems") || only("maxItems") || only("minLength") || only("maxLength")) {
    const [keyword = ""] = keywords;
    const bound = numberOr(part[keyword]) ?? 0;
    shape.types = intersectTypes(shape.types, [keyword.endsWith("Items") ? "array" : "string"]);
    if (keyword.startsWith("min")) {
      if (bound === 0) shape.unsatisfiable = `${keyword} 0 always holds`;
      else absorb(shape, { [keyword.replace("min", "max")]: bound - 1 }, env);
    } else absorb(shape, { [keyword.replace("max", "min")]: bound + 1 }, env);
  } else if (only("required") && strings(part.required).length === 0) {
    shape.unsatisfiable = "not required: [] never holds";
  } else {
    // contains, pattern, format, …: generation ignores it and the filter enforces it.
    shape.approximate = true;
  }
  if (shape.types?.size === 0) shape.unsatisfiable = "no type is left";
}

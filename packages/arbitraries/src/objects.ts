// Objects: declared members (required ones always, optional ones sometimes), undeclared members where the
// schema allows them; near misses with a required member dropped, an unknown member added, or one member a
// near miss.
import * as fc from "fast-check";
import { type Candidate, mutated, nested } from "./mutation.ts";
import type { Built, NodeContext } from "./node-context.ts";
import { patternArbitrary } from "./patterns.ts";
import type { Schema } from "./schema.ts";
import { declaredNames, memberSchemas, type Shape } from "./shape.ts";

type Json = Record<string, unknown>;

/** The members a generated object may have: each name with its schemas, whether required, whether impossible. */
function members(shape: Shape, context: NodeContext) {
  return declaredNames(shape).map((name) => {
    const schemas = memberSchemas(shape, name);
    return { name, schemas, required: shape.required.has(name), forbidden: context.isForbidden(schemas) };
  });
}

const plainName = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);

/** Undeclared members the shape allows, or undefined when it allows none. */
function extraMembers(
  shape: Shape,
  context: NodeContext,
  declared: readonly string[],
  count: { min: number; max: number },
): fc.Arbitrary<[string, unknown][]> | undefined {
  const open = shape.objectParts.every(
    (part) => part.additionalProperties !== false || part.patternProperties.length > 0,
  );
  if (count.max === 0 || !open) return undefined;
  // A member matching a part's patternProperties takes those schemas, others its additionalProperties:
  // requiring all of them is stricter than needed, and still valid.
  const valueSchemas: Schema[] = shape.objectParts.flatMap((part) => [
    ...part.patternProperties.map(([, schema]) => schema),
    ...(part.additionalProperties === undefined || part.additionalProperties === false
      ? []
      : [part.additionalProperties]),
  ]);
  if (context.isForbidden(valueSchemas)) return undefined;
  const closedPattern = shape.objectParts.find((part) => part.additionalProperties === false)
    ?.patternProperties[0]?.[0];
  const names =
    shape.propertyNames.length > 0
      ? (context.valid([{ type: "string" }, ...shape.propertyNames]) as fc.Arbitrary<string>)
      : closedPattern !== undefined
        ? (patternArbitrary(closedPattern)?.arbitrary ?? plainName)
        : plainName;
  const allowed = (name: string) =>
    name !== "__proto__" && !declared.includes(name) && !memberSchemas(shape, name).includes(false);
  const member = fc.tuple(context.filter(names, allowed, "undeclared member name"), context.valid(valueSchemas));
  return fc.uniqueArray(member, { minLength: count.min, maxLength: count.max, selector: ([name]) => name });
}

export function objectArbitrary(shape: Shape, context: NodeContext): Built {
  const all = members(shape, context);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const member of all) {
    if (member.forbidden || (!member.required && context.limited)) continue;
    model[member.name] = context.valid(member.schemas);
    if (member.required) requiredKeys.push(member.name);
  }
  const record = fc.record(model, { requiredKeys, noNullPrototype: true }) as fc.Arbitrary<Json>;
  const needed = Math.max(0, shape.minProperties - requiredKeys.length);
  const optional = context.options.extraMembers && !context.limited ? 2 : 0;
  const declared = all.map((member) => member.name);
  const extras = extraMembers(shape, context, declared, { min: needed, max: needed + optional });
  if (!extras) return { arbitrary: record, exact: needed === 0 };
  const sometimes =
    needed > 0 ? extras : fc.oneof({ arbitrary: fc.constant([]), weight: 4 }, { arbitrary: extras, weight: 1 });
  const arbitrary = fc
    .tuple(record, sometimes)
    .map(([object, added]) => (added.length === 0 ? object : { ...object, ...Object.fromEntries(added) }));
  return { arbitrary, exact: shape.propertyNames.length === 0 };
}

const unknownNames = ["unexpected", "unknown_member", "x_extra"];

/** Near misses of an object node, from `valid` (valid objects of the node); undefined when one does not apply. */
export function objectMutations(
  shape: Shape,
  valid: fc.Arbitrary<Json>,
  context: NodeContext,
): fc.Arbitrary<Candidate>[] {
  const mutations: fc.Arbitrary<Candidate>[] = [];
  const all = members(shape, context);
  const required = all.filter((member) => member.required && !member.forbidden).map((member) => member.name);
  if (required.length > 0) {
    mutations.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([object, name]) => {
        const { [name]: _dropped, ...rest } = object;
        return nested(rest, name, mutated(undefined, "drop-required"));
      }),
    );
  }
  // A name additionalProperties false rules out, and declared members whose schema no value satisfies.
  const unknown = unknownNames.find(
    (name) => !all.some((member) => member.name === name) && memberSchemas(shape, name).includes(false),
  );
  const forbidden = all.filter((member) => member.forbidden && !member.required).map((member) => member.name);
  const unexpected = unknown === undefined ? forbidden : [unknown, ...forbidden];
  if (unexpected.length > 0) {
    mutations.push(
      fc
        .tuple(valid, fc.constantFrom(...unexpected))
        .map(([object, name]) =>
          nested({ ...object, [name]: "unexpected" }, name, mutated("unexpected", "unknown-member")),
        ),
    );
  }
  for (const member of all) {
    if (member.forbidden || (!member.required && context.limited)) continue;
    mutations.push(
      fc
        .tuple(valid, context.nearMiss(member.schemas))
        .map(([object, nearMiss]) =>
          nearMiss === undefined
            ? undefined
            : nested({ ...object, [member.name]: nearMiss.value }, member.name, nearMiss),
        ),
    );
  }
  return mutations;
}

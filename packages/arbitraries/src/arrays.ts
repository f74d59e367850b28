// Arrays: prefixItems, items, minItems/maxItems, uniqueItems and contains; near misses with too few or too
// many items, a repeated item, or one item a near miss.
import * as fc from "fast-check";
import { type Candidate, mutated, nested } from "./mutation.ts";
import type { Built, NodeContext } from "./node-context.ts";
import { canonicalJson, type Schema } from "./schema.ts";
import type { Shape } from "./shape.ts";

/** How the items of an array node are laid out. */
interface Layout {
  /** The schemas of each leading (prefixItems) position. */
  readonly prefix: readonly (readonly Schema[])[];
  /** The schemas of every later item. */
  readonly rest: readonly Schema[];
  readonly restForbidden: boolean;
  readonly minItems: number;
  readonly maxItems: number;
}

function layout(shape: Shape, context: NodeContext): Layout {
  const length = Math.max(0, ...shape.arrayParts.map((part) => part.prefixItems.length));
  const at = (index: number) =>
    shape.arrayParts.flatMap((part) => {
      const schema = index < part.prefixItems.length ? part.prefixItems[index] : part.items;
      return schema === undefined ? [] : [schema];
    });
  const prefix = Array.from({ length }, (_, index) => at(index));
  const rest = at(length);
  const restForbidden = context.isForbidden(rest);
  let maxItems = shape.maxItems ?? Number.POSITIVE_INFINITY;
  const forbiddenAt = prefix.findIndex((schemas) => context.isForbidden(schemas));
  if (forbiddenAt >= 0) maxItems = Math.min(maxItems, forbiddenAt);
  if (restForbidden) maxItems = Math.min(maxItems, length);
  return { prefix, rest, restForbidden, minItems: shape.minItems, maxItems };
}

export function arrayArbitrary(shape: Shape, context: NodeContext): Built {
  const { prefix, rest, minItems, maxItems } = layout(shape, context);
  const contained = shape.contains.filter((rule) => rule.min > 0);
  const containedCount = contained.reduce((sum, rule) => sum + rule.min, 0);
  const extra = context.limited ? 0 : context.options.maxExtraItems;
  const longest = Math.min(maxItems, Math.max(minItems, containedCount) + extra);
  const prefixCount = Math.min(prefix.length, longest);
  const restMin = Math.max(0, minItems - prefixCount - containedCount);
  // Unique items from finitely many values: no more than there are.
  const distinct = shape.uniqueItems
    ? (context.domainSize(rest) ?? Number.POSITIVE_INFINITY)
    : Number.POSITIVE_INFINITY;
  if (restMin > distinct) return { arbitrary: fc.constant([]), exact: false };
  const restMax = Math.min(distinct, Math.max(restMin, longest - prefixCount - containedCount));
  const leading = fc.tuple(...prefix.slice(0, prefixCount).map((schemas) => context.valid(schemas)));
  const containing = fc.tuple(
    ...contained.map((rule) =>
      fc.array(context.valid([...rest, rule.schema]), { minLength: rule.min, maxLength: rule.min }),
    ),
  );
  const item = context.valid(rest);
  const later =
    restMax === 0
      ? fc.constant([] as unknown[])
      : shape.uniqueItems
        ? fc.uniqueArray(item, { minLength: restMin, maxLength: restMax, selector: canonicalJson })
        : fc.array(item, { minLength: restMin, maxLength: restMax });
  const arbitrary = fc
    .tuple(leading, containing, later)
    .map(([first, contains, others]) => [...first, ...contains.flat(), ...others]);
  const exact =
    (!shape.uniqueItems || (prefixCount === 0 && contained.length === 0)) &&
    shape.contains.every((rule) => rule.max === undefined) &&
    (contained.length === 0 || prefixCount === prefix.length) &&
    prefixCount + containedCount + restMin <= maxItems &&
    prefixCount + containedCount + restMin >= minItems;
  return { arbitrary, exact };
}

/** Near misses of an array node, from `valid` (valid arrays of the node). */
export function arrayMutations(
  shape: Shape,
  valid: fc.Arbitrary<unknown[]>,
  context: NodeContext,
): fc.Arbitrary<Candidate>[] {
  const { prefix, rest, restForbidden, minItems, maxItems } = layout(shape, context);
  const mutations: fc.Arbitrary<Candidate>[] = [];
  if (minItems > 0) mutations.push(valid.map((array) => mutated(array.slice(0, minItems - 1), "too-few-items")));
  if (Number.isFinite(maxItems) && !restForbidden) {
    mutations.push(
      fc.tuple(valid, context.valid(rest)).map(([array, item]) => {
        const longer = [...array];
        while (longer.length <= maxItems) longer.push(item);
        return mutated(longer, "too-many-items");
      }),
    );
  }
  if (shape.uniqueItems) {
    mutations.push(
      valid.map((array) => {
        if (array.length === 0) return undefined;
        const repeated =
          array.length >= 2 && array.length >= maxItems ? [...array.slice(0, -1), array[0]] : [...array, array[0]];
        return mutated(repeated, "duplicate-items");
      }),
    );
  }
  prefix.forEach((schemas, index) => {
    mutations.push(
      fc.tuple(valid, context.nearMiss(schemas)).map(([array, nearMiss]) => {
        if (nearMiss === undefined || array.length < index) return undefined;
        const changed = [...array];
        changed[index] = nearMiss.value;
        return nested(changed, index, nearMiss);
      }),
    );
  });
  if (!restForbidden) {
    mutations.push(
      fc.tuple(valid, context.nearMiss(rest), fc.nat()).map(([array, nearMiss, choice]) => {
        if (nearMiss === undefined || array.length < prefix.length) return undefined;
        const later = array.length - prefix.length;
        if (later === 0 && array.length >= maxItems) return undefined;
        // Replace one of the later items, or add one when there are none.
        const index = later === 0 ? array.length : prefix.length + (choice % later);
        const changed = [...array];
        changed[index] = nearMiss.value;
        return nested(changed, index, nearMiss);
      }),
    );
  }
  return mutations;
}

import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { type Collection, collections, type PageBody, requestPage } from "./collections.ts";

/** The most pages a generated size should need: a larger collection is walked at larger sizes, up to 100. */
const MAX_PAGES = 40;

interface Walk {
  readonly items: unknown[];
  readonly totalItems: number;
}

/**
 * Follows `links.next` from page 1 at one size, collecting every item: as many pages as page 1's total_items needs,
 * and one more, so that a platform offering `next` past its last page shows as extra items rather than a hang.
 */
async function walk(context: CheckContext, collection: Collection, size: number): Promise<Walk> {
  const what = `${collection.what} walked at size ${size}`;
  const first = await requestPage(context, collection, { page: "1", size: String(size) });
  context.expect(first.response.status, `status of page 1 of ${what}`).toBe(200);
  let body = first.response.json as PageBody;
  const items = [...body.items];
  const pages = Math.ceil(body.page.total_items / size) + 1;
  for (let read = 1; body.links.next && read < pages; read++) {
    const next = await requestPage(context, collection, {}, body.links.next);
    context.expect(next.response.status, `status of links.next of page ${body.page.number} of ${what}`).toBe(200);
    body = next.response.json as PageBody;
    items.push(...body.items);
  }
  return { items, totalItems: body.page.total_items };
}

const idOf = (item: unknown) => (item as { id?: unknown; version?: unknown } | null)?.id;

/**
 * While a collection does not change, walking `next` from page 1 returns each item exactly once, total_items in
 * all, in the same order at every size and on every repetition (LDS-00-R20): at size 1, size 100 and generated sizes.
 * A collection that changed during the walks (an audit trail records the walk itself) is not judged.
 */
export const completePaging = defineCheck({
  id: "lds-00/complete-paging",
  title: "Walking next returns every item once, in one stable order",
  standard: "LDS-00",
  requirements: ["LDS-00-R20"],
  async run(context) {
    let judged = 0;
    for (const collection of collections(context)) {
      const probe = (await requestPage(context, collection, { size: "100" })).response.json as PageBody;
      const total = probe.page.total_items;
      const smallest = Math.min(100, Math.max(1, Math.ceil(total / MAX_PAGES)));
      const reference = await walk(context, collection, 100);
      const repeated = await walk(context, collection, 100);
      if (reference.totalItems !== total || repeated.totalItems !== total) continue;
      judged++;
      const what = collection.what;
      context.expect(reference.items.length, `items returned walking ${what} at size 100`).toBe(total);
      context.expect(repeated.items, `items of a second walk of ${what} at size 100`).toEqual(reference.items);
      const ids = reference.items.map(idOf).filter((id) => id !== undefined);
      const versions = reference.items.map((item) =>
        JSON.stringify([idOf(item), (item as { version?: unknown }).version]),
      );
      context
        .expect(versions, `ids of the items of ${what}`)
        .toSatisfy((list) => ids.length < list.length || new Set(list).size === list.length, "no item repeated");
      await context.property(
        `walk-${collection.operation.operationId.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        fc.oneof(fc.constant(smallest), fc.integer({ min: smallest, max: 100 })),
        async (size) => {
          const sized = await walk(context, collection, size);
          if (sized.totalItems !== total) return true;
          context.expect(sized.items.length, `items returned walking ${what} at size ${size}`).toBe(total);
          context
            .expect(sized.items, `items walking ${what} at size ${size}`)
            .toSatisfy(
              (items) => isDeepStrictEqual(items, reference.items),
              "the same items in the same order as at size 100",
            );
          return true;
        },
        { numRuns: Math.min(context.runs, 5) },
      );
    }
    if (!judged) context.skip("every collection the declared clients can call changed while it was walked");
  },
});

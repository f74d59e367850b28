import { defineCheck } from "../../engine/check.ts";
import { collections, requestPage } from "./collections.ts";
import { expectPageRules, followLink } from "./page-rules.ts";

/** Page sizes at which each collection is read. */
const SIZES = [1, 7, 20, 100];
/** Pages read and links followed at most per size, to bound the work on a large collection. */
const MAX_PAGES = 5;

/**
 * Page arithmetic and links (LDS-00-R19): at sizes 1, 7, 20 and 100, each page's number, size, total_pages and item
 * count follow from the request and total_items; self, first and last are present, next and prev exactly when such
 * a page exists; each link is absolute under the base URL, repeats the request's query with page and size set for its
 * target, and leads there (GET, or POST with the same body).
 */
export const pageLinks = defineCheck({
  id: "lds-00/page-links",
  title: "Page arithmetic and links are exact",
  standard: "LDS-00",
  requirements: ["LDS-00-R19"],
  async run(context) {
    const all = collections(context);
    if (!all.length) return context.skip("no collection operation the declared clients can call is claimed");
    for (const collection of all) {
      for (const size of SIZES) {
        const defaults = size === 20 ? [{}] : [];
        for (const query of [...defaults, { size: String(size) }, { page: "1", size: String(size) }]) {
          expectPageRules(context, collection, query, await requestPage(context, collection, query));
        }
        let number = 1;
        for (let read = 0; read < MAX_PAGES; read++) {
          const query = { page: String(number), size: String(size) };
          const { body, targets } = expectPageRules(
            context,
            collection,
            query,
            await requestPage(context, collection, query),
          );
          for (const [relation, target] of Object.entries(targets)) {
            const link = body.links[relation as keyof typeof body.links];
            if (target !== undefined && link && (read === 0 || relation !== "first")) {
              await followLink(context, collection, relation, link, target, size);
            }
          }
          // Read the first pages, then jump to the last.
          if (number >= body.page.total_pages) break;
          number = read < 2 ? number + 1 : body.page.total_pages;
        }
      }
    }
  },
});

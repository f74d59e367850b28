import type { CheckContext } from "../../engine/context.ts";
import type { Exchange } from "../../transport/exchange.ts";
import type { Collection, PageBody } from "./collections.ts";
import { requestPage } from "./collections.ts";

/** The query a link must carry: the request's parameters with `page` and `size` set for the target page. */
function expectedQuery(request: Readonly<Record<string, string>>, page: number, size: number) {
  return [...Object.entries({ ...request, page: String(page), size: String(size) })]
    .map(([name, value]) => `${name}=${value}`)
    .sort();
}

const queryOf = (url: URL) => [...url.searchParams].map(([name, value]) => `${name}=${value}`).sort();

/**
 * The page arithmetic and links of one page (LDS-00-R19), for a request with `query` (which sets page and size or
 * leaves them to their defaults). Returns the page's links by relation.
 */
export function expectPageRules(
  context: CheckContext,
  collection: Collection,
  query: Readonly<Record<string, string>>,
  exchange: Exchange,
) {
  const what = `${collection.what}?${new URLSearchParams(query)}`;
  const { response, recorded } = exchange;
  context.expect(response.status, `status of ${what}`, recorded).toBe(200);
  const body = response.json as PageBody;
  const number = Number(query.page ?? 1);
  const size = Number(query.size ?? 20);
  const { page, links, items } = body;
  context.expect(page.number, `page.number of ${what}`, recorded).toBe(number);
  context.expect(page.size, `page.size of ${what}`, recorded).toBe(size);
  context
    .expect(page.total_pages, `page.total_pages of ${what} (total_items ${page.total_items})`, recorded)
    .toBe(Math.ceil(page.total_items / size));
  const expectedItems =
    number < page.total_pages
      ? size
      : number === page.total_pages
        ? page.total_items - (page.total_pages - 1) * size
        : 0;
  context.expect(items.length, `number of items of ${what}`, recorded).toBe(expectedItems);
  const targets: Record<string, number | undefined> = {
    self: number,
    first: 1,
    last: Math.max(1, page.total_pages),
    next: number < page.total_pages ? number + 1 : undefined,
    prev: number > 1 ? number - 1 : undefined,
  };
  const path = new URL(`${context.baseUrl}${collection.path}`);
  for (const [relation, target] of Object.entries(targets)) {
    const link = links[relation as keyof PageBody["links"]];
    if (target === undefined) {
      context.expect(link, `links.${relation} of ${what}`, recorded).toBe(undefined);
      continue;
    }
    context
      .expect(link, `links.${relation} of ${what}`, recorded)
      .toSatisfy(
        (value) => typeof value === "string" && value.startsWith(`${context.baseUrl}/`),
        `an absolute URL beginning with ApiInfo.base_url ${context.baseUrl}`,
      );
    const url = new URL(link!);
    context.expect(url.pathname, `path of links.${relation} of ${what}`, recorded).toBe(path.pathname);
    context
      .expect(queryOf(url), `query of links.${relation} of ${what}`, recorded)
      .toEqual(expectedQuery(query, target, size));
  }
  return { body, targets };
}

/** Follows a link of a page (GET, or POST with the same body) and checks the page it leads to. */
export async function followLink(
  context: CheckContext,
  collection: Collection,
  relation: string,
  link: string,
  target: number,
  size: number,
) {
  const exchange = await requestPage(context, collection, {}, link);
  const what = `links.${relation} (${link})`;
  context.expect(exchange.response.status, `status of ${what}`, exchange.recorded).toBe(200);
  const page = (exchange.response.json as PageBody).page;
  context.expect(page?.number, `page.number of ${what}`, exchange.recorded).toBe(target);
  context.expect(page?.size, `page.size of ${what}`, exchange.recorded).toBe(size);
  return exchange;
}

import { badRequest } from "./problem.ts";

/** Which page of a collection a request asks for (LDS-00-R18): `page` from 1, `size` 1–100, defaults 1 and 20. */
export interface PageRequest {
  readonly number: number;
  readonly size: number;
  /**
   * Rows to skip, for SQL `OFFSET`: `(number - 1) * size`, or, for a page number so large that this is no longer an
   * exact whole number, the largest that is (any page past the last is refused once the total is known).
   */
  readonly offset: number;
}

/** The page a request's validated query asks for. */
export function pageRequest(query: Readonly<Record<string, unknown>>): PageRequest {
  const number = typeof query.page === "number" ? query.page : 1;
  const size = typeof query.size === "number" ? query.size : 20;
  return { number, size, offset: Math.min((number - 1) * size, Number.MAX_SAFE_INTEGER) };
}

/**
 * The LDS-00 page envelope (LDS-00-R18, R19): the items, the page arithmetic, and absolute links that repeat the
 * request's query with `page` and `size` set. A page beyond the last is 400 `bad-request` at `/page`.
 */
export function pageEnvelope<T>(items: readonly T[], totalItems: number, request: PageRequest, url: URL) {
  const totalPages = Math.ceil(totalItems / request.size);
  if (request.number > Math.max(1, totalPages)) {
    throw badRequest("There is no such page.", [
      { pointer: "/page", code: "out-of-range", message: `page must be at most ${Math.max(1, totalPages)}` },
    ]);
  }
  const link = (number: number) => {
    const target = new URL(url);
    target.searchParams.set("page", String(number));
    target.searchParams.set("size", String(request.size));
    return target.href;
  };
  const last = Math.max(1, totalPages);
  return {
    items,
    page: { number: request.number, size: request.size, total_items: totalItems, total_pages: totalPages },
    links: {
      self: link(request.number),
      first: link(1),
      last: link(last),
      ...(request.number < totalPages ? { next: link(request.number + 1) } : {}),
      ...(request.number > 1 ? { prev: link(request.number - 1) } : {}),
    },
  };
}

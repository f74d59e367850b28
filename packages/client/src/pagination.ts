import { LdsTransportError } from "./errors.ts";
import type { PageLike } from "./methods.ts";
import type { BaseUrl } from "./open-operations.ts";
import type { LdsResult } from "./result.ts";

/** How to fetch the first page, and a page by the link to it. */
export interface PageFetchers {
  readonly first: () => Promise<LdsResult<unknown>>;
  /** Sends the same request (method, headers and, for POST, body) to a page link (LDS-00 `#/$defs/links`). */
  readonly link: (url: string) => Promise<LdsResult<unknown>>;
}

const nextLink = (data: unknown) => (data as Partial<PageLike> | undefined)?.links?.next;

/**
 * The pages of a collection, first to last, each an LdsResult, following `links.next` (LDS-00-R19). Iteration
 * ends after the last page or after the first problem. A link off the base URL, or one already followed, is a
 * platform fault (LDS-00-R19, R20) and throws LdsTransportError, so a token never leaves the platform and a cycle
 * never loops.
 */
export async function* pages(
  base: BaseUrl,
  fetchers: PageFetchers,
): AsyncGenerator<LdsResult<unknown>, void, undefined> {
  let result = await fetchers.first();
  const followed = new Set<string>();
  for (;;) {
    yield result;
    const next = result.ok ? nextLink(result.data) : undefined;
    if (next === undefined) return;
    let url: URL;
    try {
      url = new URL(next);
    } catch (cause) {
      throw new LdsTransportError(`the next page link "${next}" is not an absolute URL`, { cause });
    }
    if (!base.contains(url)) throw new LdsTransportError(`the next page link ${next} is not under the base URL`);
    if (followed.has(url.href)) throw new LdsTransportError(`the next page link ${next} repeats an earlier page`);
    followed.add(url.href);
    result = await fetchers.link(url.href);
  }
}

/** Every item of every page, or the first problem. */
export async function collect(walk: AsyncGenerator<LdsResult<unknown>>): Promise<LdsResult<unknown[]>> {
  const items: unknown[] = [];
  let last: Response | undefined;
  for await (const page of walk) {
    if (!page.ok) return page;
    items.push(...((page.data as PageLike).items ?? []));
    last = page.response;
  }
  return { ok: true, data: items, response: last! };
}

import { defineFaux, withJson } from "../faux.ts";

interface Envelope {
  items: unknown[];
  page: { number: number; size: number; total_items: number; total_pages: number };
  links: Record<string, string | undefined>;
}

/** Computes total_pages with integer division, so a partial last page is never announced nor linked. */
export const floorTotalPages = defineFaux({
  name: "floor-total-pages",
  breaks: "LDS-00-R19",
  description: "computes total_pages as floor(total_items / size) and links the last and next pages accordingly",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (response.status !== 200 || !(response.headers.get("content-type") ?? "").includes("json")) return response;
    return withJson(response, (body) => {
      const envelope = body as Envelope;
      if (!envelope?.page || !envelope.links) return body;
      const { number, size, total_items } = envelope.page;
      const totalPages = Math.floor(total_items / size);
      const link = (page: number) => {
        const url = new URL(envelope.links.self!);
        url.searchParams.set("page", String(page));
        return url.href;
      };
      const { next: _next, ...links } = envelope.links;
      return {
        ...envelope,
        page: { ...envelope.page, total_pages: totalPages },
        links: {
          ...links,
          last: link(Math.max(1, totalPages)),
          ...(number < totalPages ? { next: link(number + 1) } : {}),
        },
      };
    });
  },
});

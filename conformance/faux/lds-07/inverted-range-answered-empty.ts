import { defineFaux, pathOf } from "../faux.ts";

/** Answers an inverted range with an empty page instead of 422 audit-range-invalid. */
export const invertedRangeAnsweredEmpty = defineFaux({
  name: "inverted-range-answered-empty",
  breaks: "LDS-07-R25",
  description: "answers a search whose recorded_to is not after recorded_from with an empty list",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (pathOf(request) !== "/audit-events/$search" || response.status !== 422) return response;
    const { code } = (await response.clone().json()) as { code?: string };
    if (code !== "audit-range-invalid") return response;
    const url = new URL(request.url);
    const empty = {
      items: [],
      page: { number: 1, size: 20, total_items: 0, total_pages: 0 },
      links: { self: url.href, first: url.href, last: url.href },
    };
    return new Response(JSON.stringify(empty), { status: 200, headers: { "content-type": "application/json" } });
  },
});

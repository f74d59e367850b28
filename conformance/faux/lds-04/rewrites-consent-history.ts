import { defineFaux, pathOf, withJson } from "../faux.ts";

type Event = { state?: string; valid_until?: string; occurred_at?: string };

/** Closes the consent a withdrawal ends by stamping valid_until on the earlier given or renewed event. */
const closePeriods = (record: { events?: Event[] }) => {
  const events = record.events?.map((event, index, all) => {
    const next = all[index + 1];
    return next?.state === "withdrawn" && (event.state === "given" || event.state === "renewed")
      ? { ...event, valid_until: next.occurred_at }
      : event;
  });
  return events ? { ...record, events } : record;
};

/**
 * Rewrites consent history: when consent is withdrawn, the given (or renewed) event before it is changed to carry
 * the withdrawal's time as its valid_until, as a platform that stores "consent periods" rather than events would.
 */
export const rewritesConsentHistory = defineFaux({
  name: "rewrites-consent-history",
  breaks: "LDS-04-R05",
  description: "stamps the withdrawal time as valid_until on the earlier given event when consent is withdrawn",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (!pathOf(request).startsWith("/consent-records") || !response.ok) return response;
    return withJson(response, (body) => {
      const page = body as { items?: { events?: Event[] }[] };
      if (Array.isArray(page.items)) return { ...page, items: page.items.map(closePeriods) };
      return closePeriods(body as { events?: Event[] });
    });
  },
});

import { defineFaux, pathOf, withJson } from "../faux.ts";

interface Identifier {
  system: string;
  value: string;
}

/** The identifier as given, with only the spaces of an NHS number taken out: no look-up of the person's records. */
const literal = (identifier: Identifier) => ({ system: identifier.system, value: identifier.value.replace(/\s/g, "") });

/**
 * Matches a search's subject filter against the events' subjects literally, as a store keyed on the identifier a
 * request used would: a search by NHS number misses the requests that named the same person by UPN.
 */
export const subjectMatchedAsGiven = defineFaux({
  name: "subject-matched-as-given",
  breaks: "LDS-07-R16",
  description: "answers a search by subject with only the events that named the person by that same identifier",
  wrap: (fetch) => async (request) => {
    if (pathOf(request) !== "/audit-events/$search" || request.method !== "POST") return fetch(request);
    const body = (await request
      .clone()
      .json()
      .catch(() => undefined)) as { subject?: Identifier } | undefined;
    const response = await fetch(request);
    if (!body?.subject || response.status !== 200) return response;
    const wanted = literal(body.subject);
    return withJson(response, (list) => {
      const page = list as { items: { subjects?: Identifier[] }[] };
      const items = page.items.filter((event) =>
        (event.subjects ?? []).some((subject) => subject.system === wanted.system && subject.value === wanted.value),
      );
      return { ...page, items };
    });
  },
});

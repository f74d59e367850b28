import { defineFaux, pathOf } from "../faux.ts";

/** Drops members of the validation request it does not know before validating, as a lenient deserialiser does. */
export const lenientBodyMembers = defineFaux({
  name: "lenient-body-members",
  breaks: "LDS-00-R10",
  description: "silently drops unknown members of POST /identifiers/$validate bodies instead of refusing them",
  wrap: (fetch) => async (request) => {
    if (request.method !== "POST" || pathOf(request) !== "/identifiers/$validate") return fetch(request);
    let body: { identifiers?: unknown };
    try {
      body = JSON.parse(await request.clone().text());
    } catch {
      return fetch(request);
    }
    if (!body || typeof body !== "object") return fetch(request);
    const identifiers = Array.isArray(body.identifiers)
      ? body.identifiers.map((item: { system?: unknown; value?: unknown }) =>
          item && typeof item === "object" ? { system: item.system, value: item.value } : item,
        )
      : body.identifiers;
    const headers = new Headers(request.headers);
    headers.delete("content-length");
    return fetch(new Request(request.url, { method: "POST", headers, body: JSON.stringify({ identifiers }) }));
  },
});

import { defineFaux, pathOf } from "../faux.ts";

/**
 * Reveals whether it knows a person: a search about a subject that is not one of the platform's people, and has
 * nothing recorded against it, is answered 404 not-found instead of an empty page.
 */
export const unknownSubjectNotFound = defineFaux({
  name: "unknown-subject-not-found",
  breaks: "LDS-04-R19",
  description: "answers 404 to searchObjections and searchConsentRecords for a subject it does not know",
  wrap: (fetch, platform) => async (request) => {
    const path = pathOf(request);
    if (request.method !== "POST" || (path !== "/objections/$search" && path !== "/consent-records/$search")) {
      return fetch(request);
    }
    const search = (await request
      .clone()
      .json()
      .catch(() => ({}))) as { subject?: { system?: string; value?: string } };
    const response = await fetch(request);
    if (response.status !== 200 || ((await response.clone().json()) as { items: unknown[] }).items.length)
      return response;
    const known = await platform.context.db.query("SELECT 1 FROM person_identifiers WHERE system = $1 AND value = $2", [
      search.subject?.system ?? "",
      search.subject?.value ?? "",
    ]);
    if (known.length) return response;
    return new Response(
      JSON.stringify({
        type: "https://standards.lds.example/problems/not-found",
        title: "Not found",
        status: 404,
        code: "not-found",
        detail: "No person has this identifier.",
      }),
      {
        status: 404,
        headers: {
          "content-type": "application/problem+json",
          "api-version": response.headers.get("api-version") ?? "",
        },
      },
    );
  },
});

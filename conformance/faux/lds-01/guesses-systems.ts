import { defineFaux, pathOf } from "../faux.ts";

/** Matches system URIs case-insensitively, so a misspelt system is quietly taken for a Table 1 one. */
export const guessesSystems = defineFaux({
  name: "guesses-systems",
  breaks: "LDS-01-R16",
  description: "lower-cases the path of system URIs before matching, so https://fhir.nhs.uk/Id/NHS-number is validated",
  wrap: (fetch) => async (request) => {
    if (request.method !== "POST" || pathOf(request) !== "/identifiers/$validate") return fetch(request);
    let body: { identifiers?: { system?: unknown; value?: unknown }[] };
    try {
      body = JSON.parse(await request.clone().text());
    } catch {
      return fetch(request);
    }
    if (!Array.isArray(body?.identifiers)) return fetch(request);
    const guessed = body.identifiers.map((item) =>
      item && typeof item.system === "string" && item.system.toLowerCase() === "https://fhir.nhs.uk/id/nhs-number"
        ? { ...item, system: "https://fhir.nhs.uk/Id/nhs-number" }
        : item,
    );
    const headers = new Headers(request.headers);
    headers.delete("content-length");
    const response = await fetch(
      new Request(request.url, { method: "POST", headers, body: JSON.stringify({ ...body, identifiers: guessed }) }),
    );
    if (response.status !== 200) return response;
    const answer = (await response.json()) as { results: { system: string }[] };
    const echoed = answer.results.map((result, index) => ({ ...result, system: body.identifiers![index]!.system }));
    const out = new Headers(response.headers);
    out.delete("content-length");
    return new Response(JSON.stringify({ results: echoed }), { status: 200, headers: out });
  },
});

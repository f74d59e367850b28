import { defineFaux, pathOf, withJson } from "../faux.ts";

/** Serialises absent optional members as null, as a default JSON serialiser does. */
export const nullInsteadOfOmitting = defineFaux({
  name: "null-instead-of-omitting",
  breaks: "LDS-00-R05",
  description: "sends canonical: null and warnings: null in validation results instead of omitting them",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (pathOf(request) !== "/identifiers/$validate" || response.status !== 200) return response;
    return withJson(response, (body) => ({
      results: (body as { results: Record<string, unknown>[] }).results.map((result) => ({
        canonical: null,
        warnings: null,
        ...result,
      })),
    }));
  },
});

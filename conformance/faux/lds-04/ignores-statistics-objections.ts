import { defineFaux, pathOf, withJson } from "../faux.ts";

/**
 * Ignores an objection: the batch check honours only the purposes of the national data opt-out (research and
 * planning), so a person's objection to statistics is reported as no-objection.
 */
export const ignoresStatisticsObjections = defineFaux({
  name: "ignores-statistics-objections",
  breaks: "LDS-04-R18",
  description: "answers no-objection in checkObjections for statistics, ignoring objections to it",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (request.method !== "POST" || pathOf(request) !== "/objections/$check" || response.status !== 200)
      return response;
    return withJson(response, (body) => {
      const check = body as { purpose_class: string; results: { status: string }[] };
      if (check.purpose_class !== "statistics") return check;
      return {
        ...check,
        results: check.results.map((result) =>
          result.status === "objection" ? { ...result, status: "no-objection" } : result,
        ),
      };
    });
  },
});

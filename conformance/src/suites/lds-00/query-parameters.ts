import { defineCheck } from "../../engine/check.ts";
import { collections, requestPage } from "./collections.ts";
import { expectProblem } from "./problem.ts";

/** Invalid paging parameters and the error each must produce: [query, pointer, code (when fixed)]. */
const CASES: readonly [string, string, string | undefined][] = [
  ["size=abc", "/size", "type"],
  ["size=0", "/size", "out-of-range"],
  ["size=101", "/size", "out-of-range"],
  ["page=0", "/page", "out-of-range"],
  ["page=1&page=2", "/page", undefined],
];

/** A query string as the HTTP client's query: each name with all its values. */
export function queryOf(search: string): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(search)) query[name] = [...(query[name] ?? []), value];
  return query;
}

/**
 * An invalid query parameter is 400 `bad-request` with an error at "/" + the parameter name and the matching
 * validation code (LDS-00-R11): on every collection operation the declared clients can call.
 */
export const queryParameters = defineCheck({
  id: "lds-00/query-parameters",
  title: "Invalid query parameters are 400 with an error at /<name>",
  standard: "LDS-00",
  requirements: ["LDS-00-R11"],
  async run(context) {
    const all = collections(context);
    if (!all.length) return context.skip("no collection operation the declared clients can call is claimed");
    for (const collection of all) {
      for (const [search, pointer, code] of CASES) {
        const what = `${collection.what}?${search}`;
        const { response } = await requestPage(context, collection, queryOf(search));
        expectProblem(context, response, 400, "bad-request", what);
        const errors = (response.json as { errors?: { pointer: string; code: string }[] }).errors ?? [];
        context
          .expect(errors, `errors of ${what}`)
          .toSatisfy(
            (list) => list.some((error) => error.pointer === pointer && (code === undefined || error.code === code)),
            code ? `to include {pointer: "${pointer}", code: "${code}"}` : `to include an error at ${pointer}`,
          );
      }
    }
  },
});

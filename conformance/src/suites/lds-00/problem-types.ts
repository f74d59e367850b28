import type { APIInformation as ApiInfo } from "@lds/types/lds-00";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { tour } from "./tour.ts";

/** The problem codes of the standards a platform lists, each with the status its code list gives it ("4XX" too). */
export function problemCodes(context: CheckContext, listed: ApiInfo["standards"]): Map<string, string> {
  const codes = new Map<string, string>();
  for (const { id, version } of listed) {
    const standard = context.catalogue.standards.find(
      (candidate) => candidate.id === id && candidate.manifest.version === version,
    );
    const list = standard?.schemas.find((schema) => schema.name === "problem-type")?.schema;
    for (const entry of (list?.oneOf ?? []) as { const?: string; "x-mappings"?: { http_status?: string } }[]) {
      if (entry.const && entry["x-mappings"]?.http_status) codes.set(entry.const, entry["x-mappings"].http_status);
    }
  }
  return codes;
}

const statusFits = (status: number, mapped: string) =>
  mapped === String(status) || (/^[45]XX$/.test(mapped) && String(status)[0] === mapped[0]);

/** What the tour provokes on purpose, and the code LDS-00 names for it. */
const PROVOKED: readonly [RegExp, number, string][] = [
  [/^GET \/lds-conformance-no-such-path$/, 404, "not-found"],
  [/^DELETE \/health$/, 405, "method-not-allowed"],
  [/Accept: application\/xml$/, 406, "not-acceptable"],
  [/without a token$/, 401, "unauthorised"],
  [/with truncated JSON$/, 400, "bad-request"],
  [/with an empty batch$/, 422, "validation-failed"],
  [/ with only /, 403, "forbidden"],
];

/**
 * Every problem the tour observed has a code that a listed standard defines, with the status its code list gives
 * (LDS-00-R07); each condition the tour provokes on purpose gets the code LDS-00 names for it.
 */
export const problemTypes = defineCheck({
  id: "lds-00/problem-types",
  title: "Problems use LDS codes with their statuses",
  standard: "LDS-00",
  requirements: ["LDS-00-R07"],
  async run(context) {
    const info = (await context.http.request({ path: "/" })).response.json as ApiInfo | undefined;
    context.expect(info?.standards, "ApiInfo.standards of GET /").toSatisfy(Array.isArray, "a list of standards");
    const codes = problemCodes(context, info!.standards);
    const problems = (await tour(context)).filter(({ exchange }) => exchange.response.status >= 400);
    context.expect(problems.length, "problems observed on the tour").toSatisfy((n) => n >= 5, "at least five");
    for (const { what, exchange } of problems) {
      const { status } = exchange.response;
      const code = (exchange.response.json as { code?: unknown } | undefined)?.code;
      context
        .expect(code, `problem code of ${what}`, exchange.recorded)
        .toSatisfy((value) => typeof value === "string" && codes.has(value), "a code a listed standard defines");
      const mapped = codes.get(code as string)!;
      context
        .expect(status, `status of ${what} (code ${String(code)})`, exchange.recorded)
        .toSatisfy(
          (value) => statusFits(value, mapped),
          `the status ${mapped} that the code list gives ${String(code)}`,
        );
      const provoked = PROVOKED.find(([pattern]) => pattern.test(what));
      if (provoked && status === provoked[1]) {
        context.expect(code, `problem code of ${what}`, exchange.recorded).toBe(provoked[2]);
      }
    }
  },
});

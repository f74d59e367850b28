import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import type { Exchange } from "../../transport/exchange.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests, type Page } from "./agreement-requests.ts";

/** The register requests every check of its openness sends, without a token. */
async function registerExchanges(context: CheckContext) {
  const requests = agreementRequests(context);
  const list = await requests.register();
  const [first] = (list.response.json as Page<{ id: string }> | undefined)?.items ?? [];
  const entry = first ? await requests.registerEntry(first.id) : undefined;
  const missing = await requests.registerEntry(crypto.randomUUID());
  return { list, entry, missing };
}

/**
 * The register is served without a token: GET /register/agreements, a published entry and an unknown one, with no
 * Authorization header: 200, 200 and 404 not-found, each with Access-Control-Allow-Origin: *.
 */
export const registerOpen = defineCheck({
  id: "lds-05/register-open",
  title: "The register is served to anyone, to any web page",
  standard: "LDS-05",
  requirements: ["LDS-05-R31"],
  async run(context) {
    const { list, entry, missing } = await registerExchanges(context);
    const cors = (exchange: Exchange, what: string) =>
      context
        .expect(exchange.response.headers["access-control-allow-origin"], `Access-Control-Allow-Origin of ${what}`)
        .toBe("*");
    context.expect(list.response.status, "status of GET /register/agreements without a token").toBe(200);
    cors(list, "GET /register/agreements");
    if (entry) {
      context.expect(entry.response.status, "status of GET /register/agreements/{id} without a token").toBe(200);
      cors(entry, "GET /register/agreements/{id}");
    }
    expectProblem(context, missing.response, 404, "not-found", "GET /register/agreements/{random id} without a token");
    cors(missing, "GET /register/agreements/{random id}");
  },
});

/** Successful register responses may be kept by shared caches for at most 300 seconds. */
export const registerCaching = defineCheck({
  id: "lds-05/register-caching",
  title: "Register responses are not cached for long",
  standard: "LDS-05",
  requirements: ["LDS-05-R35"],
  async run(context) {
    const { list, entry } = await registerExchanges(context);
    for (const [exchange, what] of [
      [list, "GET /register/agreements"],
      [entry, "GET /register/agreements/{id}"],
    ] as const) {
      if (exchange?.response.status !== 200) continue;
      const header = exchange.response.headers["cache-control"];
      context.expect(header, `Cache-Control of ${what}`).toSatisfy((value) => {
        if (value === undefined) return false;
        if (/\bno-store\b/i.test(value)) return true;
        const ages = [...value.matchAll(/\b(?:s-)?max-age=(\d+)/gi)].map((match) => Number(match[1]));
        return ages.length > 0 && ages.every((age) => age <= 300);
      }, "no-store, or max-age and s-maxage of at most 300");
    }
  },
});

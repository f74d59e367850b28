import { defineCheck } from "../../engine/check.ts";
import { tour } from "./tour.ts";

/** An RFC 9651 structured-field Date: `@` and seconds since the epoch. */
const SF_DATE = /^@(-?[0-9]+)$/;
/** An RFC 9110 IMF-fixdate. */
const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Deprecation and Sunset headers (LDS-00-R26): the platform's OpenAPI document says which operations are deprecated;
 * every response of the tour from a deprecated operation carries Deprecation as `@seconds` and, if Sunset is sent,
 * an HTTP-date no earlier; no response from an operation that is not deprecated carries either header.
 */
export const deprecation = defineCheck({
  id: "lds-00/deprecation",
  title: "Deprecation and Sunset headers exactly on deprecated operations",
  standard: "LDS-00",
  requirements: ["LDS-00-R26"],
  async run(context) {
    const { response } = await context.http.request({ path: "/openapi.json" });
    context.expect(response.status, "status of GET /openapi.json").toBe(200);
    const paths =
      (response.json as { paths?: Record<string, Record<string, { operationId?: string; deprecated?: boolean }>> })
        .paths ?? {};
    const deprecated = new Set(
      Object.values(paths).flatMap((item) =>
        Object.values(item).flatMap((operation) =>
          operation?.deprecated === true && operation.operationId ? [operation.operationId] : [],
        ),
      ),
    );
    for (const { operation, what, exchange } of await tour(context)) {
      if (!operation) continue;
      const { headers } = exchange.response;
      if (!deprecated.has(operation.operationId)) {
        context
          .expect(headers.deprecation, `Deprecation header of ${what} (not deprecated)`, exchange.recorded)
          .toBe(undefined);
        context.expect(headers.sunset, `Sunset header of ${what} (not deprecated)`, exchange.recorded).toBe(undefined);
        continue;
      }
      context
        .expect(headers.deprecation, `Deprecation header of ${what} (deprecated)`, exchange.recorded)
        .toMatch(SF_DATE);
      if (headers.sunset === undefined) continue;
      context.expect(headers.sunset, `Sunset header of ${what}`, exchange.recorded).toMatch(IMF_FIXDATE);
      const since = Number(SF_DATE.exec(headers.deprecation ?? "")?.[1]) * 1000;
      context
        .expect(Date.parse(headers.sunset), `Sunset of ${what} (${headers.sunset})`, exchange.recorded)
        .toSatisfy(
          (sunset) => sunset >= since,
          `no earlier than the Deprecation date ${new Date(since).toISOString()}`,
        );
    }
  },
});

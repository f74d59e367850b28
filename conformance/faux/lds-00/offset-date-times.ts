import { defineFaux, withJson } from "../faux.ts";

const UTC = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)Z$/;

const rewrite = (value: unknown): unknown => {
  if (typeof value === "string") return value.replace(UTC, "$1+00:00");
  if (Array.isArray(value)) return value.map(rewrite);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, rewrite(item)]));
  }
  return value;
};

/** Writes UTC date-times with the offset +00:00 instead of Z, as some date libraries do by default. */
export const offsetDateTimes = defineFaux({
  name: "offset-date-times",
  breaks: "LDS-00-R04",
  description: "writes every date-time in a successful response as 2025-04-01T09:30:00+00:00 instead of …Z",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (response.status >= 300 || !(response.headers.get("content-type") ?? "").includes("json")) return response;
    return withJson(response, rewrite);
  },
});

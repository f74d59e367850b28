import { defineCheck } from "../../engine/check.ts";
import { tour } from "./tour.ts";

/**
 * Every 2xx response with a body is UTF-8 JSON (`application/json`, charset utf-8 if given) whose top level is an
 * object valid against the operation's response schema for that status (LDS-00-R02).
 */
export const jsonObjects = defineCheck({
  id: "lds-00/json-objects",
  title: "Successful responses are JSON objects valid against their schemas",
  standard: "LDS-00",
  requirements: ["LDS-00-R02"],
  async run(context) {
    const observed = (await tour(context)).filter(({ exchange }) => exchange.response.status < 300);
    context
      .expect(observed.length, "successful responses observed on the tour")
      .toSatisfy((n) => n > 0, "at least one");
    for (const { operation, what, exchange } of observed) {
      const { response, recorded } = exchange;
      if (!response.text.length) continue;
      context.expect(response.mediaType, `media type of ${what}`, recorded).toBe("application/json");
      const charset = /;\s*charset=("?)([^";]+)\1/i.exec(response.headers["content-type"] ?? "")?.[2];
      if (charset !== undefined) context.expect(charset.toLowerCase(), `charset of ${what}`, recorded).toBe("utf-8");
      context.expect(response.jsonError, `JSON parse error of ${what}`, recorded).toBe(undefined);
      context
        .expect(response.json, `top-level value of ${what}`, recorded)
        .toSatisfy((value) => value !== null && typeof value === "object" && !Array.isArray(value), "a JSON object");
      const schema = operation?.responses.find((candidate) => candidate.status === String(response.status))?.schema;
      if (schema) context.expect(response.json, `body of ${what}`, recorded).toBeValid(schema);
    }
  },
});

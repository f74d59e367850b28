import type { APIInformation as ApiInfo } from "@lds/types/lds-00";
import { defineCheck } from "../../engine/check.ts";
import { securedOperations } from "../../engine/preconditions.ts";
import { collections, personaPath } from "./collections.ts";
import { narrowToken } from "./narrow-token.ts";
import { leakedValues, personalValues, personasOf } from "./personas.ts";
import { problemCodes } from "./problem-types.ts";

/**
 * A requester whose token does not allow an operation gets 403 with `forbidden` or a more specific 403 code of the
 * operation's standard — never a 2xx, a 404 or another status — and the problem names no persona the request did not
 * (LDS-00-R15). The requester is a declared client asking for a token with only a scope the operation does not take;
 * the requests are reads about the personas: each collection and each resource a persona id names.
 */
export const forbidden = defineCheck({
  id: "lds-00/forbidden",
  title: "A requester that may not perform an operation gets 403, never data",
  standard: "LDS-00",
  requirements: ["LDS-00-R15"],
  preconditions: [securedOperations()],
  async run(context) {
    const personas = personasOf(context);
    const values = personalValues(personas);
    const info = (await context.http.request({ path: "/" })).response.json as ApiInfo;
    const codes = problemCodes(context, info.standards);
    const paged = new Map(collections(context).map((collection) => [collection.operation, collection]));
    let tried = 0;
    for (const operation of context.claimedOperations().filter((candidate) => candidate.secured)) {
      const collection = paged.get(operation);
      const path = collection?.path ?? (operation.method === "get" ? personaPath(operation, personas) : undefined);
      if (path === undefined) continue;
      const narrow = await narrowToken(context, operation);
      if (!narrow) continue;
      tried++;
      const what = `${operation.method.toUpperCase()} ${operation.path} by ${narrow.organisation} with only the scope ${narrow.scopes.join(" ")}`;
      const { response } = await context.http.request({
        method: operation.method,
        path,
        headers: { authorization: `Bearer ${narrow.token}` },
        ...(collection?.json === undefined ? {} : { json: collection.json }),
      });
      context.expect(response.status, `status of ${what}`).toBe(403);
      context.expect(response.mediaType, `media type of ${what}`).toBe("application/problem+json");
      const code = (response.json as { code?: string } | undefined)?.code;
      context
        .expect(code, `problem code of ${what}`)
        .toSatisfy(
          (value) => value !== undefined && codes.get(value) === "403",
          "forbidden, or another code whose status is 403",
        );
      const named = values
        .filter(({ value }) => JSON.stringify(collection?.json ?? "").includes(value))
        .map(({ persona }) => persona);
      context.expect(leakedValues(response.text, values, named), `persona data in the body of ${what}`).toEqual([]);
    }
    if (!tried) context.skip("no declared client holds a scope that a claimed secured operation does not take");
  },
});

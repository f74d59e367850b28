import { defineCheck } from "../../engine/check.ts";
import { claims, clientFor } from "../../engine/preconditions.ts";
import type { Exchange } from "../../transport/exchange.ts";
import { collections, requestPage } from "./collections.ts";
import { expectProblem } from "./problem.ts";
import { personaValidationBody } from "./tour.ts";

const MEMBER = "lds_unknown_member";

interface Case {
  readonly pointer: string;
  readonly what: string;
  send(): Promise<Exchange>;
}

/**
 * A member the request schema does not define is refused with 422 and an `unknown-member` error at that member, at
 * the top level and inside a nested object (LDS-00-R10): on batch validation and on every collection search. Only
 * operations that change nothing are used, so a platform that wrongly ignores the member changes no state.
 */
export const unknownMembers = defineCheck({
  id: "lds-00/unknown-members",
  title: "Unknown request body members are refused with unknown-member",
  standard: "LDS-00",
  requirements: ["LDS-00-R10"],
  preconditions: [claims("LDS-01"), clientFor("validateIdentifiers")],
  async run(context) {
    const operation = context.operation("validateIdentifiers");
    const token = await context.token(context.clientFor(operation)!);
    const valid = personaValidationBody(context);
    const [first, ...rest] = valid.identifiers;
    const validate = (pointer: string, json: unknown): Case => ({
      pointer,
      what: `POST ${operation.path} with the member ${pointer}`,
      send: () =>
        context.http.request({
          method: "POST",
          path: operation.path,
          headers: { authorization: `Bearer ${token}` },
          json,
        }),
    });
    const cases: Case[] = [
      validate(`/${MEMBER}`, { ...valid, [MEMBER]: 1 }),
      validate(`/identifiers/0/${MEMBER}`, { identifiers: [{ ...first, [MEMBER]: 1 }, ...rest] }),
    ];
    for (const collection of collections(context)) {
      const body = collection.json as Record<string, unknown> | undefined;
      if (!body) continue;
      const search = (pointer: string, json: unknown): Case => ({
        pointer,
        what: `${collection.what} with the member ${pointer}`,
        send: () => requestPage(context, { ...collection, json }),
      });
      cases.push(search(`/${MEMBER}`, { ...body, [MEMBER]: 1 }));
      for (const [name, value] of Object.entries(body)) {
        if (!value || typeof value !== "object" || Array.isArray(value)) continue;
        cases.push(search(`/${name}/${MEMBER}`, { ...body, [name]: { ...value, [MEMBER]: 1 } }));
        break;
      }
    }
    for (const { pointer, what, send } of cases) {
      const { response } = await send();
      expectProblem(context, response, 422, "validation-failed", what);
      const errors = (response.json as { errors?: { pointer: string; code: string }[] }).errors ?? [];
      context
        .expect(errors, `errors of ${what}`)
        .toSatisfy(
          (list) => list.some((error) => error.pointer === pointer && error.code === "unknown-member"),
          `to include {pointer: "${pointer}", code: "unknown-member"}`,
        );
    }
  },
});

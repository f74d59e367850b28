import type { Context } from "hono";
import type { PlatformContext } from "../context.ts";
import { type ProblemError, problemType } from "./problem.ts";

/** An RFC 9457 problem as `application/problem+json`, its title from the standards' problem-type code lists. */
export function problemResponse(c: Context, context: PlatformContext, problem: ProblemError): Response {
  const body = {
    type: problemType(problem.code),
    title: context.problemTitles.get(problem.code) ?? problem.code,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    code: problem.code,
    ...problem.extensions,
  };
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
  c.header("Content-Type", "application/problem+json");
  return c.body(JSON.stringify(body), problem.status as 400);
}

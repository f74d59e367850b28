import type { ApiOperation } from "@lds/catalogue";
import type { PlatformContext, Requester } from "../context.ts";
import { ProblemError } from "../http/problem.ts";

/**
 * The requester of a personal-data operation: 401 without a valid bearer token, checked before anything else about
 * the request (LDS-00-R14).
 */
export async function authenticate(headers: Headers, context: PlatformContext): Promise<Requester> {
  const header = headers.get("authorization") ?? "";
  const match = /^bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new ProblemError(
      401,
      "unauthorised",
      "Send an access token: Authorization: Bearer {token}.",
      {},
      {
        "WWW-Authenticate": 'Bearer realm="lds"',
      },
    );
  }
  const requester = await context.tokens.verify(match[1]!);
  if (!requester) {
    throw new ProblemError(
      401,
      "unauthorised",
      "The access token is not valid or has expired.",
      {},
      {
        "WWW-Authenticate": 'Bearer realm="lds", error="invalid_token"',
      },
    );
  }
  return requester;
}

/** 403 when the requester's token holds none of the operation's scope sets (LDS-00-R15). */
export function authorise(operation: ApiOperation, requester: Requester): void {
  const allowed = operation.scopeSets.some((set) => set.every((scope) => requester.scopes.includes(scope)));
  if (!allowed) {
    const needed = operation.scopeSets.map((set) => set.join(" + ")).join(" or ");
    throw new ProblemError(403, "forbidden", `This operation needs the scope ${needed}.`);
  }
}

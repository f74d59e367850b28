import type { SupplierDeclaration } from "@lds/types/conformance";
import type { HttpClient } from "../transport/http-client.ts";
import { TokenError } from "./failure.ts";

/** Access tokens for the declared clients, obtained once and reused until shortly before they expire. */
export interface TokenSource {
  /** A token for the client of `organisation`, with `scopes` (all the client's when absent). */
  token(organisation: string, scopes: readonly string[] | undefined, http: HttpClient): Promise<string>;
}

const MARGIN_MS = 30_000;

/** The client credentials grant (RFC 6749 section 4.4) at the declared token endpoint, client_secret_post. */
export function createTokenSource(declaration: SupplierDeclaration, now: () => number = Date.now): TokenSource {
  const cache = new Map<string, { token: Promise<string>; expires: number }>();
  const fetchToken = async (organisation: string, scopes: readonly string[] | undefined, http: HttpClient) => {
    const client = declaration.clients[organisation];
    if (!client) throw new TokenError(`the declaration has no client for ${organisation}`);
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: client.client_id,
      client_secret: client.client_secret,
      ...(scopes ? { scope: scopes.join(" ") } : {}),
    });
    const { response } = await http.request({
      method: "POST",
      path: declaration.token_endpoint,
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: form.toString(),
    });
    const body = response.json as { access_token?: unknown; token_type?: unknown; expires_in?: unknown } | undefined;
    if (response.status !== 200 || typeof body?.access_token !== "string") {
      const reason = (response.json as { error?: unknown } | undefined)?.error;
      throw new TokenError(
        `the token endpoint refused ${organisation}'s client: ${response.status}${typeof reason === "string" ? ` ${reason}` : ""}`,
      );
    }
    if (typeof body.token_type !== "string" || body.token_type.toLowerCase() !== "bearer") {
      throw new TokenError(`the token endpoint issued a ${String(body.token_type)} token, not a Bearer token`);
    }
    return { token: body.access_token, lifetime: typeof body.expires_in === "number" ? body.expires_in : 300 };
  };
  return {
    token(organisation, scopes, http) {
      const key = `${organisation} ${[...(scopes ?? ["*"])].sort().join(" ")}`;
      const cached = cache.get(key);
      if (cached && cached.expires > now()) return cached.token;
      const entry = { token: Promise.resolve(""), expires: Number.POSITIVE_INFINITY };
      entry.token = fetchToken(organisation, scopes, http).then(
        ({ token, lifetime }) => {
          entry.expires = now() + lifetime * 1000 - MARGIN_MS;
          return token;
        },
        (error: unknown) => {
          cache.delete(key);
          throw error;
        },
      );
      cache.set(key, entry);
      return entry.token;
    },
  };
}

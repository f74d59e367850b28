import { TokenRequestError } from "./errors.ts";
import type { Fetch } from "./fetch.ts";

/** Where the client gets its access tokens (LDS-00-R14). One source may serve several clients. */
export interface TokenSource {
  /** A token that is valid now: the cached one, or a new one fetched with `fetch`. */
  token(fetch: Fetch): Promise<string>;
  /** Forgets `token` (the platform rejected it), so that the next call fetches a new one. */
  invalidate(token: string): void;
}

export interface ClientCredentialsOptions {
  /** The token endpoint: `ApiInfo.token_url`, `{base_url}/token` on the reference platform. */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The scopes to ask for; every scope granted to the client when absent. */
  readonly scopes?: readonly string[];
  /** A token is replaced this long before it expires; 30 s, or a tenth of its lifetime if that is shorter. */
  readonly refreshBeforeExpiryMs?: number;
  /** For tests: the clock, in epoch milliseconds. */
  readonly now?: () => number;
}

interface CachedToken {
  readonly value: string;
  /** When to stop using it (epoch ms); never when the endpoint gave no lifetime. */
  readonly refreshAt: number;
}

/** `application/x-www-form-urlencoded` as RFC 6749 appendix B applies it to client ids and secrets. */
const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");

/**
 * Tokens from the OAuth 2.0 client credentials grant (RFC 6749 section 4.4), authenticating with HTTP Basic
 * (client_secret_basic). A token is cached until shortly before it expires; concurrent callers share one token
 * request. A refusal throws TokenRequestError.
 */
export function clientCredentials(options: ClientCredentialsOptions): TokenSource {
  const now = options.now ?? Date.now;
  let cached: CachedToken | undefined;
  let pending: Promise<CachedToken> | undefined;

  const request = async (fetch: Fetch): Promise<CachedToken> => {
    const body = new URLSearchParams({ grant_type: "client_credentials" });
    if (options.scopes) body.set("scope", options.scopes.join(" "));
    const basic = btoa(`${formEncode(options.clientId)}:${formEncode(options.clientSecret)}`);
    const requestedAt = now();
    const response = await fetch(
      new Request(options.tokenUrl, {
        method: "POST",
        headers: {
          authorization: `Basic ${basic}`,
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body,
      }),
    );
    const json = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (!response.ok || typeof json?.access_token !== "string") {
      const error = typeof json?.error === "string" ? json.error : undefined;
      const description = typeof json?.error_description === "string" ? json.error_description : undefined;
      throw new TokenRequestError(response.status, error, description ?? (response.ok ? "no access_token" : undefined));
    }
    const lifetimeMs = typeof json.expires_in === "number" ? json.expires_in * 1000 : Number.POSITIVE_INFINITY;
    const early = Math.min(options.refreshBeforeExpiryMs ?? 30_000, lifetimeMs / 10);
    return { value: json.access_token, refreshAt: requestedAt + lifetimeMs - early };
  };

  return {
    async token(fetch) {
      if (cached && now() < cached.refreshAt) return cached.value;
      pending ??= request(fetch).finally(() => {
        pending = undefined;
      });
      cached = await pending;
      return cached.value;
    },
    invalidate(token) {
      if (cached?.value === token) cached = undefined;
    },
  };
}

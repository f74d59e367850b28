import type { TokenSource } from "./client-credentials.ts";
import { TokenRequestError } from "./errors.ts";
import { discard, type Fetch } from "./fetch.ts";
import { problemFor, problemResponse } from "./problem.ts";

export interface BearerOptions {
  readonly tokens: TokenSource;
  /** The fetch tokens are requested with. */
  readonly tokenFetch: Fetch;
  /** Whether a request gets a token: under the base URL and not to an open operation. */
  readonly needsToken: (request: Request) => boolean;
}

const withToken = (request: Request, token: string) => {
  const headers = new Headers(request.headers);
  headers.set("authorization", `Bearer ${token}`);
  return new Request(request, { headers });
};

/**
 * Sends a bearer token with every request that needs one (LDS-00-R14). When the platform answers 401 the token is
 * dropped and the request is sent once more with a new one: a 401 means nothing else about the request was
 * considered (authentication is checked first), so even a write is safe to resend. A refused token request becomes
 * the 401 `unauthorised` problem the request would have met.
 */
export function withBearer(next: Fetch, options: BearerOptions): Fetch {
  const token = async (): Promise<string | Response> => {
    try {
      return await options.tokens.token(options.tokenFetch);
    } catch (error) {
      if (!(error instanceof TokenRequestError)) throw error;
      const status = error.status === 400 || error.status === 401 ? 401 : error.status;
      return problemResponse(problemFor(status, `No access token: ${error.message}.`), {
        "www-authenticate": "Bearer",
      });
    }
  };
  return async (request) => {
    if (!options.needsToken(request)) return next(request);
    const first = await token();
    if (first instanceof Response) return first;
    const response = await next(withToken(request.clone(), first));
    if (response.status !== 401) return response;
    options.tokens.invalidate(first);
    const second = await token();
    if (second instanceof Response) return second;
    discard(response);
    return next(withToken(request, second));
  };
}

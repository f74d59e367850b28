import type { Context } from "hono";
import type { PlatformContext } from "../context.ts";
import { authenticateClient } from "./clients.ts";
import { TOKEN_LIFETIME_SECONDS } from "./tokens.ts";

/** An OAuth 2.0 error response (RFC 6749 section 5.2): the token endpoint speaks OAuth, not LDS problems. */
function oauthError(c: Context, status: 400 | 401, error: string, description: string, basic = false) {
  if (basic) c.header("WWW-Authenticate", 'Basic realm="lds"');
  c.header("Cache-Control", "no-store");
  return c.json({ error, error_description: description }, status);
}

/** Client id and secret from HTTP Basic (client_secret_basic) or the form body (client_secret_post). */
function clientCredentials(c: Context, form: URLSearchParams) {
  const header = c.req.header("authorization") ?? "";
  if (/^basic /i.test(header)) {
    const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return undefined;
    const id = decodeURIComponent(decoded.slice(0, colon));
    const secret = decodeURIComponent(decoded.slice(colon + 1));
    return { id, secret, basic: true };
  }
  const id = form.get("client_id");
  const secret = form.get("client_secret");
  return id && secret ? { id, secret, basic: false } : undefined;
}

/**
 * `POST {base}/token`: the client credentials grant (RFC 6749 section 4.4). The token names the requester
 * organisation and carries the granted scopes: all the client's, or the subset it asks for.
 */
export async function tokenEndpoint(c: Context, context: PlatformContext) {
  if (!(c.req.header("content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return oauthError(c, 400, "invalid_request", "send an application/x-www-form-urlencoded body");
  }
  const form = new URLSearchParams(await c.req.text());
  if (form.get("grant_type") !== "client_credentials") {
    return oauthError(c, 400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
  }
  const credentials = clientCredentials(c, form);
  if (!credentials) return oauthError(c, 401, "invalid_client", "client authentication is required", true);
  const client = await authenticateClient(context.db, credentials.id, credentials.secret);
  if (!client) return oauthError(c, 401, "invalid_client", "unknown client or wrong secret", credentials.basic);
  const asked = form.get("scope")?.split(" ").filter(Boolean);
  const scopes = asked ?? client.scopes;
  const refused = scopes.filter((scope) => !client.scopes.includes(scope));
  if (refused.length) return oauthError(c, 400, "invalid_scope", `not granted to this client: ${refused.join(" ")}`);
  const token = await context.tokens.issue({ ...client, scopes });
  c.header("Cache-Control", "no-store");
  return c.json({
    access_token: token,
    token_type: "Bearer",
    expires_in: TOKEN_LIFETIME_SECONDS,
    scope: scopes.join(" "),
  });
}

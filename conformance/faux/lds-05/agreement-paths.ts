/** The LDS-05 paths a faux platform changes, matched on the path under the base path (`pathOf`). */
export const AGREEMENT = /^\/agreements\/([^/]+)$/;
export const VERSION = /^\/agreements\/([^/]+)\/versions\/(\d+)$/;
export const VERSIONS = /^\/agreements\/([^/]+)\/versions$/;
export const TRANSITIONS = /^\/agreements\/([^/]+)\/transitions$/;
export const REGISTER = /^\/register\/agreements(?:\/([^/]+))?$/;

/** A GET of another path on the same platform, with the request's own Authorization. */
export function sibling(request: Request, path: string): Request {
  const url = new URL(request.url);
  const [pathname = "", search = ""] = path.split("?", 2);
  url.pathname = url.pathname.replace(/\/(agreements|register)(\/.*)?$/, pathname);
  url.search = search;
  const authorization = request.headers.get("authorization");
  return new Request(url, { headers: authorization ? { authorization } : {} });
}

/** A JSON response with the given status and headers. */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

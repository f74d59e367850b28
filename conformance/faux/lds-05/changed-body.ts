import { pathOf } from "../faux.ts";
import { VERSIONS } from "./agreement-paths.ts";

/** The terms of a createAgreement or amendAgreement request, as a faux platform may rewrite them. */
export type Terms = Record<string, unknown>;

/**
 * A wrapper that rewrites the terms of createAgreement and amendAgreement requests before the reference platform
 * sees them: how a faux that silently "fixes" terms, instead of refusing them, is built.
 */
export const rewritingTerms =
  (rewrite: (terms: Terms) => Terms) =>
  (fetch: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const path = pathOf(request);
    if (request.method !== "POST" || !(path === "/agreements" || VERSIONS.test(path))) return fetch(request);
    const body = (await request
      .clone()
      .json()
      .catch(() => undefined)) as { terms?: unknown } | undefined;
    if (!body?.terms || typeof body.terms !== "object" || Array.isArray(body.terms)) return fetch(request);
    const headers = new Headers(request.headers);
    headers.delete("content-length");
    return fetch(
      new Request(request.url, {
        method: "POST",
        headers,
        body: JSON.stringify({ ...body, terms: rewrite(body.terms as Terms) }),
      }),
    );
  };

import { defineFaux, pathOf } from "../faux.ts";

/** How long the faux keeps a batch check's answer. */
const CACHE_MS = 60_000;

/**
 * Answers the batch check from a cache: the same batch asked again within a minute gets the earlier answer, so an
 * objection (or its withdrawal) accepted in between is not seen yet.
 */
export const cachedObjectionCheck = defineFaux({
  name: "cached-objection-check",
  breaks: "LDS-04-R24",
  description: "answers checkObjections from a one-minute cache keyed by the request body",
  wrap: (fetch) => {
    const cache = new Map<string, { at: number; body: string; headers: Headers }>();
    return async (request) => {
      if (request.method !== "POST" || pathOf(request) !== "/objections/$check") return fetch(request);
      const key = await request.clone().text();
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < CACHE_MS) return new Response(hit.body, { status: 200, headers: hit.headers });
      const response = await fetch(request);
      if (response.status !== 200) return response;
      const body = await response.text();
      cache.set(key, { at: Date.now(), body, headers: new Headers(response.headers) });
      return new Response(body, { status: 200, headers: response.headers });
    };
  },
});

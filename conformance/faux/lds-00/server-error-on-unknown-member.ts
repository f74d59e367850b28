import { defineFaux, pathOf } from "../faux.ts";

/** Crashes on a request body member its schema does not define, instead of refusing it with 422. */
export const serverErrorOnUnknownMember = defineFaux({
  name: "server-error-on-unknown-member",
  breaks: "LDS-00-R08",
  description: "answers 500 when the LDS-01 validation request has a member its schema does not define",
  wrap: (fetch) => async (request) => {
    if (request.method !== "POST" || pathOf(request) !== "/identifiers/$validate") return fetch(request);
    const text = await request.clone().text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fetch(request);
    }
    const known = new Set(["identifiers"]);
    const unknown = body && typeof body === "object" && Object.keys(body).some((name) => !known.has(name));
    if (!unknown) return fetch(request);
    return new Response(JSON.stringify({ type: "about:blank", title: "Internal Server Error", status: 500 }), {
      status: 500,
      headers: { "content-type": "application/problem+json" },
    });
  },
});

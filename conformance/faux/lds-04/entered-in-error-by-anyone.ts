import { defineFaux, pathOf } from "../faux.ts";

/**
 * Lets any organisation withdraw an objection as entered in error: a refused withdrawal is replayed with a token of
 * the organisation that recorded the objection, as a platform that checks only the lds-04:write scope would.
 */
export const enteredInErrorByAnyone = defineFaux({
  name: "entered-in-error-by-anyone",
  breaks: "LDS-04-R15",
  description: "accepts a withdrawal as entered in error from an organisation that did not record the objection",
  wrap: (fetch, platform) => async (request) => {
    const path = pathOf(request);
    if (request.method !== "POST" || !/^\/objections\/[^/]+\/\$withdraw$/.test(path)) return fetch(request);
    const body = await request.clone().text();
    const response = await fetch(request);
    if (response.status !== 403 || (JSON.parse(body) as { reason?: string }).reason !== "entered-in-error")
      return response;
    const objectionUrl = request.url.replace(/\/\$withdraw$/, "");
    const read = await fetch(
      new Request(objectionUrl, { headers: { authorization: request.headers.get("authorization") ?? "" } }),
    );
    if (read.status !== 200) return response;
    const objection = (await read.json()) as { events: { recorded_by: { system: string; value: string } }[] };
    const token = await platform.context.tokens.issue({
      clientId: "faux-entered-in-error",
      organisation: objection.events[0]!.recorded_by,
      name: "the recording organisation",
      scopes: ["lds-04:write"],
    });
    return fetch(
      new Request(request.url, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body,
      }),
    );
  },
});

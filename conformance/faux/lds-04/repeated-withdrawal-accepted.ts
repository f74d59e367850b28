import { defineFaux, pathOf } from "../faux.ts";

/**
 * Accepts an invalid consent transition: a withdrawal of consent that is already withdrawn is answered 200 with the
 * record, as an "idempotent" withdrawal, instead of 409 consent-transition-not-allowed.
 */
export const repeatedWithdrawalAccepted = defineFaux({
  name: "repeated-withdrawal-accepted",
  breaks: "LDS-04-R07",
  description: "answers 200 instead of 409 to a withdrawal of consent that is already withdrawn",
  wrap: (fetch) => async (request) => {
    const path = pathOf(request);
    if (request.method !== "POST" || !/^\/consent-records\/[^/]+\/events$/.test(path)) return fetch(request);
    const body = (await request
      .clone()
      .json()
      .catch(() => undefined)) as { state?: string } | undefined;
    const response = await fetch(request);
    if (body?.state !== "withdrawn" || response.status !== 409) return response;
    const record = await fetch(
      new Request(request.url.replace(/\/events$/, ""), {
        headers: { authorization: request.headers.get("authorization") ?? "" },
      }),
    );
    const current = (await record.clone().json()) as { state?: string };
    return current.state === "withdrawn"
      ? new Response(record.body, { status: 200, headers: record.headers })
      : response;
  },
});

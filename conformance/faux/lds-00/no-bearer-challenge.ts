import { defineFaux, withHeaders } from "../faux.ts";

/** Refuses requests without a token but never says how to authenticate. */
export const noBearerChallenge = defineFaux({
  name: "no-bearer-challenge",
  breaks: "LDS-00-R14",
  description: "answers 401 without a WWW-Authenticate: Bearer challenge",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    return response.status === 401 ? withHeaders(response, (headers) => headers.delete("www-authenticate")) : response;
  },
});

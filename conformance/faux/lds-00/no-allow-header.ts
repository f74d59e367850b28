import { defineFaux, withHeaders } from "../faux.ts";

/** Answers 405 without saying which methods the path allows. */
export const noAllowHeader = defineFaux({
  name: "no-allow-header",
  breaks: "LDS-00-R13",
  description: "answers 405 method-not-allowed without an Allow header",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    return response.status === 405 ? withHeaders(response, (headers) => headers.delete("allow")) : response;
  },
});

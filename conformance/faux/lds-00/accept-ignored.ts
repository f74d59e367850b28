import { defineFaux } from "../faux.ts";

/** Serves JSON whatever the client asks for, as a framework with no content negotiation does. */
export const acceptIgnored = defineFaux({
  name: "accept-ignored",
  breaks: "LDS-00-R03",
  description: "ignores the Accept header: answers 200 JSON to Accept: application/xml instead of 406",
  wrap: (fetch) => async (request) => {
    const headers = new Headers(request.headers);
    headers.delete("accept");
    return fetch(new Request(request, { headers }));
  },
});

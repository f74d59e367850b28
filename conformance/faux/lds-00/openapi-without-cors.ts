import { defineFaux, pathOf, withHeaders } from "../faux.ts";

/** Serves its OpenAPI document without the CORS header browser-based tools need. */
export const openApiWithoutCors = defineFaux({
  name: "openapi-without-cors",
  breaks: "LDS-00-R22",
  description: "serves GET /openapi.json without Access-Control-Allow-Origin: *",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (pathOf(request) !== "/openapi.json") return response;
    return withHeaders(response, (headers) => headers.delete("access-control-allow-origin"));
  },
});

import { defineFaux, withHeaders } from "../faux.ts";

/** Sends an API-Version header that disagrees with ApiInfo.api_version. */
export const wrongApiVersion = defineFaux({
  name: "wrong-api-version",
  breaks: "LDS-00-R24",
  description: "sends API-Version 0.9.0 while ApiInfo says 1.0.0",
  wrap: (fetch) => async (request) =>
    withHeaders(await fetch(request), (headers) => headers.set("api-version", "0.9.0")),
});

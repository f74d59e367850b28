import { defineFaux, pathOf } from "../faux.ts";
import { json, REGISTER } from "./agreement-paths.ts";

/** Puts the open register behind authentication like every other operation. */
export const registerNeedsToken = defineFaux({
  name: "register-needs-token",
  breaks: "LDS-05-R31",
  description: "answers 401 to register requests without an Authorization header",
  wrap: (fetch) => async (request) => {
    if (!REGISTER.test(pathOf(request)) || request.headers.has("authorization")) return fetch(request);
    return json(
      {
        type: "https://standards.lds.example/problems/unauthorised",
        title: "Unauthorised",
        status: 401,
        code: "unauthorised",
      },
      401,
      { "content-type": "application/problem+json", "www-authenticate": 'Bearer realm="lds"' },
    );
  },
});

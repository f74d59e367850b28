import { createValidator } from "@lds/validate";
import { defineFaux, pathOf } from "../faux.ts";
import { VERSIONS } from "./agreement-paths.ts";

const validator = createValidator();

/**
 * Validates an amendment's body before checking that the requester is a controller of the agreement: a party that
 * may not change the agreement learns from validation messages what it would have to send, where LDS-05-R29 puts the
 * 403 first.
 */
export const validatesBeforePermission = defineFaux({
  name: "validates-before-permission",
  breaks: "LDS-05-R29",
  description:
    "answers 422 validation-failed to an invalid amendment from a party that is not a controller, before 403",
  wrap: (fetch) => async (request) => {
    if (request.method !== "POST" || !VERSIONS.test(pathOf(request))) return fetch(request);
    const body = await request
      .clone()
      .json()
      .catch(() => undefined);
    const response = await fetch(request);
    if (response.status !== 403) return response;
    const problem = (await response.clone().json()) as { code?: string };
    if (problem.code !== "agreement-controller-required" || body === undefined) return response;
    const errors = validator.validate("lds-05/amend-agreement-request", body);
    if (!errors.length) return response;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    headers.set("content-type", "application/problem+json");
    return new Response(
      JSON.stringify({
        type: "https://standards.lds.example/problems/validation-failed",
        title: "Validation failed",
        status: 422,
        code: "validation-failed",
        detail: "The request body is not a valid amendment.",
        errors,
      }),
      { status: 422, headers },
    );
  },
});

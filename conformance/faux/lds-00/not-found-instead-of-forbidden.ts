import { defineFaux } from "../faux.ts";

/** Hides what a requester may not see behind 404, so as not to confirm that it exists. */
export const notFoundInsteadOfForbidden = defineFaux({
  name: "not-found-instead-of-forbidden",
  breaks: "LDS-00-R15",
  description: "answers 404 not-found where the requester may not perform the operation (403 is required)",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (response.status !== 403) return response;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return new Response(
      JSON.stringify({
        type: "https://standards.lds.example/problems/not-found",
        title: "Not found",
        status: 404,
        code: "not-found",
      }),
      { status: 404, headers },
    );
  },
});

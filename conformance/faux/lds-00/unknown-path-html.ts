import { defineFaux } from "../faux.ts";

/** Answers every 404 with an HTML page, as a web server's default error page would. */
export const unknownPathHtml = defineFaux({
  name: "unknown-path-html",
  breaks: "LDS-00-R06",
  description: "answers 404 with an HTML page instead of a problem+json document",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (response.status !== 404) return response;
    return new Response("<html><body><h1>Not Found</h1></body></html>", {
      status: 404,
      headers: { "content-type": "text/html" },
    });
  },
});

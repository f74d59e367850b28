/* eslint-disable */
// Generated from standards/lds-00-common/1/schemas/problem-type.schema.json by @lds/client (src/generate). Do not edit: change the code list and run `pnpm --filter @lds/client generate`.

/** LDS-00's problem types: code, title, and HTTP status as an OpenAPI response key (`4XX`, `5XX` for the catch-alls). */
export const problemTypes: readonly { readonly code: string; readonly title: string; readonly status: string }[] = [
  { code: "bad-request", title: "Bad request", status: "400" },
  { code: "unauthorised", title: "Unauthorised", status: "401" },
  { code: "forbidden", title: "Forbidden", status: "403" },
  { code: "not-found", title: "Not found", status: "404" },
  { code: "method-not-allowed", title: "Method not allowed", status: "405" },
  { code: "not-acceptable", title: "Not acceptable", status: "406" },
  { code: "conflict", title: "Conflict", status: "409" },
  { code: "gone", title: "Gone", status: "410" },
  { code: "content-too-large", title: "Content too large", status: "413" },
  { code: "unsupported-media-type", title: "Unsupported media type", status: "415" },
  { code: "validation-failed", title: "Validation failed", status: "422" },
  { code: "rate-limited", title: "Rate limited", status: "429" },
  { code: "client-error", title: "Client error", status: "4XX" },
  { code: "internal-error", title: "Internal error", status: "500" },
  { code: "service-unavailable", title: "Service unavailable", status: "503" },
  { code: "server-error", title: "Server error", status: "5XX" },
];

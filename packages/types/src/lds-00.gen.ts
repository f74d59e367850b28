/* eslint-disable */
// Generated from standards/lds-00-common/1/schemas by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.

// https://standards.lds.example/lds-00-common/1/schemas/api-info.schema.json
/**
 * MAJOR.MINOR.PATCH with an optional pre-release suffix (Semantic Versioning 2.0.0); the major number is at least 1.
 *
 * This interface was referenced by `APIInformation`'s JSON-Schema
 * via the `definition` "api_version".
 */
export type APIVersion = string;

/**
 * What `GET /` returns (LDS-00-R21): the platform's name and API version, its base URL, the LDS standards it implements with the exact version of each, and where to find its OpenAPI document and its OAuth 2.0 token endpoint. Clients and the conformance suite start here.
 */
export interface APIInformation {
  /**
   * The platform's name, for people.
   */
  name: string;
  api_version: APIVersion;
  /**
   * The absolute URL under which the platform serves every LDS operation, without a trailing slash; its last path segment is v followed by the API's major version. Operation paths are appended to it.
   */
  base_url: string;
  /**
   * production: real records. sandbox: only synthetic records, for development and conformance testing.
   */
  environment: "production" | "sandbox";
  /**
   * Every LDS standard the platform implements, each once, with the exact version implemented. LDS-00 is always listed.
   *
   * @minItems 1
   */
  standards: ImplementedStandard[];
  /**
   * The absolute URL of the platform's own OpenAPI document: base_url followed by /openapi.json (LDS-00-R22).
   */
  openapi_url: string;
  /**
   * The OAuth 2.0 token endpoint (RFC 6749 section 3.2) at which requester organisations obtain access tokens with the client credentials grant. Present whenever the platform implements a standard whose operations carry personal data.
   */
  token_url?: string;
  /**
   * Where people find the platform's documentation for integrators.
   */
  documentation_url?: string;
  /**
   * The address integrators write to about the platform's API (support, security reports).
   */
  contact_email?: string;
}
/**
 * One LDS standard the platform implements, by its id and the exact version implemented.
 *
 * This interface was referenced by `APIInformation`'s JSON-Schema
 * via the `definition` "implemented_standard".
 */
export interface ImplementedStandard {
  /**
   * The standard's id, e.g. LDS-06.
   */
  id: string;
  /**
   * The version of the standard implemented (Semantic Versioning 2.0.0), e.g. 1.0.0.
   */
  version: string;
}

// https://standards.lds.example/lds-00-common/1/schemas/health.schema.json
/**
 * What `GET /health` returns with status 200 (LDS-00-R23): whether the platform is serving LDS requests normally (pass) or in a degraded way (warn). A platform that cannot serve LDS requests answers 503 with a service-unavailable problem instead, so there is no fail value. The object is closed: it reveals nothing about internal components.
 */
export interface Health {
  /**
   * pass: serving normally. warn: serving, but degraded (for example slower than usual, or a non-essential dependency is down).
   */
  status: "pass" | "warn";
  /**
   * When the platform last established this status, in UTC.
   */
  checked_at?: string;
}

// https://standards.lds.example/lds-00-common/1/schemas/page.schema.json
/**
 * The envelope of every response that returns a collection (LDS-00-R18 to R20): one page of `items`, the paging arithmetic in `page`, and absolute links to this, the first, the last, the next and the previous page. This schema leaves `items` unconstrained; a standard's typed list schema refers to `#/$defs/page` and `#/$defs/links` and constrains `items` itself.
 */
export interface Page {
  /**
   * The items on this page, in the collection's order. Empty only when the collection is empty.
   */
  items: unknown[];
  page: PagePosition;
  links: PageLinks;
}
/**
 * Where this page sits in the collection. total_pages is ceil(total_items / size), so it is 0 for an empty collection (LDS-00-R19).
 *
 * This interface was referenced by `Page`'s JSON-Schema
 * via the `definition` "page".
 */
export interface PagePosition {
  /**
   * The number of this page, counting from 1: the `page` query parameter, or 1 when it was not given.
   */
  number: number;
  /**
   * The page size: the `size` query parameter, or 20 when it was not given.
   */
  size: number;
  /**
   * The number of items in the whole collection.
   */
  total_items: number;
  /**
   * The number of pages at this size: ceil(total_items / size).
   */
  total_pages: number;
}
/**
 * Absolute URLs, each beginning with the platform's base URL, that return the pages of the same collection with the same query (LDS-00-R19). For an operation invoked with POST, a link is followed by sending the same request body to it with POST.
 *
 * This interface was referenced by `Page`'s JSON-Schema
 * via the `definition` "links".
 */
export interface PageLinks {
  /**
   * This page.
   */
  self: string;
  /**
   * Page 1.
   */
  first: string;
  /**
   * Page max(1, total_pages).
   */
  last: string;
  /**
   * Page number + 1; present only when number < total_pages.
   */
  next?: string;
  /**
   * Page number - 1; present only when number > 1.
   */
  prev?: string;
}

// https://standards.lds.example/lds-00-common/1/schemas/problem-type.schema.json
/**
 * Code list of the problem types LDS-00 defines, by `code`. The problem's `type` is https://standards.lds.example/problems/ followed by the code. Each entry's x-mappings.http_status is the HTTP status the type is used with, written as an OpenAPI response key ("4XX" and "5XX" for the two catch-all types, which take the actual status). Other standards define further codes in their own lists; codes are unique across all LDS standards (LDS-00-R07).
 */
export type LDS00ProblemType = (
  | "bad-request"
  | "unauthorised"
  | "forbidden"
  | "not-found"
  | "method-not-allowed"
  | "not-acceptable"
  | "conflict"
  | "gone"
  | "content-too-large"
  | "unsupported-media-type"
  | "validation-failed"
  | "rate-limited"
  | "client-error"
  | "internal-error"
  | "service-unavailable"
  | "server-error"
) &
  string;

// https://standards.lds.example/lds-00-common/1/schemas/problem.schema.json
/**
 * The body of every 4xx and 5xx response from an LDS platform, served as application/problem+json (LDS-00-R06). It is an RFC 9457 problem details object profiled by LDS: `type` is always an LDS problem type URI, `code` repeats the last segment of that URI, `status` equals the HTTP status, and `errors` lists individual validation errors. A problem type defined by an LDS standard may add extension members (RFC 9457 section 3.2) with snake_case names; any other member is rejected.
 */
export interface Problem {
  /**
   * The problem type: https://standards.lds.example/problems/ followed by `code`. Clients branch on this (or on `code`), never on `title` or `detail`.
   */
  type: string;
  /**
   * A short, human-readable summary of the problem type. It is the same for every occurrence of the type.
   */
  title: string;
  /**
   * The HTTP status code of the response that carries this problem; always equal to it (RFC 9457 section 3.1.2).
   */
  status: number;
  /**
   * A human-readable explanation of this occurrence, aimed at helping the client correct the request. It never contains personal data that the request did not itself supply, nor internal diagnostics.
   */
  detail?: string;
  /**
   * An absolute URI identifying this occurrence, such as a urn:uuid: the platform operator can find in its logs. It never contains personal data.
   */
  instance?: string;
  /**
   * The problem type's code: lower-case words joined by hyphens, unique across all LDS standards, equal to the last path segment of `type`.
   */
  code: string;
  /**
   * The individual errors found in the request, when the problem type reports them (validation-failed, bad-request). Present only when there is at least one.
   *
   * @minItems 1
   */
  errors?: ValidationError[];
  /**
   * This interface was referenced by `Problem`'s JSON-Schema definition
   * via the `patternProperty` "^(?!(type|title|status|detail|instance|code|errors)$)[a-z][a-z0-9]*(_[a-z0-9]+)*$".
   */
  [k: string]: unknown | undefined;
}
/**
 * One thing wrong with the request. For a body, `pointer` is an RFC 6901 JSON Pointer into the request body; for a query parameter, it is "/" followed by the parameter name (escaped as RFC 6901 requires). For a missing member (`required`) it points where the member belongs. `code` is one of the LDS validation error codes defined in LDS-00.
 *
 * This interface was referenced by `Problem`'s JSON-Schema
 * via the `definition` "error".
 */
export interface ValidationError {
  /**
   * RFC 6901 JSON Pointer to the offending value; the empty string means the whole body.
   */
  pointer: string;
  /**
   * The LDS validation error code (LDS-00 README, 'Validation error codes').
   */
  code: string;
  /**
   * A human-readable explanation of the error, for developers. Clients branch on `code`, not on `message`.
   */
  message: string;
}

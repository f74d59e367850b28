/* eslint-disable */
// Generated from standards/lds-00-common/1/openapi.yaml by @lds/client (src/generate). Do not edit: change the document and run `pnpm --filter @lds/client generate`.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API information
         * @description Returns the platform's name, API version, base URL and environment, the LDS standards it implements with their versions, and the URLs of its OpenAPI document and OAuth 2.0 token endpoint (LDS-00-R21). No authentication is required.
         */
        get: operations["getApiInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The platform's OpenAPI document
         * @description Returns the OpenAPI 3.1 document, in JSON, that describes every LDS operation the platform serves under its base URL, with the operationIds, methods, paths and schemas of the standards it implements (LDS-00-R22). No authentication is required.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health
         * @description Returns 200 with status pass or warn while the platform is serving LDS requests, and 503 service-unavailable when it is not (LDS-00-R23). No authentication is required.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiInfo: components["schemas"]["api-info.schema"];
        Health: components["schemas"]["health.schema"];
        Problem: components["schemas"]["problem.schema"];
        Page: components["schemas"]["page.schema"];
        /**
         * OpenAPI document
         * @description An OpenAPI 3.1 document, validated in full against the OpenAPI 3.1 schema by the conformance suite.
         */
        OpenApiDocument: {
            openapi: string;
            info: Record<string, never>;
            paths: Record<string, never>;
        };
        /**
         * Validation error
         * @description One thing wrong with the request. For a body, `pointer` is an RFC 6901 JSON Pointer into the request body; for a query parameter, it is "/" followed by the parameter name (escaped as RFC 6901 requires). For a missing member (`required`) it points where the member belongs. `code` is one of the LDS validation error codes defined in LDS-00.
         */
        error: {
            /** @description RFC 6901 JSON Pointer to the offending value; the empty string means the whole body. */
            pointer: string;
            /** @description The LDS validation error code (LDS-00 README, 'Validation error codes'). */
            code: string;
            /** @description A human-readable explanation of the error, for developers. Clients branch on `code`, not on `message`. */
            message: string;
        };
        /**
         * Problem
         * @description The body of every 4xx and 5xx response from an LDS platform, served as application/problem+json (LDS-00-R06). It is an RFC 9457 problem details object profiled by LDS: `type` is always an LDS problem type URI, `code` repeats the last segment of that URI, `status` equals the HTTP status, and `errors` lists individual validation errors. A problem type defined by an LDS standard may add extension members (RFC 9457 section 3.2) with snake_case names; any other member is rejected.
         */
        "problem.schema": {
            /**
             * Format: uri
             * @description The problem type: https://standards.lds.example/problems/ followed by `code`. Clients branch on this (or on `code`), never on `title` or `detail`.
             */
            type: string;
            /** @description A short, human-readable summary of the problem type. It is the same for every occurrence of the type. */
            title: string;
            /** @description The HTTP status code of the response that carries this problem; always equal to it (RFC 9457 section 3.1.2). */
            status: number;
            /** @description A human-readable explanation of this occurrence, aimed at helping the client correct the request. It never contains personal data that the request did not itself supply, nor internal diagnostics. */
            detail?: string;
            /**
             * Format: uri
             * @description An absolute URI identifying this occurrence, such as a urn:uuid: the platform operator can find in its logs. It never contains personal data.
             */
            instance?: string;
            /** @description The problem type's code: lower-case words joined by hyphens, unique across all LDS standards, equal to the last path segment of `type`. */
            code: string;
            /** @description The individual errors found in the request, when the problem type reports them (validation-failed, bad-request). Present only when there is at least one. */
            errors?: components["schemas"]["error"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * API version
         * @description MAJOR.MINOR.PATCH with an optional pre-release suffix (Semantic Versioning 2.0.0); the major number is at least 1.
         */
        api_version: string;
        /**
         * Implemented standard
         * @description One LDS standard the platform implements, by its id and the exact version implemented.
         */
        implemented_standard: {
            /** @description The standard's id, e.g. LDS-06. */
            id: string;
            /** @description The version of the standard implemented (Semantic Versioning 2.0.0), e.g. 1.0.0. */
            version: string;
        };
        /**
         * API information
         * @description What `GET /` returns (LDS-00-R21): the platform's name and API version, its base URL, the LDS standards it implements with the exact version of each, and where to find its OpenAPI document and its OAuth 2.0 token endpoint. Clients and the conformance suite start here.
         */
        "api-info.schema": {
            /** @description The platform's name, for people. */
            name: string;
            /** @description The version of the platform's API (Semantic Versioning 2.0.0): the value of every response's API-Version header. Its major number is the N in the base URL's final /vN segment (LDS-00-R24). */
            api_version: components["schemas"]["api_version"];
            /**
             * Format: uri
             * @description The absolute URL under which the platform serves every LDS operation, without a trailing slash; its last path segment is v followed by the API's major version. Operation paths are appended to it.
             */
            base_url: string;
            /**
             * @description production: real records. sandbox: only synthetic records, for development and conformance testing.
             * @enum {unknown}
             */
            environment: "production" | "sandbox";
            /** @description Every LDS standard the platform implements, each once, with the exact version implemented. LDS-00 is always listed. */
            standards: components["schemas"]["implemented_standard"][];
            /**
             * Format: uri
             * @description The absolute URL of the platform's own OpenAPI document: base_url followed by /openapi.json (LDS-00-R22).
             */
            openapi_url: string;
            /**
             * Format: uri
             * @description The OAuth 2.0 token endpoint (RFC 6749 section 3.2) at which requester organisations obtain access tokens with the client credentials grant. Present whenever the platform implements a standard whose operations carry personal data.
             */
            token_url?: string;
            /**
             * Format: uri
             * @description Where people find the platform's documentation for integrators.
             */
            documentation_url?: string;
            /**
             * Format: email
             * @description The address integrators write to about the platform's API (support, security reports).
             */
            contact_email?: string;
        };
        /**
         * Health
         * @description What `GET /health` returns with status 200 (LDS-00-R23): whether the platform is serving LDS requests normally (pass) or in a degraded way (warn). A platform that cannot serve LDS requests answers 503 with a service-unavailable problem instead, so there is no fail value. The object is closed: it reveals nothing about internal components.
         */
        "health.schema": {
            /**
             * @description pass: serving normally. warn: serving, but degraded (for example slower than usual, or a non-essential dependency is down).
             * @enum {unknown}
             */
            status: "pass" | "warn";
            /**
             * Format: date-time
             * @description When the platform last established this status, in UTC.
             */
            checked_at?: string;
        };
        /**
         * Page position
         * @description Where this page sits in the collection. total_pages is ceil(total_items / size), so it is 0 for an empty collection (LDS-00-R19).
         */
        page: {
            /** @description The number of this page, counting from 1: the `page` query parameter, or 1 when it was not given. */
            number: number;
            /** @description The page size: the `size` query parameter, or 20 when it was not given. */
            size: number;
            /** @description The number of items in the whole collection. */
            total_items: number;
            /** @description The number of pages at this size: ceil(total_items / size). */
            total_pages: number;
        };
        /**
         * Page links
         * @description Absolute URLs, each beginning with the platform's base URL, that return the pages of the same collection with the same query (LDS-00-R19). For an operation invoked with POST, a link is followed by sending the same request body to it with POST.
         */
        links: {
            /**
             * Format: uri
             * @description This page.
             */
            self: string;
            /**
             * Format: uri
             * @description Page 1.
             */
            first: string;
            /**
             * Format: uri
             * @description Page max(1, total_pages).
             */
            last: string;
            /**
             * Format: uri
             * @description Page number + 1; present only when number < total_pages.
             */
            next?: string;
            /**
             * Format: uri
             * @description Page number - 1; present only when number > 1.
             */
            prev?: string;
        };
        /**
         * Page
         * @description The envelope of every response that returns a collection (LDS-00-R18 to R20): one page of `items`, the paging arithmetic in `page`, and absolute links to this, the first, the last, the next and the previous page. This schema leaves `items` unconstrained; a standard's typed list schema refers to `#/$defs/page` and `#/$defs/links` and constrains `items` itself.
         */
        "page.schema": {
            /** @description The items on this page, in the collection's order. Empty only when the collection is empty. */
            items: unknown[];
            page: components["schemas"]["page"];
            links: components["schemas"]["links"];
        };
    };
    responses: {
        /** @description bad-request: the body is not well-formed JSON, or a query parameter is invalid or unknown (LDS-00-R09, LDS-00-R11, LDS-00-R12). */
        BadRequest: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/bad-request",
                 *       "title": "Bad request",
                 *       "status": 400,
                 *       "code": "bad-request",
                 *       "errors": [
                 *         {
                 *           "pointer": "/size",
                 *           "code": "out-of-range",
                 *           "message": "size must be an integer from 1 to 100."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description unauthorised: no valid access token (LDS-00-R14). */
        Unauthorised: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description forbidden, or a more specific 403 code of the operation's standard: the requester organisation may not do this (LDS-00-R15). */
        Forbidden: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description not-found: no such operation or resource (LDS-00-R13). */
        NotFound: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description method-not-allowed: the path does not support this method (LDS-00-R13). */
        MethodNotAllowed: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                Allow: components["headers"]["Allow"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description not-acceptable: the Accept header admits neither application/json nor application/problem+json (LDS-00-R03). */
        NotAcceptable: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description conflict, or a more specific 409 code of the operation's standard: the request conflicts with the current state of the resource. */
        Conflict: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description gone: the operation was retired after its Sunset date (LDS-00-R26). */
        Gone: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description content-too-large: the request body is larger than the platform accepts. */
        ContentTooLarge: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description unsupported-media-type: the request body is not application/json (LDS-00-R03). */
        UnsupportedMediaType: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description validation-failed: the request body does not validate against the operation's request schema (LDS-00-R09, LDS-00-R10). */
        ValidationFailed: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://standards.lds.example/problems/validation-failed",
                 *       "title": "Validation failed",
                 *       "status": 422,
                 *       "code": "validation-failed",
                 *       "detail": "The request body has 2 errors.",
                 *       "errors": [
                 *         {
                 *           "pointer": "/purpose",
                 *           "code": "required",
                 *           "message": "purpose is required."
                 *         },
                 *         {
                 *           "pointer": "/subject/identifiers/0/value",
                 *           "code": "invalid-nhs-number",
                 *           "message": "The value is not a valid NHS number (its check digit is wrong)."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description rate-limited: too many requests; retry after the number of seconds in Retry-After (LDS-00-R17). */
        RateLimited: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description internal-error: the platform failed unexpectedly. */
        InternalError: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description service-unavailable: the platform is temporarily unable to serve LDS requests (LDS-00-R23). Retry-After may say when to retry. */
        ServiceUnavailable: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                /** @description How many seconds to wait before retrying, when the platform knows (RFC 9110 section 10.2.3). */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
        /** @description Any other error, as a problem whose code is defined by an LDS standard (LDS-00-R06, LDS-00-R07). */
        Problem: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["problem.schema"];
            };
        };
    };
    parameters: {
        /** @description The page to return, counting from 1 (LDS-00-R18). Greater than max(1, total_pages) is a 400. */
        PageNumber: number;
        /** @description The number of items per page, from 1 to 100 (LDS-00-R18). */
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The platform's API version, equal to ApiInfo.api_version, on every response (LDS-00-R24).
         * @example 1.4.0
         */
        ApiVersion: string;
        /**
         * @description On every response to a deprecated operation: the deprecation date as a structured-field Date, @ followed by seconds since 1970-01-01T00:00:00Z (RFC 9745; LDS-00-R26).
         * @example @1751327999
         */
        Deprecation: string;
        /**
         * @description On every response to a deprecated operation whose retirement date is set: that date as an HTTP-date, no earlier than the Deprecation date (RFC 8594; LDS-00-R26, LDS-00-R27).
         * @example Thu, 31 Dec 2026 23:59:59 GMT
         */
        Sunset: string;
        /**
         * @description How many seconds to wait before retrying (RFC 9110 section 10.2.3; LDS-00-R17).
         * @example 30
         */
        RetryAfter: string;
        /**
         * @description The Bearer challenge (RFC 6750 section 3), with error="invalid_token" when the request presented a token that is not valid (LDS-00-R14).
         * @example Bearer error="invalid_token"
         */
        WwwAuthenticate: string;
        /**
         * @description The methods the path supports (RFC 9110 section 10.2.1; LDS-00-R13).
         * @example GET
         */
        Allow: string;
        /** @description Lets browser-based tools read the OpenAPI document (LDS-00-R22). */
        AccessControlAllowOrigin: "*";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform's API information. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Northmoor Shared Care Record Platform",
                     *       "api_version": "1.4.0",
                     *       "base_url": "https://api.northmoor.example/lds/v1",
                     *       "environment": "sandbox",
                     *       "standards": [
                     *         {
                     *           "id": "LDS-00",
                     *           "version": "1.0.0"
                     *         },
                     *         {
                     *           "id": "LDS-01",
                     *           "version": "1.0.0"
                     *         }
                     *       ],
                     *       "openapi_url": "https://api.northmoor.example/lds/v1/openapi.json",
                     *       "token_url": "https://auth.northmoor.example/oauth2/token"
                     *     }
                     */
                    "application/json": components["schemas"]["api-info.schema"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform's OpenAPI document. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform is serving LDS requests, normally (pass) or degraded (warn). */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "pass",
                     *       "checked_at": "2025-04-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["health.schema"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
}

/** The operations that need no access token (`security: []`), as `method path`. */
export const openOperations: readonly string[] = [
  "get /",
  "get /openapi.json",
  "get /health",
];

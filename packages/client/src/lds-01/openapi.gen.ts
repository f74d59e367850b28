/* eslint-disable */
// Generated from standards/lds-01-identifiers/1/openapi.yaml by @lds/client (src/generate). Do not edit: change the document and run `pnpm --filter @lds/client generate`.

export interface paths {
    "/identifiers/$validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate and canonicalise a batch of identifiers
         * @description Validates each submitted identifier against the rule of its system (LDS-01-R04 to LDS-01-R12) and returns one result per identifier, in the order submitted (LDS-01-R14). Invalid identifiers and unknown systems are results, not request errors (LDS-01-R15, LDS-01-R16). The results depend only on the submitted identifiers, never on data the platform holds (LDS-01-R17). LDS-01 is a personal-data standard, so the operation needs a bearer token (LDS-00-R14).
         */
        post: operations["validateIdentifiers"];
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
        /**
         * Identifier to validate
         * @description A system and a value, as received; neither is checked here beyond its type and length.
         */
        item: {
            /** @description The identifier system, as a client would send it in any LDS request. */
            system: string;
            /** @description The value, in any form. */
            value: string;
        };
        /**
         * Identifier validation request
         * @description The body of POST /identifiers/$validate (validateIdentifiers): between 1 and 1000 identifiers to validate. Each item only has to be well formed; an item whose value is not a valid identifier, or whose system is unknown, gets an invalid result rather than failing the request (LDS-01-R14, LDS-01-R15).
         */
        "validation-request.schema": {
            /** @description The identifiers to validate, in the order the results are to be returned. */
            identifiers: components["schemas"]["item"][];
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
         * Identifier error
         * @description One reason an identifier is invalid.
         */
        "$defs-error": {
            /**
             * @description unknown-system when the system is not one LDS-01 defines (LDS-01-R16); otherwise the invalid-<format> code of the system (Table 1 of LDS-01). invalid-gss-local-authority never occurs here: it is reported only in request validation, where a field requires a local authority (LDS-01-R10).
             * @enum {unknown}
             */
            code: "invalid-nhs-number" | "invalid-upn" | "invalid-nino" | "invalid-postcode" | "invalid-uprn" | "invalid-usrn" | "invalid-gss" | "invalid-ods" | "invalid-dfe-urn" | "unknown-system";
            /** @description A human-readable explanation, for people, not programs. */
            message: string;
        };
        /**
         * Identifier warning
         * @description An observation about a valid or invalid identifier that does not change its validity.
         */
        warning: {
            /** @description postcode-not-strict (LDS-01-R08) or a platform-defined code (LDS-01-R18). */
            code: string;
            /** @description A human-readable explanation. */
            message: string;
        };
        /**
         * Identifier validation result
         * @description The outcome of validating one identifier (LDS-01-R14): the system and value as submitted, whether the value is valid in that system, its canonical form when it is, and why not when it is not. A valid result has a canonical form and no errors; an invalid one has at least one error and no canonical form.
         */
        "validation-result.schema": {
            /** @description The system exactly as submitted. */
            system: string;
            /** @description The value exactly as submitted, not canonicalised. */
            value: string;
            /** @description True when the system is one LDS-01 defines and the value is valid in it. */
            valid: boolean;
            /** @description Valid results only: the canonical form of the value (LDS-01-R02). */
            canonical?: string;
            /** @description Why the identifier is invalid; empty when it is valid. */
            errors: components["schemas"]["$defs-error"][];
            /** @description Observations that do not make the identifier invalid, e.g. postcode-not-strict (LDS-01-R08). Omitted when there are none. */
            warnings?: components["schemas"]["warning"][];
        };
        /**
         * Identifier validation response
         * @description The 200 response of POST /identifiers/$validate (validateIdentifiers): one result per submitted identifier, in the order submitted (LDS-01-R14).
         */
        "validation-response.schema": {
            /** @description results[i] is the result for identifiers[i] of the request. */
            results: components["schemas"]["validation-result.schema"][];
        };
    };
    responses: {
        /** @description validation-failed (LDS-00-R09): the body does not validate against validation-request.schema.json, for example no identifiers, more than 1000, or an item that is not a `{system, value}` object of non-empty strings (LDS-01-R15). Nothing is validated. An invalid identifier is never a reason for this response. */
        ValidationFailed: {
            headers: {
                "API-Version": components["headers"]["ApiVersion"];
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
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description The platform's API version, equal to ApiInfo.api_version, on every response (LDS-00-R24).
         * @example 1.4.0
         */
        ApiVersion: string;
        /**
         * @description The Bearer challenge (RFC 6750 section 3), with error="invalid_token" when the request presented a token that is not valid (LDS-00-R14).
         * @example Bearer error="invalid_token"
         */
        WwwAuthenticate: string;
        /**
         * @description How many seconds to wait before retrying (RFC 9110 section 10.2.3; LDS-00-R17).
         * @example 30
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    validateIdentifiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["validation-request.schema"];
            };
        };
        responses: {
            /** @description One result per submitted identifier, in the same order. */
            200: {
                headers: {
                    "API-Version": components["headers"]["ApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["validation-response.schema"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorised"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
}

/** The operations that need no access token (`security: []`), as `method path`. */
export const openOperations: readonly string[] = [];

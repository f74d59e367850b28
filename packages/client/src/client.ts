import createClient, { type HeadersOptions, mergeHeaders } from "openapi-fetch";
import { withBearer } from "./bearer.ts";
import type { TokenSource } from "./client-credentials.ts";
import { LdsTransportError } from "./errors.ts";
import { type Fetch, transportFetch } from "./fetch.ts";
import type { LdsCollect, LdsMethod, LdsPages, PathsObject } from "./methods.ts";
import { baseUrlOf, openOperationTest } from "./open-operations.ts";
import { collect, pages } from "./pagination.ts";
import { type LdsResult, readResult, toResult } from "./result.ts";
import { type RetryOptions, withRetry } from "./retry.ts";
import { validationMiddleware } from "./validation.ts";

export interface LdsClientOptions {
  /** The platform's base URL, ending in `/v{major}` (LDS-00): `https://api.northmoor.example/lds/v1`. */
  readonly baseUrl: string;
  /** Where access tokens come from, such as `clientCredentials(…)`; without it no request carries a token. */
  readonly auth?: TokenSource;
  /** How requests are sent; `globalThis.fetch` when absent. */
  readonly fetch?: Fetch;
  /** Retries after 429 and 503 (see RetryOptions); `false` sends every request once. */
  readonly retry?: RetryOptions | false;
  /** Check each request against its operation with the LDS validators before sending it. */
  readonly validate?: boolean;
  /** Headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a standard's entry point tells the shared client. */
export interface StandardApi {
  /** `LDS-05`. */
  readonly id: string;
  /** The operations called without a token, as `method path` (from the generated `openOperations`). */
  readonly openOperations: readonly string[];
}

/** A client for one standard's API: typed from its OpenAPI document, every HTTP error a problem result. */
export interface LdsClient<Paths extends PathsObject<Paths>> {
  readonly GET: LdsMethod<Paths, "get">;
  readonly POST: LdsMethod<Paths, "post">;
  readonly PUT: LdsMethod<Paths, "put">;
  readonly PATCH: LdsMethod<Paths, "patch">;
  readonly DELETE: LdsMethod<Paths, "delete">;
  /** The pages of a collection operation, as an async iterator that follows `links.next`. */
  readonly pages: LdsPages<Paths>;
  /** Every item of a collection, following `links.next`, or the first problem. */
  readonly collect: LdsCollect<Paths>;
}

type Init = Record<string, unknown> & { headers?: HeadersOptions; body?: unknown; signal?: AbortSignal };

/**
 * What a request threw: ours and the caller's abort reason as they are, anything else (a success body that is not
 * JSON, for one) as LdsTransportError.
 */
function rethrow(error: unknown, signal: AbortSignal | undefined): never {
  if (error instanceof LdsTransportError || (signal?.aborted && error === signal.reason)) throw error;
  throw new LdsTransportError(`the response could not be read: ${String(error)}`, { cause: error });
}

/**
 * The shared core of every standard's client. Requests go through openapi-fetch (typed paths, parameters and
 * bodies), then, innermost last: retries after 429/503 (`withRetry`), the bearer token (`withBearer`), and the
 * injected fetch.
 */
export function createLdsClient<Paths extends PathsObject<Paths>>(
  standard: StandardApi,
  options: LdsClientOptions,
): LdsClient<Paths> {
  const base = baseUrlOf(options.baseUrl);
  const network = transportFetch(options.fetch);
  const isOpen = openOperationTest(standard.openOperations, base);
  const authorised = options.auth
    ? withBearer(network, {
        tokens: options.auth,
        tokenFetch: network,
        needsToken: (request) => base.contains(new URL(request.url)) && !isOpen(request),
      })
    : network;
  const transport = options.retry === false ? authorised : withRetry(authorised, options.retry);
  const headers = { accept: "application/json, application/problem+json", ...options.headers };
  const client = createClient<Paths>({ baseUrl: options.baseUrl, fetch: transport, headers });
  if (options.validate) client.use(validationMiddleware(standard.id));

  /** The request's own headers, with its idempotency key. */
  const requestHeaders = (init: Init) =>
    mergeHeaders(
      init.headers,
      typeof init.idempotencyKey === "string" ? { "idempotency-key": init.idempotencyKey } : {},
    );

  const send = async (method: string, url: string, init: Init = {}): Promise<LdsResult<unknown>> => {
    const { idempotencyKey: _, ...rest } = init;
    try {
      const outcome = await client.request(
        method.toLowerCase() as "get",
        url as never,
        {
          ...rest,
          headers: requestHeaders(init),
        } as never,
      );
      return toResult(outcome);
    } catch (error) {
      rethrow(error, init.signal);
    }
  };

  /** A page link, sent as the first page was (LDS-00: a POST link is followed with the same body). */
  const link = async (method: string, url: string, init: Init) => {
    const linkHeaders = mergeHeaders(headers, requestHeaders(init));
    if (init.body !== undefined) linkHeaders.set("content-type", "application/json");
    const request = new Request(url, {
      method,
      headers: linkHeaders,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      ...(init.signal ? { signal: init.signal } : {}),
    });
    try {
      return await readResult(await transport(request));
    } catch (error) {
      rethrow(error, init.signal);
    }
  };

  const walk = (method: string, url: string, init: Init = {}) =>
    pages(base, { first: () => send(method, url, init), link: (next) => link(method, next, init) });

  const methods = Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [
      method,
      (url: string, init?: Init) => send(method, url, init),
    ]),
  );
  return {
    ...methods,
    pages: walk,
    collect: (method: string, url: string, init?: Init) => collect(walk(method, url, init)),
  } as unknown as LdsClient<Paths>;
}

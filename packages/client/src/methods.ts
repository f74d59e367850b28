import type { Client, ClientPathsWithMethod, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { LdsResult } from "./result.ts";

/** The HTTP methods of an OpenAPI path item, as openapi-typescript writes them. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The shape openapi-typescript gives `paths`: every method of every path, present or `never`. */
export type PathsObject<Paths> = { [Path in keyof Paths]: { [Method in HttpMethod]?: Record<string, unknown> } };

/** What a request may add to openapi-fetch's options. */
export interface LdsRequestOptions {
  /**
   * Makes a POST or PATCH safe to retry after 429 or 503: sent as `Idempotency-Key`. Give a new key for each
   * distinct write, and use it only with a platform that honours it.
   */
  readonly idempotencyKey?: string;
}

type RequiredKeysOf<T> = { [K in keyof T]-?: Record<string, never> extends Pick<T, K> ? never : K }[keyof T];

/** The options argument: optional when nothing in it is required (as openapi-fetch has it). */
export type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & LdsRequestOptions & { [key: string]: unknown })?]
    : [Init & LdsRequestOptions & { [key: string]: unknown }];

/** The parsed body of an operation's success response. */
export type SuccessData<Operation extends Record<string | number, unknown>, Init> = Extract<
  FetchResponse<Operation, Init, `${string}/${string}`>,
  { data: unknown }
>["data"];

/** One HTTP method of a typed client: the path and options typed from the OpenAPI document, the result an LdsResult. */
export type LdsMethod<Paths extends PathsObject<Paths>, Method extends HttpMethod> = <
  Path extends ClientPathsWithMethod<Client<Paths>, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<LdsResult<SuccessData<NonNullable<Paths[Path][Method]>, Init>>>;

/** A page of a collection (LDS-00-R18): its items, and the link to the next page when there is one. */
export interface PageLike {
  readonly items: readonly unknown[];
  readonly links: { readonly next?: string };
}

/** The paths whose operation, with this method, answers with a page. */
export type PagedPath<Paths extends PathsObject<Paths>, Method extends "get" | "post"> = {
  [Path in ClientPathsWithMethod<Client<Paths>, Method>]: SuccessData<
    NonNullable<Paths[Path][Method]>,
    Record<string, never>
  > extends PageLike
    ? Path
    : never;
}[ClientPathsWithMethod<Client<Paths>, Method>];

/** Walks a collection page by page, following the `next` links (LDS-00-R19). */
export type LdsPages<Paths extends PathsObject<Paths>> = <
  Method extends "GET" | "POST",
  Path extends PagedPath<Paths, Lowercase<Method>>,
  Init extends MaybeOptionalInit<Paths[Path], Lowercase<Method>>,
>(
  method: Method,
  url: Path,
  ...init: InitParam<Init>
) => AsyncGenerator<LdsResult<SuccessData<NonNullable<Paths[Path][Lowercase<Method>]>, Init>>, void, undefined>;

/** The items of a page type. */
export type ItemsOf<Page> = Page extends PageLike ? Page["items"] : never;

/** Every item of a collection, or the first problem met on the way. */
export type LdsCollect<Paths extends PathsObject<Paths>> = <
  Method extends "GET" | "POST",
  Path extends PagedPath<Paths, Lowercase<Method>>,
  Init extends MaybeOptionalInit<Paths[Path], Lowercase<Method>>,
>(
  method: Method,
  url: Path,
  ...init: InitParam<Init>
) => Promise<LdsResult<ItemsOf<SuccessData<NonNullable<Paths[Path][Lowercase<Method>]>, Init>>>>;

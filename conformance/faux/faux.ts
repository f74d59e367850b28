import type { PlatformVariant } from "../src/embedded.ts";

/**
 * A faux platform: the reference platform deliberately broken in one way, so that the suite can be proven to
 * catch it (the OpenID Foundation suite's expected-failure self-tests). The suite must fail a faux on a check that
 * verifies `breaks`, and the reference platform must pass that check.
 */
export interface Faux extends PlatformVariant {
  /** A kebab-case name, unique among the faux platforms: what is wrong with it. */
  readonly name: string;
  /** The one requirement the faux breaks. */
  readonly breaks: string;
  /** What the faux does, in a sentence. */
  readonly description: string;
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A faux platform, its name checked. */
export function defineFaux(faux: Faux): Faux {
  if (!NAME.test(faux.name)) throw new Error(`faux platform name "${faux.name}" must be kebab-case`);
  return faux;
}

/** A response with a different body (JSON), keeping its status and headers but the length. */
export async function withJson(response: Response, change: (body: unknown) => unknown): Promise<Response> {
  const body = change(await response.json());
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

/** A response with changed headers, keeping its status and body. */
export function withHeaders(response: Response, change: (headers: Headers) => void): Response {
  const headers = new Headers(response.headers);
  change(headers);
  return new Response(response.body, { status: response.status, headers });
}

/** The path of a request under the platform's base path: `/v1/health` → `/health`. */
export const pathOf = (request: Request, basePath = "/v1") =>
  new URL(request.url).pathname.replace(new RegExp(`^${basePath}`), "") || "/";

/**
 * A request that produced no HTTP response to return: the network failed, the response was not what HTTP or LDS-00
 * allows (a success body that is not JSON, a page link off the base URL), or the client was misused. HTTP errors are
 * never thrown: they are problem results.
 */
export class LdsTransportError extends Error {
  override name = "LdsTransportError";
}

/** The token endpoint refused to issue an access token (RFC 6749 section 5.2). */
export class TokenRequestError extends Error {
  override name = "TokenRequestError";
  /** The token endpoint's HTTP status. */
  readonly status: number;
  /** The OAuth error code, such as `invalid_client`, when the endpoint gave one. */
  readonly error: string | undefined;

  constructor(status: number, error: string | undefined, description: string | undefined) {
    super(`the token endpoint answered ${status}${error ? ` ${error}` : ""}${description ? `: ${description}` : ""}`);
    this.status = status;
    this.error = error;
  }
}

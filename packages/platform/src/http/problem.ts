/** The URI of an LDS problem type: `https://standards.lds.example/problems/{code}` (LDS-00). */
export const problemType = (code: string) => `https://standards.lds.example/problems/${code}`;

/**
 * An LDS problem the request ends in (RFC 9457): thrown anywhere while handling a request, answered as
 * `application/problem+json` with the status and code given. `extensions` are the problem type's own members.
 */
export class ProblemError extends Error {
  override name = "ProblemError";
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    detail?: string,
    extensions: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(detail ?? code);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.extensions = extensions;
    this.headers = headers;
  }
}

/** A validation error inside a 400 or 422 problem (LDS-00 `errors[]`). */
export interface ProblemErrorItem {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

export const validationFailed = (errors: readonly ProblemErrorItem[], detail?: string) =>
  new ProblemError(422, "validation-failed", detail ?? `The request body has ${errors.length} error(s).`, { errors });

export const badRequest = (detail: string, errors?: readonly ProblemErrorItem[]) =>
  new ProblemError(400, "bad-request", detail, errors?.length ? { errors } : {});

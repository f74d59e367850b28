import type { RecordedExchange } from "../transport/exchange.ts";

/** What an assertion records when it does not hold. */
export interface FailureDetail {
  readonly message: string;
  readonly expected?: unknown;
  readonly observed?: unknown;
  readonly exchange?: RecordedExchange;
}

/** The platform did not do what a requirement says: the check's finding (fail, warn or info by its level). */
export class CheckFailure extends Error {
  override name = "CheckFailure";
  readonly detail: FailureDetail;
  constructor(detail: FailureDetail, options?: ErrorOptions) {
    super(detail.message, options);
    this.detail = detail;
  }
}

/** The check cannot apply to this platform: thrown by `context.skip(reason)`. */
export class CheckSkipped extends Error {
  override name = "CheckSkipped";
}

/** The suite could not obtain a token for a declared client (a declaration or token endpoint fault). */
export class TokenError extends Error {
  override name = "TokenError";
}

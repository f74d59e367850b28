import { LdsTransportError } from "./errors.ts";
import { type Problem, problemOf } from "./problem.ts";

/** A successful response: its parsed body. */
export interface LdsSuccess<T> {
  readonly ok: true;
  readonly data: T;
  readonly response: Response;
}

/** An HTTP error: the LDS problem it carried, or one made from its status when it carried none (LDS-00-R06). */
export interface LdsFailure {
  readonly ok: false;
  readonly problem: Problem;
  readonly response: Response;
}

/** The outcome of an LDS request: HTTP errors are results, never thrown. */
export type LdsResult<T> = LdsSuccess<T> | LdsFailure;

/** What openapi-fetch returns: data for a 2xx, the parsed error body otherwise. */
export interface FetchOutcome {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** An openapi-fetch outcome as an LDS result. */
export function toResult<T>(outcome: FetchOutcome): LdsResult<T> {
  const { response } = outcome;
  if (response.ok) return { ok: true, data: outcome.data as T, response };
  return { ok: false, problem: problemOf(response, outcome.error), response };
}

/** Reads a response the client fetched itself (a page link) as openapi-fetch would, then as an LDS result. */
export async function readResult<T>(response: Response): Promise<LdsResult<T>> {
  const text = response.status === 204 ? "" : await response.text();
  if (response.ok) {
    try {
      return { ok: true, data: (text ? JSON.parse(text) : undefined) as T, response };
    } catch (cause) {
      throw new LdsTransportError(`the ${response.status} response from ${response.url} is not JSON`, { cause });
    }
  }
  let error: unknown = text;
  try {
    error = JSON.parse(text);
  } catch {
    // a body that is not JSON is described by its status alone
  }
  return toResult({ error, response });
}

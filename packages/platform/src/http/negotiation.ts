import { ProblemError } from "./problem.ts";

/** Media ranges an LDS response can satisfy (LDS-00-R03). */
const ACCEPTABLE = /(^|,)\s*(\*\/\*|application\/\*|application\/json|application\/problem\+json)\s*(;|,|$)/i;

/** 406 unless `Accept` is absent or admits `application/json` or `application/problem+json` (LDS-00-R03). */
export function checkAccept(headers: Headers): void {
  const accept = headers.get("accept");
  if (accept && !ACCEPTABLE.test(accept)) {
    throw new ProblemError(406, "not-acceptable", "LDS responses are application/json or application/problem+json.");
  }
}

/** 415 unless a request body is JSON (LDS-00-R03). */
export function checkContentType(headers: Headers): void {
  const type = (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) {
    throw new ProblemError(415, "unsupported-media-type", "Send the request body as application/json.");
  }
}

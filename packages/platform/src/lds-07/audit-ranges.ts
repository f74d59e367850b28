import { badRequest, ProblemError } from "../http/problem.ts";

/**
 * An RFC 3339 UTC date-time as a string that sorts in time order: the date and time with `T`, then the fraction of
 * a second padded to nanoseconds. Exact for any number of fraction digits, which `Date.parse` (milliseconds) is not.
 */
function instantKey(dateTime: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.(\d+))?[Zz]$/.exec(dateTime);
  if (!match) return dateTime;
  const [, date, time, fraction = ""] = match;
  return `${date}T${time}.${fraction.padEnd(9, "0").slice(0, 9)}`;
}

/**
 * A search, export or report body whose range is empty by construction is 422 `audit-range-invalid` (LDS-07-R25):
 * `recorded_to` not later than `recorded_from`, or `sequence_to` below `sequence_from`.
 */
export function checkBodyRanges(body: {
  readonly recorded_from?: string;
  readonly recorded_to?: string;
  readonly sequence_from?: number;
  readonly sequence_to?: number;
}): void {
  const { recorded_from: from, recorded_to: to } = body;
  if (from !== undefined && to !== undefined && instantKey(to) <= instantKey(from)) {
    throw new ProblemError(422, "audit-range-invalid", "recorded_to must be later than recorded_from.");
  }
  const { sequence_from: first, sequence_to: last } = body;
  if (first !== undefined && last !== undefined && last < first) {
    throw new ProblemError(422, "audit-range-invalid", "sequence_to must not be below sequence_from.");
  }
}

/** `sequence_to` below `sequence_from` in listAuditChainLinks' query is 400 `bad-request` at /sequence_to (R25). */
export function checkLinkRange(from: number, to: number | undefined): void {
  if (to !== undefined && to < from) {
    throw badRequest("sequence_to must not be below sequence_from.", [
      { pointer: "/sequence_to", code: "out-of-range", message: `sequence_to must be at least ${from}` },
    ]);
  }
}

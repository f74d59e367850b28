/**
 * The two request headers every audited operation accepts (LDS-07 section 5): W3C Trace Context `traceparent`, whose
 * trace-id becomes the event's `trace_id` (LDS-07-R07), and `LDS-User-Ref`, the requester's pseudonymous staff
 * reference, recorded as `requester.user_ref` (LDS-07-R08).
 */

/** `version-trace_id-parent_id-flags`, lower-case hex (W3C Trace Context section 3.2); later versions may append. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/**
 * The trace-id of a valid `traceparent` header, or undefined when there is none or it is invalid: version `ff`, an
 * all-zero trace-id or parent-id, or anything after the flags in a version 00 header (W3C Trace Context 3.2.2).
 */
export function traceIdOf(headers: Headers): string | undefined {
  const match = TRACEPARENT.exec(headers.get("traceparent")?.trim() ?? "");
  if (!match) return undefined;
  const [, version, traceId, parentId, , rest] = match;
  if (version === "ff" || (version === "00" && rest !== undefined)) return undefined;
  if (/^0+$/.test(traceId!) || /^0+$/.test(parentId!)) return undefined;
  return traceId;
}

/** 1 to 200 visible ASCII characters (0x21 to 0x7E). */
const USER_REF = /^[!-~]{1,200}$/;

/** The `LDS-User-Ref` header when it is 1 to 200 visible ASCII characters; otherwise undefined (LDS-07-R08). */
export function userRefOf(headers: Headers): string | undefined {
  const value = headers.get("lds-user-ref");
  return value !== null && USER_REF.test(value) ? value : undefined;
}

/**
 * How long a `Retry-After` header asks the client to wait, in milliseconds (RFC 9110 section 10.2.3): delay-seconds
 * (what LDS-00-R17 requires) or an HTTP-date. Undefined when the header is absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Methods that RFC 9110 section 9.2.2 makes idempotent: the only ones the suite ever retries. */
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** Statuses that say "try again later". */
const RETRYABLE_STATUS = new Set([429, 503]);

export const isIdempotent = (method: string) => IDEMPOTENT.has(method.toUpperCase());

export const isRetryableStatus = (status: number) => RETRYABLE_STATUS.has(status);

/**
 * How long Retry-After asks to wait, in milliseconds (delay-seconds or an HTTP-date), capped at `maxMs`;
 * `fallbackMs` when the header is absent or unreadable.
 */
export function retryDelay(header: string | undefined, fallbackMs: number, maxMs: number, now = Date.now()): number {
  let ms = fallbackMs;
  if (header !== undefined) {
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
    else {
      const date = Date.parse(trimmed);
      if (!Number.isNaN(date)) ms = Math.max(0, date - now);
    }
  }
  return Math.min(Math.max(ms, 0), maxMs);
}

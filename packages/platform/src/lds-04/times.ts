/**
 * Times as LDS-04 stores and compares them. Every timestamp it writes is `toISOString()` (UTC, milliseconds, `Z`), and
 * a stored ordering key is a time in that one form, so that text order is time order whatever form a seeded record
 * gave (`…:00Z` and `…:00.000Z` are the same moment).
 */
export const orderable = (time: string) => new Date(time).toISOString();

/**
 * The time to record an event at: now, but never earlier than the event before it, whatever the clock says, so that a
 * history's recorded times never go backwards (LDS-04-R06).
 */
export const notBefore = (now: Date, previous: string) =>
  new Date(Math.max(now.getTime(), Date.parse(previous))).toISOString();

import { defineFaux } from "../faux.ts";

/** Logs only what it performs: a request it refuses with 403 is answered but never recorded in the audit chain. */
export const omitsAuditEventForDenials = defineFaux({
  name: "omits-audit-event-for-denials",
  breaks: "LDS-07-R01",
  description: "records no audit event for requests it refuses with 403",
  wrap: (fetch, platform) => {
    const trail = platform.context.audit as unknown as {
      record: (tx: unknown, entry: { status: number }) => Promise<void>;
    };
    const record = trail.record.bind(trail);
    trail.record = async (tx, entry) => (entry.status === 403 ? undefined : record(tx, entry));
    return fetch;
  },
});

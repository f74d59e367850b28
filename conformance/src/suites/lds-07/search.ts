import type { AuditEvent } from "@lds/types/lds-07";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { auditorDeclared, auditorOf, newTraceId, readChain, searchAll, searchPage } from "./audit-trail.ts";
import { FILTER_MEMBERS, filterFrom, matches } from "./event-filter.ts";

/**
 * Search soundness and completeness (LDS-07-R15): the auditor walks every event up to the chain's length, then
 * searches with filters drawn from the values of those events (and with a trace id no event has). Walking all pages
 * of each search returns exactly the events of the full walk that satisfy the filters, in the same order.
 */
export const search = defineCheck({
  id: "lds-07/search",
  title: "A search returns exactly the matching events, in sequence order",
  standard: "LDS-07",
  requirements: ["LDS-07-R15"],
  preconditions: [auditorDeclared],
  async run(context) {
    const auditor = await context.token(auditorOf(context));
    // An audited request of its own, so that the chain is not empty.
    await searchPage(context, auditor, { sequence_to: 1 }, 1, 1);
    const chain = await readChain(context, auditor);
    context.expect(chain.status, "status of GET /audit-chain (auditor)").toBe(200);
    const length = (chain.json as { length: number }).length;
    const all = await searchAll(context, auditor, { sequence_to: length }, `sequence_to ${length}`);
    context
      .expect(
        all.map((event) => event.sequence),
        `sequences of every event up to the chain length ${length}`,
      )
      .toEqual(Array.from({ length }, (_, index) => index + 1));
    const event = fc.nat(all.length - 1).map((index) => all[index] as AuditEvent);
    const arbitrary = fc.record({
      source: event,
      other: event,
      members: fc.subarray([...FILTER_MEMBERS], { minLength: 1, maxLength: 3 }),
      absent: fc.boolean(),
    });
    await context.property(
      "search-filters",
      arbitrary,
      async ({ source, other, members, absent }) => {
        const filter = { ...filterFrom(source, other, members, length), ...(absent ? { trace_id: newTraceId() } : {}) };
        const what = JSON.stringify(filter);
        const found = await searchAll(context, auditor, filter, what);
        context
          .expect(
            found.map((item) => item.id),
            `ids, in order, of the events POST /audit-events/$search returns for ${what}`,
          )
          .toEqual(all.filter((candidate) => matches(candidate, filter)).map((candidate) => candidate.id));
        return true;
      },
      { numRuns: Math.min(context.runs, 15) },
    );
  },
});

import type { AuditEvent } from "@lds/types/lds-07";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { describeCase } from "../lds-06/cases.ts";
import { permittedCases } from "../lds-06/permitted.ts";
import { covers, pointerCodeList, valuePointers } from "../lds-06/pointers.ts";
import { sendRecordAccess } from "../lds-06/record-access.ts";
import { auditorDeclared, eventsWithTrace } from "./audit-trail.ts";

/** A data item as `disclosed` lists it. */
interface DataItem {
  readonly record_type: string;
  readonly pointer: string;
}

const key = (item: DataItem) => `${item.record_type} ${item.pointer}`;

/**
 * Disclosed data items (LDS-07-R06): for permitted record access requests with random `fields` (and none), the
 * event's `disclosed` is exactly the applied agreement version's data items of the record type that cover the data
 * item pointer of at least one value in the returned record, each once; for the same request by an organisation that
 * is not a party (refused), `disclosed` is absent.
 */
export const disclosed = defineCheck({
  id: "lds-07/disclosed",
  title: "The audit event lists exactly the agreement data items the response disclosed",
  standard: "LDS-07",
  requirements: ["LDS-07-R06"],
  preconditions: [claims("LDS-06"), claims("LDS-05"), auditorDeclared],
  async run(context) {
    const cases = await permittedCases(context);
    if (!cases.length) return context.skip("no persona agreement in force gives a test requester a persona's record");
    const arbitrary = fc.record({
      pick: fc.constantFrom(...cases),
      fields: fc.option(fc.uniqueArray(fc.nat(500), { minLength: 1, maxLength: 4 }), { freq: 2 }),
    });
    await context.property(
      "disclosed-items",
      arbitrary,
      async ({ pick, fields: indices }) => {
        const codeList = pointerCodeList(context, pick.body.record_type);
        const fields = indices
          ? [...new Set(indices.map((index) => codeList.pointers[index % codeList.pointers.length]!))]
          : undefined;
        const request = { ...pick, body: { ...pick.body, ...(fields ? { fields } : {}) } };
        const what = describeCase(request);
        const { response, traceId } = await sendRecordAccess(context, request.requester, request.body);
        context.expect(response.status, `status of ${what}`).toBe(200);
        const record = (response.json as { record?: unknown }).record;
        const held = record === undefined ? [] : valuePointers(record, codeList);
        const expected = (pick.applied.terms.data_items ?? []).filter(
          (item) => item.record_type === pick.body.record_type && held.some((pointer) => covers(item.pointer, pointer)),
        );
        const events = await eventsWithTrace(context, traceId);
        context.expect(events.length, `number of audit events with the trace id of ${what}`).toBe(1);
        const event = events[0] as AuditEvent;
        const listed = (event.disclosed ?? []) as DataItem[];
        context
          .expect(listed.map(key).sort(), `disclosed of the audit event of ${what}`)
          .toEqual([...new Set(expected.map(key))].sort());
        context
          .expect(listed.length, `number of entries of disclosed of the audit event of ${what} (each item once)`)
          .toBe(new Set(listed.map(key)).size);
        if (!expected.length)
          context.expect(event.disclosed, `disclosed of the audit event of ${what}`).toBe(undefined);
        if (pick.outsider) {
          const refused = { ...request, requester: pick.outsider };
          const denied = await sendRecordAccess(context, refused.requester, refused.body);
          const [deniedEvent] = await eventsWithTrace(context, denied.traceId);
          context
            .expect(
              deniedEvent?.disclosed,
              `disclosed of the audit event of ${describeCase(refused)} (answered ${denied.response.status})`,
            )
            .toBe(undefined);
        }
        return true;
      },
      { numRuns: Math.min(context.runs, 10) },
    );
  },
});

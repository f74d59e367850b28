import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { describeCase } from "./cases.ts";
import type { AccessCase } from "./decision-model.ts";
import { permittedCases } from "./permitted.ts";
import { covers, type Mark, pointerCodeList, valuePointers } from "./pointers.ts";
import { sendRecordAccess } from "./record-access.ts";
import { expectedConditions, openGates, releasePlan } from "./release.ts";
import { groundsOf, organisationIdentifier, REQUESTERS, recipientParty } from "./sandbox.ts";

const byPointer = (a: { pointer: string }, b: { pointer: string }) => a.pointer.localeCompare(b.pointer);

/**
 * Minimisation, redactions and provenance of permitted requests (LDS-06-R13 to R16, R18 to R21): for random `fields`
 * (and none), with and without break-glass, the record holds values only at released pointers, the redactions are
 * exactly those computed from the request, the agreement and the requester's conditions, provenance states what
 * was evaluated, and repeating the request gives the same record and redactions.
 */
export const minimisation = defineCheck({
  id: "lds-06/minimisation",
  title: "A permitted request gets the minimised record, its redactions and its provenance",
  standard: "LDS-06",
  requirements: [
    "LDS-06-R13",
    "LDS-06-R14",
    "LDS-06-R15",
    "LDS-06-R16",
    "LDS-06-R18",
    "LDS-06-R19",
    "LDS-06-R20",
    "LDS-06-R21",
  ],
  preconditions: [claims("LDS-05")],
  async run(context) {
    const cases = await permittedCases(context);
    if (!cases.length) return context.skip("no persona agreement in force gives a test requester a persona's record");
    const breakGlassRequester = REQUESTERS.find((org) =>
      context.declaration.clients[org]?.scopes.includes("lds-06:break-glass"),
    );
    const arbitrary = fc.record({
      pick: fc.constantFrom(...cases),
      fields: fc.option(fc.uniqueArray(fc.nat(500), { minLength: 1, maxLength: 5 }), { freq: 2 }),
      breakGlass: fc.boolean(),
      spaced: fc.boolean(),
    });
    await context.property(
      "permitted-requests",
      arbitrary,
      async ({ pick, fields: indices, breakGlass: wanted, spaced }) => {
        const codeList = pointerCodeList(context, pick.body.record_type);
        const fields = indices
          ? [...new Set(indices.map((index) => codeList.pointers[index % codeList.pointers.length]!))]
          : undefined;
        const breakGlass =
          wanted &&
          pick.requester === breakGlassRequester &&
          pick.body.purpose_class === "safeguarding" &&
          pick.body.lawful_basis !== "art6-1-a";
        const digits = pick.body.subject.value;
        const subject =
          spaced && /^\d{10}$/.test(digits)
            ? {
                system: pick.body.subject.system,
                value: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
              }
            : pick.body.subject;
        const request: AccessCase = {
          requester: pick.requester,
          breakGlassScope: breakGlass,
          body: {
            ...pick.body,
            subject,
            ...(fields ? { fields } : {}),
            ...(breakGlass
              ? { break_glass: { justification: "A child is missing tonight and at risk of harm." } }
              : {}),
          },
        };
        const what = describeCase(request);
        const first = await sendRecordAccess(context, request.requester, request.body);
        context.expect(first.response.status, `status of ${what}`).toBe(200);
        context.expect(first.response.json, `body of ${what}`).toBeValid("lds-06/record-access-response");
        const body = first.response.json as {
          subject: { system: string; value: string };
          record: Record<string, unknown>;
          redactions: { pointer: string; reason: string }[];
          provenance: Record<string, unknown>;
        };
        context.expect(body.record, `record of ${what}`).toBeValid(codeList.recordSchema);
        const party = recipientParty(pick.applied, organisationIdentifier(context, request.requester))!;
        const grounds = groundsOf(pick.applied, party);
        const dataItems = (pick.applied.terms.data_items ?? [])
          .filter((item) => item.record_type === request.body.record_type)
          .map((item) => item.pointer);
        const plan = releasePlan(codeList, fields, dataItems, openGates(grounds, breakGlass));
        const held = valuePointers(body.record, codeList);
        const outside = held.filter((pointer) => ![...plan.released].some((released) => covers(released, pointer)));
        context.expect(outside, `pointers of values in the record of ${what} that are not released`).toEqual([]);
        context
          .expect([...body.redactions].sort(byPointer), `redactions of ${what}`)
          .toEqual([...plan.redactions].sort(byPointer));
        const marks = new Set(
          held.map((pointer) => codeList.mark(pointer)).filter((mark): mark is Mark => mark !== undefined),
        );
        const conditions = expectedConditions(marks, grounds, breakGlass, request.body.lawful_basis);
        const provenance = body.provenance;
        context
          .expect((provenance.conditions as string[] | undefined)?.slice().sort(), `provenance.conditions of ${what}`)
          .toEqual(conditions);
        context.expect(provenance.break_glass, `provenance.break_glass of ${what}`).toBe(breakGlass);
        context.expect(provenance.record_type, `provenance.record_type of ${what}`).toBe(request.body.record_type);
        context
          .expect(provenance.purpose_class, `provenance.purpose_class of ${what}`)
          .toBe(request.body.purpose_class);
        context.expect(provenance.lawful_basis, `provenance.lawful_basis of ${what}`).toBe(request.body.lawful_basis);
        context.expect(provenance.agreement_id, `provenance.agreement_id of ${what}`).toBe(pick.applied.id);
        context
          .expect(provenance.agreement_version, `provenance.agreement_version of ${what}`)
          .toBe(pick.applied.version);
        context.expect(body.subject, `subject of ${what}`).toEqual({ system: pick.body.subject.system, value: digits });
        const generated = Date.parse(String(provenance.generated_at));
        const date = Date.parse(first.response.headers.date ?? "");
        context
          .expect(
            provenance.generated_at,
            `provenance.generated_at of ${what}, against the Date header ${first.response.headers.date}`,
          )
          .toSatisfy(
            () => Number.isFinite(date) && Math.abs(generated - date) <= 6000,
            "within 5 seconds of the Date header",
          );
        const again = await sendRecordAccess(context, request.requester, request.body);
        const repeated = again.response.json as typeof body;
        context.expect(repeated.record, `record of the same request repeated (${what})`).toEqual(body.record);
        context
          .expect(
            isDeepStrictEqual([...repeated.redactions].sort(byPointer), [...body.redactions].sort(byPointer)),
            `redactions of the same request repeated (${what})`,
          )
          .toBe(true);
        if (fields) {
          // A wider request (no fields) holds everything the narrower one does, at the same pointers.
          const { fields: _narrow, ...wider } = request.body;
          const whole = (await sendRecordAccess(context, request.requester, wider)).response.json as typeof body;
          const narrowed = valuePointers(whole.record, codeList).filter(
            (pointer) => plan.released.has(pointer) || [...plan.released].some((p) => covers(p, pointer)),
          );
          context
            .expect(held.sort(), `value pointers of ${what}, against those of the same request without fields`)
            .toEqual(narrowed.sort());
        }
        return true;
      },
      { numRuns: Math.min(context.runs, 30) },
    );
  },
});

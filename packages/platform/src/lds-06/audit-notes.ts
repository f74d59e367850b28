import type { DataItem } from "@lds/types/lds-05";
import type { RecordAccessRequest } from "@lds/types/lds-06";
import type { AuditNotes } from "../context.ts";
import { canonicalIdentifier } from "../people/people.ts";
import { covers } from "./pointers.ts";

/**
 * What the request's LDS-07 audit event records of the request itself, whatever its outcome (LDS-06-R19, R22):
 * the subject in canonical form, the purpose class, the agreement cited, the lawful basis, and break-glass with its
 * justification verbatim. Noted before any check, so that a refused request is recorded as fully as a permitted one.
 */
export function noteRequest(notes: AuditNotes, body: RecordAccessRequest): void {
  const { system, value } = canonicalIdentifier(body.subject);
  notes.subjects = [{ system, value }];
  notes.purpose = body.purpose_class;
  notes.recordType = body.record_type;
  notes.agreementId = body.agreement_id;
  notes.lawfulBasis = body.lawful_basis;
  notes.breakGlass = body.break_glass !== undefined;
  if (body.break_glass) notes.breakGlassJustification = body.break_glass.justification;
}

/**
 * What the audit event records of a disclosure (LDS-07-R06): the conditions stated in provenance, and the applied
 * version's data items of the record type that reach a value in the returned record (a data item pointer reaches the
 * values at every location whose pointer, array indices left out, it covers), each once, as the agreement lists them.
 */
export function noteDisclosure(
  notes: AuditNotes,
  conditions: readonly string[] | undefined,
  dataItems: readonly DataItem[],
  heldPointers: ReadonlySet<string>,
): void {
  if (conditions) notes.conditions = [...conditions];
  const disclosed = new Map<string, { record_type: string; pointer: string }>();
  for (const { record_type, pointer } of dataItems) {
    if ([...heldPointers].some((held) => covers(pointer, held))) disclosed.set(pointer, { record_type, pointer });
  }
  if (disclosed.size) notes.disclosed = [...disclosed.values()];
}

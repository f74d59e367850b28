import type { RecordAccessRequest, RecordAccessResponse } from "@lds/types/lds-06";
import type { OperationHandler } from "../context.ts";
import { canonicalIdentifier } from "../people/people.ts";
import { noteDisclosure, noteRequest } from "./audit-notes.ts";
import { emergencyConditions, gatesFor, provenanceConditions, recordedConditions } from "./conditions.ts";
import { evaluateDecisionOrder } from "./decision-order.ts";
import { minimiseRecord } from "./minimised-record.ts";
import { type DataMark, pointerCodeList } from "./pointer-code-list.ts";
import { NO_STORE } from "./refusal.ts";
import { releasePlan } from "./released-pointers.ts";

/**
 * `POST /records/$search` (LDS-06): the decision order (§5.2), then the record minimised to the agreement's data items
 * and the requested fields behind the special category and criminal offence gates (§5.4), with its redactions,
 * provenance (§5.6) and audit event id (§5.7).
 */
export const requestRecordAccess: OperationHandler = async (request, context) => {
  const { requester, auditEventId } = request;
  // Every disclosure is linked to its audit event (LDS-06-R22): a platform without the LDS-07 trail discloses nothing.
  if (!requester || auditEventId === undefined) {
    throw new Error("requestRecordAccess needs an authenticated requester and the LDS-07 audit trail");
  }
  const body = request.body as RecordAccessRequest;
  const at = context.now();
  noteRequest(request.audit, body);

  const permitted = await evaluateDecisionOrder(request, body, requester, at);
  const { applied, dataItems, grounds, source, held, breakGlass } = permitted;

  const codeList = pointerCodeList(context.catalogue, body.record_type);
  const recorded = recordedConditions(grounds);
  const plan = releasePlan(
    codeList,
    body.fields,
    dataItems.map((item) => item.pointer),
    gatesFor(recorded, breakGlass),
  );
  const { record, heldPointers } = minimiseRecord(held.record, codeList, plan.released);
  const marksHeld = new Set(
    [...heldPointers].map((pointer) => codeList.mark(pointer)).filter((mark): mark is DataMark => mark !== undefined),
  );
  const conditions = provenanceConditions(breakGlass ? emergencyConditions(body.lawful_basis) : recorded, marksHeld);
  noteDisclosure(request.audit, conditions, dataItems, heldPointers);

  const generatedAt = at.toISOString();
  const { system, value } = canonicalIdentifier(body.subject);
  const response: RecordAccessResponse = {
    subject: { system, value },
    record,
    redactions: [...plan.redactions],
    provenance: {
      record_type: body.record_type,
      source_organisation: source,
      purpose_class: body.purpose_class,
      agreement_id: applied.id,
      agreement_version: applied.version,
      lawful_basis: body.lawful_basis,
      ...(conditions ? { conditions } : {}),
      break_glass: breakGlass,
      generated_at: generatedAt,
      // Only a change time that is not after the read time is stated (LDS-06-R25).
      ...(held.updatedAt !== undefined && Date.parse(held.updatedAt) <= at.getTime()
        ? { source_updated_at: held.updatedAt }
        : {}),
    },
    audit_event_id: auditEventId,
  };
  return { status: 200, body: response, headers: NO_STORE };
};

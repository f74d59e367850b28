import type {
  ConsentEventInput,
  ConsentRecordInput,
  ConsentRecordSearch,
  DecisionRequest,
  ObjectionCheckRequest,
  ObjectionInput,
  ObjectionSearch,
  ObjectionWithdrawal,
} from "@lds/types/lds-04";
import type { OperationHandler, OperationRequest } from "../context.ts";
import { pageEnvelope, pageRequest } from "../http/page.ts";
import { ProblemError } from "../http/problem.ts";
import { noteSubjects } from "./audit-notes.ts";
import { appendEvent, recordConsent } from "./consent-events.ts";
import { consentRecordsOf, readConsentRecord as loadConsentRecord } from "./consent-records.ts";
import { decideAccess } from "./decision.ts";
import { bare, canonical } from "./identifiers.ts";
import { checkObjections as checkBatch } from "./objection-check.ts";
import { recordObjection, withdrawObjection as withdraw } from "./objection-events.ts";
import { readObjection as loadObjection, objectionsOf } from "./objections.ts";
import { resolveSubject } from "./subjects.ts";
import { checkMaySee, maySee } from "./visibility.ts";

// The ten LDS-04 operations, one handler each, named by operationId. Each runs inside the request's transaction and
// reads the clock once, so that everything it evaluates is evaluated at one time.

/**
 * The requester organisation, canonical (LDS-01): every LDS-04 operation needs a token, so the router has always
 * authenticated one.
 */
const organisationOf = (request: OperationRequest) => bare(canonical(request.requester!.organisation));

/** One page of a complete, ordered list, in the LDS-00 page envelope (LDS-04-R16). */
function page<T>(request: OperationRequest, items: readonly T[]) {
  const wanted = pageRequest(request.query);
  return pageEnvelope(items.slice(wanted.offset, wanted.offset + wanted.size), items.length, wanted, request.url);
}

/** `POST /consent-records`: a new consent record, 201 with its Location (LDS-04-R02, R03, R07, R08). */
export const createConsentRecord: OperationHandler = async (request, context) => {
  const input = request.body as ConsentRecordInput;
  noteSubjects(request.audit, [input.subject]);
  const version = request.operation.standard.manifest.version;
  const record = await recordConsent(request.tx, input, organisationOf(request), version, context.now());
  return { status: 201, body: record, headers: { Location: `${request.baseUrl}/consent-records/${record.id}` } };
};

/** `GET /consent-records/{id}`: the record, its whole history and its state now, to the organisations it names (R04). */
export const readConsentRecord: OperationHandler = async (request, context) => {
  const record = await loadConsentRecord(request.tx, request.params.id!, context.now());
  if (!record) throw new ProblemError(404, "not-found", "No consent record has this id.");
  checkMaySee(record, organisationOf(request));
  return { body: record };
};

/** `POST /consent-records/{id}/events`: one more event, 201 with the record, the event last (R03 to R09). */
export const appendConsentEvent: OperationHandler = async (request, context) => {
  const input = request.body as ConsentEventInput;
  const record = await appendEvent(request.tx, request.params.id!, input, organisationOf(request), context.now());
  return { status: 201, body: record };
};

/**
 * `POST /consent-records/$search`: the subject's records the requester may see, filtered by purpose class and
 * current state, ordered by created_at then id (R04, R16); an unknown subject has none (R19).
 */
export const searchConsentRecords: OperationHandler = async (request, context) => {
  const search = request.body as ConsentRecordSearch;
  noteSubjects(request.audit, [search.subject]);
  const organisation = organisationOf(request);
  const subject = await resolveSubject(request.tx, search.subject);
  const records = (await consentRecordsOf(request.tx, subject, context.now())).filter(
    (record) =>
      maySee(record, organisation) &&
      (search.purpose_class === undefined ||
        record.purposes.some((purpose) => purpose.purpose_class === search.purpose_class)) &&
      (search.state === undefined || record.state === search.state),
  );
  return { body: page(request, records) };
};

/** `POST /objections`: a new objection, active, 201 with its Location (R11 to R13). */
export const createObjection: OperationHandler = async (request, context) => {
  const input = request.body as ObjectionInput;
  noteSubjects(request.audit, [input.subject]);
  const objection = await recordObjection(request.tx, input, organisationOf(request), context.now());
  return { status: 201, body: objection, headers: { Location: `${request.baseUrl}/objections/${objection.id}` } };
};

/** `GET /objections/{id}`: any objection, active or withdrawn, to any organisation with lds-04:read (R04). */
export const readObjection: OperationHandler = async (request) => {
  const objection = await loadObjection(request.tx, request.params.id!);
  if (!objection) throw new ProblemError(404, "not-found", "No objection has this id.");
  return { body: objection };
};

/** `POST /objections/{id}/$withdraw`: the objection, now withdrawn, with its withdrawn event (R14, R15). */
export const withdrawObjection: OperationHandler = async (request, context) => {
  const withdrawal = request.body as ObjectionWithdrawal;
  const objection = await withdraw(request.tx, request.params.id!, withdrawal, organisationOf(request), context.now());
  return { body: objection };
};

/**
 * `POST /objections/$search`: every objection of the subject, or those with the given status, ordered by the set
 * event's recorded_at then id (R04, R16); an unknown subject has none (R19).
 */
export const searchObjections: OperationHandler = async (request) => {
  const search = request.body as ObjectionSearch;
  noteSubjects(request.audit, [search.subject]);
  const subject = await resolveSubject(request.tx, search.subject);
  const objections = (await objectionsOf(request.tx, [subject]))
    .map(({ objection }) => objection)
    .filter((objection) => search.status === undefined || objection.status === search.status);
  return { body: page(request, objections) };
};

/** `POST /objections/$check`: for each subject, in order, whether an active objection covers the purpose (R17, R18). */
export const checkObjections: OperationHandler = async (request, context) => {
  const batch = request.body as ObjectionCheckRequest;
  noteSubjects(request.audit, batch.subjects);
  request.audit.purpose = batch.purpose_class;
  return { body: await checkBatch(request.tx, batch, context.now()) };
};

/** `POST /decisions`: the decision procedure on one proposed use; 200 for deny as for permit (R19 to R25). */
export const decide: OperationHandler = async (request, context) => {
  const use = request.body as DecisionRequest;
  noteSubjects(request.audit, [use.subject]);
  request.audit.purpose = use.purpose_class;
  request.audit.agreement = { id: use.agreement_id, version: use.agreement_version };
  if (use.lawful_basis !== undefined) request.audit.lawfulBasis = use.lawful_basis;
  return { body: await decideAccess(request.tx, use, context.now()) };
};

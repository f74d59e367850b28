import type {
  AccessReport,
  AccessReportRequest,
  AuditChain,
  AuditEventQuery,
  ChainLink,
  FHIRR4AuditEventExportBundle,
} from "@lds/types/lds-07";
import type { OperationHandler, OperationRequest } from "../context.ts";
import { pageEnvelope, pageRequest } from "../http/page.ts";
import { ProblemError } from "../http/problem.ts";
import { canonicalIdentifier, type Identifier } from "../people/people.ts";
import { accessReportEntry } from "./access-report.ts";
import { checkBodyRanges, checkLinkRange } from "./audit-ranges.ts";
import { custodianOf, knownOrganisationName } from "./custodian.ts";
import { findEvent, searchEvents } from "./event-search.ts";
import { bundleLinks, type FhirAuditEvent, fhirAuditEvent, purposeOfUseCodes } from "./fhir-audit-event.ts";

/** Whose events the caller may see: all with lds-07:audit (LDS-07-R18), else its own organisation's (R17). */
function visibleTo(request: OperationRequest): { visibleTo?: Identifier } {
  const requester = request.requester!;
  return requester.scopes.includes("lds-07:audit") ? {} : { visibleTo: requester.organisation };
}

/** A request that names a person is about them: its event records the subject (LDS-07-R03, section 9). */
function noteSubject(request: OperationRequest, subject: Identifier | undefined): void {
  if (subject) request.audit.subjects = [{ system: subject.system, value: subject.value }];
}

/** `POST /audit-events/$search`: the visible events matching every filter, in sequence order (LDS-07-R15). */
export const searchAuditEvents: OperationHandler = async (request) => {
  const query = request.body as AuditEventQuery;
  noteSubject(request, query.subject);
  checkBodyRanges(query);
  const page = pageRequest(request.query);
  const { events, total } = await searchEvents(request.tx, { ...query, ...visibleTo(request) }, page);
  return {
    body: pageEnvelope(
      events.map((stored) => stored.event),
      total,
      page,
      request.url,
    ),
  };
};

/** `GET /audit-events/{id}`: one event exactly as recorded; 404 for one the caller may not see (LDS-07-R17). */
export const getAuditEvent: OperationHandler = async (request) => {
  const event = await findEvent(request.tx, request.params.id!, visibleTo(request).visibleTo);
  if (!event) throw new ProblemError(404, "not-found", "No audit event with this id is visible to you.");
  return { body: event };
};

/** `POST /audit-events/fhir/$search`: the same page as searchAuditEvents, as a FHIR R4 Bundle (LDS-07-R23). */
export const exportAuditEvents: OperationHandler = async (request, context) => {
  const query = request.body as AuditEventQuery;
  noteSubject(request, query.subject);
  checkBodyRanges(query);
  const page = pageRequest(request.query);
  const { events, total } = await searchEvents(request.tx, { ...query, ...visibleTo(request) }, page);
  const envelope = pageEnvelope(events, total, page, request.url);
  const custodian = custodianOf(context);
  const purposeOfUse = purposeOfUseCodes(context.catalogue);
  const resources: FhirAuditEvent[] = events.map((stored) => fhirAuditEvent(stored.event, custodian, purposeOfUse));
  const bundle: Omit<FHIRR4AuditEventExportBundle, "entry"> & {
    entry?: { fullUrl: string; resource: FhirAuditEvent }[];
  } = {
    resourceType: "Bundle",
    type: "collection",
    timestamp: context.now().toISOString(),
    link: bundleLinks(envelope.links),
    ...(resources.length
      ? { entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })) }
      : {}),
  };
  return { body: bundle };
};

/**
 * `POST /access-reports/$search`: every event about the person, by any organisation, in the period, in sequence
 * order, at organisation level (LDS-07-R20, R21), with the organisation's name where the platform knows it (R22).
 */
export const generateAccessReport: OperationHandler = async (request, context) => {
  const body = request.body as AccessReportRequest;
  noteSubject(request, body.subject);
  checkBodyRanges(body);
  const subject = canonicalIdentifier({ system: body.subject.system, value: body.subject.value });
  const { events } = await searchEvents(request.tx, {
    subject,
    ...(body.recorded_from === undefined ? {} : { recorded_from: body.recorded_from }),
    ...(body.recorded_to === undefined ? {} : { recorded_to: body.recorded_to }),
  });
  const report: AccessReport = {
    subject,
    generated_at: context.now().toISOString(),
    ...(body.recorded_from === undefined ? {} : { recorded_from: body.recorded_from }),
    ...(body.recorded_to === undefined ? {} : { recorded_to: body.recorded_to }),
    entries: events.map(({ event, requesterName }) =>
      accessReportEntry(event, requesterName ?? knownOrganisationName(context, event.requester.organisation)),
    ),
  };
  return { body: report };
};

interface HeadRow {
  length: number;
  hash: string;
  recorded_at: string | null;
}

/** The chain's length and head now. */
async function chainHead(request: OperationRequest): Promise<HeadRow> {
  const [head] = await request.tx.query<HeadRow>("SELECT length, hash, recorded_at FROM audit_chain_head WHERE id = 1");
  return head ?? { length: 0, hash: "", recorded_at: null };
}

/** `GET /audit-chain`: the custodian, the length and, once there is an event, the head (LDS-07-R14). */
export const getAuditChain: OperationHandler = async (request, context) => {
  const head = await chainHead(request);
  const chain: AuditChain = {
    custodian: custodianOf(context),
    length: head.length,
    ...(head.length > 0 && head.recorded_at !== null
      ? { head: { sequence: head.length, hash: head.hash, recorded_at: head.recorded_at } }
      : {}),
    retrieved_at: context.now().toISOString(),
  };
  return { body: chain };
};

/**
 * `GET /audit-chain/links`: sequence, prev_hash and hash of each event from `sequence_from` to the lesser of
 * `sequence_to` and the length, paged; no content, so any audit reader may have them (LDS-07-R14).
 */
export const listAuditChainLinks: OperationHandler = async (request) => {
  const from = typeof request.query.sequence_from === "number" ? request.query.sequence_from : 1;
  const to = typeof request.query.sequence_to === "number" ? request.query.sequence_to : undefined;
  checkLinkRange(from, to);
  const { length } = await chainHead(request);
  const last = Math.min(to ?? length, length);
  const page = pageRequest(request.query);
  // Sequence numbers past the head name no event (and may be past what SQL compares with an integer column).
  const [count] =
    from > last
      ? [{ total: 0 }]
      : await request.tx.query<{ total: number }>(
          "SELECT count(*)::integer AS total FROM audit_events WHERE sequence >= $1 AND sequence <= $2",
          [from, last],
        );
  const rows =
    from > last
      ? []
      : await request.tx.query<{ event: string }>(
          "SELECT event FROM audit_events WHERE sequence >= $1 AND sequence <= $2 ORDER BY sequence LIMIT $3 OFFSET $4",
          [from, last, page.size, page.offset],
        );
  const links: ChainLink[] = rows.map((row) => {
    const { sequence, prev_hash, hash } = JSON.parse(row.event) as ChainLink;
    return { sequence, prev_hash, hash };
  });
  return { body: pageEnvelope(links, count?.total ?? 0, page, request.url) };
};

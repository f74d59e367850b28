import { createHash, randomBytes } from "node:crypto";
import { canonicalize } from "@lds/canonical-json";
import type { AuditEvent } from "@lds/types/lds-07";
import type { CheckContext } from "../../engine/context.ts";
import type { HttpResponse } from "../../transport/exchange.ts";

/** A fresh random W3C Trace Context trace-id: 32 lower-case hex digits, never all zeros. */
export function newTraceId(): string {
  const id = randomBytes(16).toString("hex");
  return /^0+$/.test(id) ? newTraceId() : id;
}

/** The traceparent header carrying a trace-id (W3C Trace Context, version 00, sampled). */
export const traceparent = (traceId: string) => `00-${traceId}-${randomBytes(8).toString("hex")}-01`;

/** The declared organisation whose client holds a scope, if any (the auditor holds lds-07:audit). */
export const organisationWithScope = (context: CheckContext, scope: string) =>
  Object.entries(context.declaration.clients).find(([, client]) => client?.scopes.includes(scope))?.[0];

/** The auditor: the declared organisation whose client holds lds-07:audit. */
export function auditorOf(context: CheckContext): string {
  const auditor = organisationWithScope(context, "lds-07:audit");
  if (!auditor) throw new Error("the declaration has no client with the lds-07:audit scope");
  return auditor;
}

/** A precondition-style description of the auditor, for checks that need one. */
export const auditorDeclared = {
  description: "a declared client with the lds-07:audit scope",
  holds: (context: CheckContext) => organisationWithScope(context, "lds-07:audit") !== undefined,
};

/** The hash LDS-07-R10 defines: SHA-256 of the RFC 8785 form of the event without `hash`, lower-case hex. */
export function eventHash(event: Record<string, unknown>): string {
  const { hash: _hash, ...rest } = event;
  return createHash("sha256").update(canonicalize(rest), "utf8").digest("hex");
}

/** The genesis prev_hash of the first event (LDS-07-R11). */
export const GENESIS = "0".repeat(64);

/** POSTs a search or export body with a token, one page. */
export async function searchPage(
  context: CheckContext,
  token: string,
  body: Record<string, unknown>,
  page = 1,
  size = 100,
  path = "/audit-events/$search",
): Promise<HttpResponse> {
  const { response } = await context.http.request({
    method: "POST",
    path,
    query: { page: String(page), size: String(size) },
    headers: { authorization: `Bearer ${token}` },
    json: body,
  });
  return response;
}

/** Every event a search returns, walking all pages; fails the check when a page is not a valid audit event list. */
export async function searchAll(
  context: CheckContext,
  token: string,
  body: Record<string, unknown>,
  what: string,
): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (let page = 1; ; page++) {
    const response = await searchPage(context, token, body, page);
    context.expect(response.status, `status of POST /audit-events/$search (${what}), page ${page}`).toBe(200);
    context
      .expect(response.json, `body of POST /audit-events/$search (${what}), page ${page}`)
      .toBeValid("lds-07/audit-event-list");
    const list = response.json as { items: AuditEvent[]; page: { total_pages: number } };
    events.push(...list.items);
    if (page >= list.page.total_pages) return events;
  }
}

/** The events the auditor finds with a trace id (LDS-07-R07). */
export async function eventsWithTrace(context: CheckContext, traceId: string): Promise<AuditEvent[]> {
  const token = await context.token(auditorOf(context));
  return searchAll(context, token, { trace_id: traceId }, `trace_id ${traceId}`);
}

/** One event by id, read with a token: the response. */
export async function readEvent(context: CheckContext, token: string, id: string): Promise<HttpResponse> {
  const { response } = await context.http.request({
    path: `/audit-events/${encodeURIComponent(id)}`,
    headers: { authorization: `Bearer ${token}` },
  });
  return response;
}

/** The chain state (getAuditChain). */
export async function readChain(context: CheckContext, token: string): Promise<HttpResponse> {
  const { response } = await context.http.request({
    path: "/audit-chain",
    headers: { authorization: `Bearer ${token}` },
  });
  return response;
}

/** POST /access-reports/$search (generateAccessReport) with a token and a fresh traceparent. */
export async function requestReport(
  context: CheckContext,
  token: string,
  body: Record<string, unknown>,
): Promise<{ response: HttpResponse; traceId: string }> {
  const traceId = newTraceId();
  const { response } = await context.http.request({
    method: "POST",
    path: "/access-reports/$search",
    headers: { authorization: `Bearer ${token}`, traceparent: traceparent(traceId) },
    json: body,
  });
  return { response, traceId };
}

/** A token for the access report: the first declared client holding lds-07:report, with that scope alone. */
export async function reportToken(context: CheckContext): Promise<string | undefined> {
  const organisation = organisationWithScope(context, "lds-07:report");
  return organisation ? context.token(organisation, ["lds-07:report"]) : undefined;
}

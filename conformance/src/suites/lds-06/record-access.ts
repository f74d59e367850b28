import type { CheckContext } from "../../engine/context.ts";
import type { HttpResponse } from "../../transport/exchange.ts";
import { newTraceId, traceparent } from "../lds-07/audit-trail.ts";

/** How a record access request is sent: the token's scopes (all the client's by default) and extra headers. */
export interface SendOptions {
  readonly scopes?: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
}

/** What came back, with the trace id the request carried (so that its audit event can be found). */
export interface Sent {
  readonly response: HttpResponse;
  readonly traceId: string;
}

export const RECORD_ACCESS_PATH = "/records/$search";

/** POST /records/$search (requestRecordAccess) as a requester organisation, with a fresh traceparent. */
export async function sendRecordAccess(
  context: CheckContext,
  organisation: string,
  body: unknown,
  options: SendOptions = {},
): Promise<Sent> {
  const token = await context.token(organisation, options.scopes);
  const traceId = newTraceId();
  const { response } = await context.http.request({
    method: "POST",
    path: RECORD_ACCESS_PATH,
    headers: { authorization: `Bearer ${token}`, traceparent: traceparent(traceId), ...options.headers },
    json: body,
  });
  return { response, traceId };
}

/** A break-glass justification: unique, so that the audit event can be compared with it verbatim. */
export const justification = () => `Child missing since last night; conformance check ${newTraceId()}.`;

import type { AuditEvent } from "@lds/types/lds-07";

/** An audit event query (audit-event-query.schema.json) without `subject`, whose matching needs the person's records. */
export interface EventFilter {
  readonly requester?: { readonly system: string; readonly value: string };
  readonly standard?: string;
  readonly operation?: string;
  readonly purpose_class?: string;
  readonly agreement_id?: string;
  readonly agreement_version?: number;
  readonly outcome?: string;
  readonly break_glass?: boolean;
  readonly trace_id?: string;
  readonly recorded_from?: string;
  readonly recorded_to?: string;
  readonly sequence_from?: number;
  readonly sequence_to?: number;
}

/**
 * Whether an event satisfies every filter, with the meanings LDS-07-R15 gives them: equality for the members,
 * recorded_from inclusive and recorded_to exclusive on recorded_at, sequence_from and sequence_to inclusive.
 */
export function matches(event: AuditEvent, filter: EventFilter): boolean {
  const at = Date.parse(event.recorded_at);
  const equal = <T>(wanted: T | undefined, actual: T | undefined) => wanted === undefined || wanted === actual;
  return (
    (filter.requester === undefined ||
      (filter.requester.system === event.requester.organisation.system &&
        filter.requester.value === event.requester.organisation.value)) &&
    equal(filter.standard, event.standard) &&
    equal(filter.operation, event.operation) &&
    equal<string>(filter.purpose_class, event.purpose_class) &&
    equal(filter.agreement_id, event.agreement_id) &&
    equal(filter.agreement_version, event.agreement_version) &&
    equal<string>(filter.outcome, event.outcome.result) &&
    equal(filter.break_glass, event.break_glass) &&
    equal(filter.trace_id, event.trace_id) &&
    (filter.recorded_from === undefined || at >= Date.parse(filter.recorded_from)) &&
    (filter.recorded_to === undefined || at < Date.parse(filter.recorded_to)) &&
    (filter.sequence_from === undefined || event.sequence >= filter.sequence_from) &&
    (filter.sequence_to === undefined || event.sequence <= filter.sequence_to)
  );
}

/** The members a filter can take from an event. */
export const FILTER_MEMBERS = [
  "requester",
  "standard",
  "operation",
  "purpose_class",
  "agreement",
  "outcome",
  "break_glass",
  "trace_id",
  "recorded_from",
  "recorded_to",
  "sequence_from",
] as const;
export type FilterMember = (typeof FILTER_MEMBERS)[number];

/**
 * A filter taking the chosen members from an event (the range ends from a second event), with sequence_to fixed so
 * that the matching events do not change while the suite searches. An inverted period is dropped, never sent.
 */
export function filterFrom(
  source: AuditEvent,
  other: AuditEvent,
  members: readonly FilterMember[],
  sequenceTo: number,
): EventFilter {
  const chosen = new Set(members);
  const filter: Record<string, unknown> = { sequence_to: sequenceTo };
  if (chosen.has("requester")) filter.requester = { ...source.requester.organisation };
  if (chosen.has("standard")) filter.standard = source.standard;
  if (chosen.has("operation")) filter.operation = source.operation;
  if (chosen.has("purpose_class") && source.purpose_class) filter.purpose_class = source.purpose_class;
  if (chosen.has("agreement") && source.agreement_id) {
    filter.agreement_id = source.agreement_id;
    if (source.agreement_version !== undefined) filter.agreement_version = source.agreement_version;
  }
  if (chosen.has("outcome")) filter.outcome = source.outcome.result;
  if (chosen.has("break_glass")) filter.break_glass = source.break_glass;
  if (chosen.has("trace_id") && source.trace_id) filter.trace_id = source.trace_id;
  const [early, late] = source.sequence <= other.sequence ? [source, other] : [other, source];
  if (chosen.has("recorded_from")) filter.recorded_from = early.recorded_at;
  if (
    chosen.has("recorded_to") &&
    (!chosen.has("recorded_from") || Date.parse(late.recorded_at) > Date.parse(early.recorded_at))
  )
    filter.recorded_to = late.recorded_at;
  if (chosen.has("sequence_from")) filter.sequence_from = Math.min(source.sequence, sequenceTo);
  return filter as EventFilter;
}

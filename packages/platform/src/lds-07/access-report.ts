import type { AccessReportEntry, AuditEvent } from "@lds/types/lds-07";
import type { Identifier } from "../people/people.ts";

/** What kind of request an event records, for the person reading the report (LDS-07-R20). */
export function activityOf(standard: string): AccessReportEntry["activity"] {
  switch (standard) {
    case "LDS-06":
      return "record-access";
    case "LDS-04":
      return "consent-and-objections";
    case "LDS-05":
      return "data-sharing-agreement";
    case "LDS-07":
      return "audit";
    default:
      return "other";
  }
}

/**
 * One access report entry (LDS-07 section 9): the event at organisation level. It carries no staff reference, client
 * id, trace id, break-glass justification, hash or subject identifier, by construction (LDS-07-R21).
 */
export function accessReportEntry(event: AuditEvent, organisationName: string | undefined): AccessReportEntry {
  const organisation: Identifier = event.requester.organisation;
  return {
    event_id: event.id,
    accessed_at: event.recorded_at,
    organisation: {
      identifier: { system: organisation.system, value: organisation.value },
      ...(organisationName ? { name: organisationName } : {}),
    },
    activity: activityOf(event.standard),
    action: event.action,
    ...(event.purpose_class === undefined ? {} : { purpose_class: event.purpose_class }),
    ...(event.agreement_id === undefined ? {} : { agreement_id: event.agreement_id }),
    ...(event.agreement_id === undefined || event.agreement_version === undefined
      ? {}
      : { agreement_version: event.agreement_version }),
    outcome: event.outcome.result,
    ...(event.outcome.problem_code === undefined ? {} : { problem_code: event.outcome.problem_code }),
    break_glass: event.break_glass,
  };
}

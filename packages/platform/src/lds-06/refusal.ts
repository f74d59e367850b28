import type { LDS06ProblemType } from "@lds/types/lds-06";
import { ProblemError } from "../http/problem.ts";

/** Every requestRecordAccess response carries this header, so that no cache keeps a record summary (LDS-06-R24). */
export const NO_STORE: Readonly<Record<string, string>> = { "Cache-Control": "no-store" };

/** The HTTP status of each LDS-06 problem type (problem-type.schema.json `x-mappings.http_status`; LDS-06 §6). */
export const PROBLEM_STATUS: Readonly<Record<LDS06ProblemType, number>> = {
  "break-glass-not-authorised": 403,
  "unknown-agreement": 422,
  "agreement-not-active": 403,
  "not-a-party": 403,
  "purpose-not-permitted": 403,
  "lawful-basis-not-in-agreement": 403,
  "record-type-not-in-agreement": 403,
  "no-valid-consent": 403,
  objection: 403,
  "subject-not-found": 404,
  "decision-unavailable": 503,
};

/**
 * An LDS-06 problem (a record access problem): it names the request's audit event in the extension member
 * `audit_event_id` (LDS-06-R22) and is never cached.
 */
export function recordAccessProblem(
  code: LDS06ProblemType,
  detail: string,
  auditEventId: string | undefined,
): ProblemError {
  return new ProblemError(
    PROBLEM_STATUS[code],
    code,
    detail,
    auditEventId === undefined ? {} : { audit_event_id: auditEventId },
    { ...NO_STORE },
  );
}

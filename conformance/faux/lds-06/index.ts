import type { Faux } from "../faux.ts";
import { leaksFieldOutsideAgreement } from "./leaks-field-outside-agreement.ts";
import { problemWithoutAuditEvent } from "./problem-without-audit-event.ts";
import { subjectCheckedFirst } from "./subject-checked-first.ts";

/** Faux platforms that break LDS-06 Record access. */
export const lds06Faux: readonly Faux[] = [leaksFieldOutsideAgreement, subjectCheckedFirst, problemWithoutAuditEvent];

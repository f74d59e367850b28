import type { Faux } from "../faux.ts";
import { accessReportOmitsDenials } from "./access-report-omits-denials.ts";
import { breaksAuditHashChain } from "./breaks-audit-hash-chain.ts";
import { exportedEventWithoutHash } from "./exported-event-without-hash.ts";
import { fhirExportAsSearchset } from "./fhir-export-as-searchset.ts";
import { invertedRangeAnsweredEmpty } from "./inverted-range-answered-empty.ts";
import { omitsAuditEventForDenials } from "./omits-audit-event-for-denials.ts";
import { subjectMatchedAsGiven } from "./subject-matched-as-given.ts";

/** Faux platforms that break LDS-07 Access audit. */
export const lds07Faux: readonly Faux[] = [
  omitsAuditEventForDenials,
  breaksAuditHashChain,
  invertedRangeAnsweredEmpty,
  subjectMatchedAsGiven,
  accessReportOmitsDenials,
  fhirExportAsSearchset,
  exportedEventWithoutHash,
];

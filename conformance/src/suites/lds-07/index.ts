import type { Check } from "../../engine/check.ts";
import { accessReport } from "./access-report.ts";
import { breakGlass } from "./break-glass.ts";
import { disclosed } from "./disclosed.ts";
import { fhirExport } from "./fhir-export.ts";
import { hashChain } from "./hash-chain.ts";
import { oneEventPerRequest } from "./one-event-per-request.ts";
import { ranges } from "./ranges.ts";
import { search } from "./search.ts";
import { subjectMatching } from "./subject-matching.ts";
import { visibility } from "./visibility.ts";

/** The LDS-07 checks. */
export const lds07Checks: readonly Check[] = [
  oneEventPerRequest,
  breakGlass,
  disclosed,
  hashChain,
  search,
  subjectMatching,
  visibility,
  accessReport,
  fhirExport,
  ranges,
];

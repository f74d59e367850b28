import type { Check } from "../../engine/check.ts";
import { apiInfo } from "./api-info.ts";
import { bearerRequired } from "./bearer-required.ts";
import { compatibleChanges } from "./compatible-changes.ts";
import { completePaging } from "./complete-paging.ts";
import { contentNegotiation } from "./content-negotiation.ts";
import { dateTimes } from "./date-times.ts";
import { deprecation } from "./deprecation.ts";
import { forbidden } from "./forbidden.ts";
import { health } from "./health.ts";
import { invalidBodies } from "./invalid-bodies.ts";
import { jsonObjects } from "./json-objects.ts";
import { methodNotAllowed } from "./method-not-allowed.ts";
import { noNull } from "./no-null.ts";
import { openApiDocument } from "./openapi-document.ts";
import { pageLinks } from "./page-links.ts";
import { paging } from "./paging.ts";
import { personalDataInUrls } from "./personal-data-in-urls.ts";
import { problemTypes } from "./problem-types.ts";
import { queryParameters } from "./query-parameters.ts";
import { rateLimiting } from "./rate-limiting.ts";
import { transportSecurity } from "./transport-security.ts";
import { unknownMembers } from "./unknown-members.ts";
import { unknownPath } from "./unknown-path.ts";

/** The LDS-00 Common API profile checks. */
export const lds00Checks: readonly Check[] = [
  transportSecurity,
  apiInfo,
  openApiDocument,
  health,
  jsonObjects,
  contentNegotiation,
  dateTimes,
  noNull,
  unknownPath,
  methodNotAllowed,
  problemTypes,
  bearerRequired,
  forbidden,
  invalidBodies,
  unknownMembers,
  queryParameters,
  personalDataInUrls,
  rateLimiting,
  paging,
  pageLinks,
  completePaging,
  compatibleChanges,
  deprecation,
];

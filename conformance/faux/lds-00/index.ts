import type { Faux } from "../faux.ts";
import { acceptIgnored } from "./accept-ignored.ts";
import { floorTotalPages } from "./floor-total-pages.ts";
import { lenientBodyMembers } from "./lenient-body-members.ts";
import { noAllowHeader } from "./no-allow-header.ts";
import { noBearerChallenge } from "./no-bearer-challenge.ts";
import { notFoundInsteadOfForbidden } from "./not-found-instead-of-forbidden.ts";
import { nullInsteadOfOmitting } from "./null-instead-of-omitting.ts";
import { offsetDateTimes } from "./offset-date-times.ts";
import { openApiWithoutCors } from "./openapi-without-cors.ts";
import { serverErrorOnUnknownMember } from "./server-error-on-unknown-member.ts";
import { unknownPathHtml } from "./unknown-path-html.ts";
import { wrongApiVersion } from "./wrong-api-version.ts";

/** Faux platforms that break the LDS-00 Common API profile. */
export const lds00Faux: readonly Faux[] = [
  unknownPathHtml,
  noAllowHeader,
  wrongApiVersion,
  noBearerChallenge,
  serverErrorOnUnknownMember,
  nullInsteadOfOmitting,
  offsetDateTimes,
  notFoundInsteadOfForbidden,
  floorTotalPages,
  acceptIgnored,
  lenientBodyMembers,
  openApiWithoutCors,
];

import type { Faux } from "../faux.ts";
import { noAllowHeader } from "./no-allow-header.ts";
import { noBearerChallenge } from "./no-bearer-challenge.ts";
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
];

import type { Faux } from "../faux.ts";
import { cachedObjectionCheck } from "./cached-objection-check.ts";
import { enteredInErrorByAnyone } from "./entered-in-error-by-anyone.ts";
import { ignoresStatisticsObjections } from "./ignores-statistics-objections.ts";
import { repeatedWithdrawalAccepted } from "./repeated-withdrawal-accepted.ts";
import { rewritesConsentHistory } from "./rewrites-consent-history.ts";
import { unknownSubjectNotFound } from "./unknown-subject-not-found.ts";
import { withdrawnObjectionStillApplied } from "./withdrawn-objection-still-applied.ts";

/** Faux platforms that break LDS-04. */
export const lds04Faux: readonly Faux[] = [
  rewritesConsentHistory,
  ignoresStatisticsObjections,
  repeatedWithdrawalAccepted,
  withdrawnObjectionStillApplied,
  enteredInErrorByAnyone,
  unknownSubjectNotFound,
  cachedObjectionCheck,
];

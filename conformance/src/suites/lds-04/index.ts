import type { Check } from "../../engine/check.ts";
import { changesTakeEffect } from "./changes-take-effect.ts";
import { checksChangeNothing } from "./checks-change-nothing.ts";
import { consentAndObjectionModel } from "./consent-and-objection-model.ts";
import { consentEventActors } from "./consent-event-actors.ts";
import { consentEventTimes } from "./consent-event-times.ts";
import { consentRecordTerms } from "./consent-record-terms.ts";
import { consentReliance } from "./consent-reliance.ts";
import { consentTransitions } from "./consent-transitions.ts";
import { consentValidity } from "./consent-validity.ts";
import { coveringObjections } from "./covering-objections.ts";
import { decisionReasons } from "./decision-reasons.ts";
import { derivedConsentState } from "./derived-consent-state.ts";
import { exemptionsConsidered } from "./exemptions-considered.ts";
import { objectablePurposes } from "./objectable-purposes.ts";
import { objectionCheckBatch } from "./objection-check-batch.ts";
import { objectionCheckStatus } from "./objection-check-status.ts";
import { objectionLasts } from "./objection-lasts.ts";
import { objectionSet } from "./objection-set.ts";
import { objectionWithdrawal, objectionWithdrawer } from "./objection-withdrawal.ts";
import { operationScopes } from "./operation-scopes.ts";
import { searchCompleteness } from "./search-completeness.ts";
import { severalIdentifiers } from "./several-identifiers.ts";
import { specialCategoryConditions } from "./special-category-conditions.ts";
import { unknownSubjects } from "./unknown-subjects.ts";
import { visibility } from "./visibility.ts";

/** The LDS-04 Consent and objections checks. */
export const lds04Checks: readonly Check[] = [
  operationScopes,
  consentRecordTerms,
  specialCategoryConditions,
  visibility,
  consentAndObjectionModel,
  consentTransitions,
  consentEventTimes,
  consentEventActors,
  derivedConsentState,
  consentValidity,
  objectablePurposes,
  objectionSet,
  objectionLasts,
  objectionWithdrawal,
  objectionWithdrawer,
  searchCompleteness,
  objectionCheckBatch,
  objectionCheckStatus,
  unknownSubjects,
  consentReliance,
  coveringObjections,
  exemptionsConsidered,
  decisionReasons,
  changesTakeEffect,
  checksChangeNothing,
  severalIdentifiers,
];

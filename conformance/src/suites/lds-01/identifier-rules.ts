import type { Check } from "../../engine/check.ts";
import { identifierRuleCheck } from "./identifier-rule.ts";
import { RULE_CASES } from "./rule-cases.ts";

const rule = (requirement: string) => {
  const cases = RULE_CASES.find((candidate) => candidate.requirement === requirement);
  if (!cases) throw new Error(`no identifier rule cases for ${requirement}`);
  return cases;
};

/** One check per identifier rule of LDS-01 Table 1. */
export const identifierRuleChecks: readonly Check[] = [
  identifierRuleCheck(rule("LDS-01-R04"), "lds-01/nhs-number", "NHS numbers: check digit and repeated digits"),
  identifierRuleCheck(rule("LDS-01-R05"), "lds-01/upn", "Unique Pupil Numbers: check letter"),
  identifierRuleCheck(rule("LDS-01-R06"), "lds-01/nino", "National Insurance numbers: format"),
  identifierRuleCheck(rule("LDS-01-R07"), "lds-01/postcode", "Postcodes: lenient shape, canonical form"),
  identifierRuleCheck(rule("LDS-01-R09"), "lds-01/uprn-usrn", "UPRNs and USRNs: ranges"),
  identifierRuleCheck(rule("LDS-01-R10"), "lds-01/gss", "GSS codes: format"),
  identifierRuleCheck(rule("LDS-01-R11"), "lds-01/ods", "ODS codes: format"),
  identifierRuleCheck(rule("LDS-01-R12"), "lds-01/dfe-urn", "DfE URNs: range"),
];

// @lds/identifiers: validate and canonicalise UK public-sector identifiers (LDS-01).
export { dfeUrn } from "./dfe-urn.ts";
export { gss } from "./gss.ts";
export { gssLocalAuthority, localAuthorityEntities } from "./gss-local-authority.ts";
export { type IdentifierName, identifierNames, isIdentifierName } from "./identifier-name.ts";
export type { IdentifierIssue, IdentifierResult } from "./identifier-result.ts";
export type { IdentifierRule } from "./identifier-rule.ts";
export { InvalidIdentifierError } from "./invalid-identifier-error.ts";
export { nhsNumber, nhsNumberCheckValue } from "./nhs-number.ts";
export { nino } from "./nino.ts";
export { ods } from "./ods.ts";
export { postcode, postcodeStrictPattern } from "./postcode.ts";
export { identifierRules, ruleForSystem } from "./rules.ts";
export { upn, upnAlphabet, upnCheckLetter } from "./upn.ts";
export { uprn } from "./uprn.ts";
export { usrn } from "./usrn.ts";
export { canonicalise, validate } from "./validate.ts";
export { type ValidationResult, validationResult } from "./validation-result.ts";

/* eslint-disable */
// Generated from standards/lds-01-identifiers/1/schemas by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.

// https://standards.lds.example/lds-01-identifiers/1/schemas/identifier-system.schema.json
/**
 * The identifier systems LDS-01 defines, by URI. For each, x-mappings names the LDS format its values must satisfy and the validation error code for a value that does not. A minor version of LDS-01 may add systems; identifiers of other systems remain allowed in identifier.schema.json.
 */
export type IdentifierSystem = (
  | "https://fhir.nhs.uk/Id/nhs-number"
  | "urn:lds:id:upn"
  | "urn:lds:id:nino"
  | "urn:lds:id:postcode"
  | "urn:lds:id:uprn"
  | "urn:lds:id:usrn"
  | "urn:lds:id:gss"
  | "https://fhir.nhs.uk/Id/ods-organization-code"
  | "urn:lds:id:dfe-urn"
) &
  string;

// https://standards.lds.example/lds-01-identifiers/1/schemas/identifier.schema.json
/**
 * An identifier of a person, place, area or organisation: the system that issues it (an absolute URI) and its value. The systems LDS-01 defines are listed in identifier-system.schema.json; for each, the value must be valid in that system's format (LDS-01-R01). Identifiers of other systems are allowed and their values are not checked here. The $defs hold one schema per system, with the system fixed, for fields that accept only that system.
 */
export type Identifier = {
  /**
   * The identifier system: an absolute URI, compared character by character (no case folding or other normalisation).
   */
  system: string;
  /**
   * The identifier within its system. Platforms accept the input forms LDS-01 defines and return the canonical form (LDS-01-R02, LDS-01-R03).
   */
  value: string;
  verification_status?: NHSNumberVerificationStatus;
};

/**
 * An NHS number: the 10-digit identifier of a person in the NHS in England and Wales, with a modulus 11 check digit (LDS-01-R04). May carry the NHS number verification status.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "nhs_number_identifier".
 */
export interface NHSNumberIdentifier {
  /**
   * Always https://fhir.nhs.uk/Id/nhs-number.
   */
  system: "https://fhir.nhs.uk/Id/nhs-number";
  /**
   * The value, in canonical or any accepted input form (LDS-01-R02).
   */
  value: string;
  verification_status?: NHSNumberVerificationStatus;
}
/**
 * A Unique Pupil Number (UPN): the 13-character identifier of a pupil in a state-funded school in England, with a modulus 23 check letter; permanent or temporary (LDS-01-R05).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "upn_identifier".
 */
export interface UniquePupilNumberIdentifier {
  /**
   * Always urn:lds:id:upn.
   */
  system: "urn:lds:id:upn";
  /**
   * The value, in canonical or any accepted input form (LDS-01-R02).
   */
  value: string;
}
/**
 * A National Insurance number (NINO): two prefix letters, six digits and a suffix letter A-D, under the HMRC prefix rules (LDS-01-R06).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "nino_identifier".
 */
export interface NationalInsuranceNumberIdentifier {
  /**
   * Always urn:lds:id:nino.
   */
  system: "urn:lds:id:nino";
  /**
   * The value, in canonical or any accepted input form (LDS-01-R02).
   */
  value: string;
}
/**
 * A UK postcode: outward code, one space, inward code (LDS-01-R07).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "postcode_identifier".
 */
export interface PostcodeIdentifier {
  /**
   * Always urn:lds:id:postcode.
   */
  system: "urn:lds:id:postcode";
  /**
   * The value, in canonical or any accepted input form (LDS-01-R02).
   */
  value: string;
}
/**
 * A Unique Property Reference Number: an integer from 1 to 999999999999 identifying an addressable location in Great Britain (LDS-01-R09).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "uprn_identifier".
 */
export interface UPRNIdentifier {
  /**
   * Always urn:lds:id:uprn.
   */
  system: "urn:lds:id:uprn";
  /**
   * The value, in canonical or any accepted input form (LDS-01-R02).
   */
  value: string;
}
/**
 * A Unique Street Reference Number: an integer from 1 to 99999999 identifying a street in Great Britain (LDS-01-R09).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "usrn_identifier".
 */
export interface USRNIdentifier {
  /**
   * Always urn:lds:id:usrn.
   */
  system: "urn:lds:id:usrn";
  /**
   * The value, in canonical or any accepted input form (LDS-01-R02).
   */
  value: string;
}
/**
 * A Government Statistical Service (GSS) code from the ONS Register of Geographic Codes: a country letter and eight digits, naming any statistical or administrative area (LDS-01-R10).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "gss_identifier".
 */
export interface GSSCodeIdentifier {
  /**
   * Always urn:lds:id:gss.
   */
  system: "urn:lds:id:gss";
  /**
   * The value, in canonical or any accepted input form (LDS-01-R02).
   */
  value: string;
}
/**
 * An Organisation Data Service (ODS) code: 1 to 9 letters and digits identifying an organisation or site in health and social care (LDS-01-R11).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "ods_identifier".
 */
export interface ODSCodeIdentifier {
  /**
   * Always https://fhir.nhs.uk/Id/ods-organization-code.
   */
  system: "https://fhir.nhs.uk/Id/ods-organization-code";
  /**
   * The value, in canonical or any accepted input form (LDS-01-R02).
   */
  value: string;
}
/**
 * A Department for Education Unique Reference Number (URN) of an educational establishment, as published by Get Information about Schools: a six-digit number from 100000 to 999999 (LDS-01-R12).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "dfe_urn_identifier".
 */
export interface DfEURNIdentifier {
  /**
   * Always urn:lds:id:dfe-urn.
   */
  system: "urn:lds:id:dfe-urn";
  /**
   * The value, in canonical or any accepted input form (LDS-01-R02).
   */
  value: string;
}
/**
 * A GSS code that names a local authority area: an English unitary authority (E06), non-metropolitan district (E07), metropolitan district (E08), London borough (E09) or county (E10), a Welsh principal area (W06), a Scottish council area (S12) or a Northern Ireland local government district (N09) (LDS-01-R10). For fields that must name a local authority.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "gss_local_authority_identifier".
 */
export interface LocalAuthorityGSSCodeIdentifier {
  /**
   * Always urn:lds:id:gss.
   */
  system: "urn:lds:id:gss";
  /**
   * The local authority's GSS code, in canonical or any accepted input form.
   */
  value: string;
}

// https://standards.lds.example/lds-01-identifiers/1/schemas/nhs-number-verification-status.schema.json
/**
 * How far an NHS number has been verified against the national register: the NHS Data Dictionary NHS NUMBER STATUS INDICATOR CODE, as the UK Core code system UKCore-NHSNumberVerificationStatusEngland carries it. A two-character code list; titles are the published display texts.
 */
export type NHSNumberVerificationStatus = ("01" | "02" | "03" | "04" | "05" | "06" | "07" | "08") & string;

// https://standards.lds.example/lds-01-identifiers/1/schemas/validation-request.schema.json
/**
 * The body of POST /identifiers/$validate (validateIdentifiers): between 1 and 1000 identifiers to validate. Each item only has to be well formed; an item whose value is not a valid identifier, or whose system is unknown, gets an invalid result rather than failing the request (LDS-01-R14, LDS-01-R15).
 */
export interface IdentifierValidationRequest {
  /**
   * The identifiers to validate, in the order the results are to be returned.
   *
   * @minItems 1
   * @maxItems 1000
   */
  identifiers: IdentifierToValidate[];
}
/**
 * A system and a value, as received; neither is checked here beyond its type and length.
 *
 * This interface was referenced by `IdentifierValidationRequest`'s JSON-Schema
 * via the `definition` "item".
 */
export interface IdentifierToValidate {
  /**
   * The identifier system, as a client would send it in any LDS request.
   */
  system: string;
  /**
   * The value, in any form.
   */
  value: string;
}

// https://standards.lds.example/lds-01-identifiers/1/schemas/validation-response.schema.json
/**
 * The 200 response of POST /identifiers/$validate (validateIdentifiers): one result per submitted identifier, in the order submitted (LDS-01-R14).
 */
export interface IdentifierValidationResponse {
  /**
   * results[i] is the result for identifiers[i] of the request.
   *
   * @minItems 1
   * @maxItems 1000
   */
  results: IdentifierValidationResult[];
}

// https://standards.lds.example/lds-01-identifiers/1/schemas/validation-result.schema.json
/**
 * The outcome of validating one identifier (LDS-01-R14): the system and value as submitted, whether the value is valid in that system, its canonical form when it is, and why not when it is not. A valid result has a canonical form and no errors; an invalid one has at least one error and no canonical form.
 */
export interface IdentifierValidationResult {
  /**
   * The system exactly as submitted.
   */
  system: string;
  /**
   * The value exactly as submitted, not canonicalised.
   */
  value: string;
  /**
   * True when the system is one LDS-01 defines and the value is valid in it.
   */
  valid: boolean;
  /**
   * Valid results only: the canonical form of the value (LDS-01-R02).
   */
  canonical?: string;
  /**
   * Why the identifier is invalid; empty when it is valid.
   */
  errors: IdentifierError[];
  /**
   * Observations that do not make the identifier invalid, e.g. postcode-not-strict (LDS-01-R08). Omitted when there are none.
   *
   * @minItems 1
   */
  warnings?: IdentifierWarning[];
}
/**
 * One reason an identifier is invalid.
 *
 * This interface was referenced by `IdentifierValidationResult`'s JSON-Schema
 * via the `definition` "error".
 */
export interface IdentifierError {
  /**
   * unknown-system when the system is not one LDS-01 defines (LDS-01-R16); otherwise the invalid-<format> code of the system (Table 1 of LDS-01). invalid-gss-local-authority never occurs here: it is reported only in request validation, where a field requires a local authority (LDS-01-R10).
   */
  code:
    | "invalid-nhs-number"
    | "invalid-upn"
    | "invalid-nino"
    | "invalid-postcode"
    | "invalid-uprn"
    | "invalid-usrn"
    | "invalid-gss"
    | "invalid-ods"
    | "invalid-dfe-urn"
    | "unknown-system";
  /**
   * A human-readable explanation, for people, not programs.
   */
  message: string;
}
/**
 * An observation about a valid or invalid identifier that does not change its validity.
 *
 * This interface was referenced by `IdentifierValidationResult`'s JSON-Schema
 * via the `definition` "warning".
 */
export interface IdentifierWarning {
  /**
   * postcode-not-strict (LDS-01-R08) or a platform-defined code (LDS-01-R18).
   */
  code: string;
  /**
   * A human-readable explanation.
   */
  message: string;
}

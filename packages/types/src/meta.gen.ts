/* eslint-disable */
// Generated from standards/meta by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.
import type { Identifier } from "./lds-01.gen.ts";
import type { ConsentRecord, Objection } from "./lds-04.gen.ts";
import type { DataSharingAgreementVersion } from "./lds-05.gen.ts";
import type { ChildrenSSocialCareSummary, FamilySupportSummary, RecordType } from "./lds-06.gen.ts";

// https://standards.lds.example/meta/example.schema.json
/**
 * One example document and what validating it must produce: standards/<folder>/<major>/examples/{valid,invalid}/<schema>-<behaviour>.json. Valid examples must validate; invalid ones must fail with every error they list.
 */
export interface Example {
  $schema?: string;
  /**
   * The behaviour the example shows, in one sentence.
   */
  description: string;
  /**
   * The canonical $id of the schema the instance is validated against (a $defs pointer fragment is allowed).
   */
  schema: string;
  /**
   * The requirement ids the example illustrates.
   */
  requirements?: string[];
  /**
   * Invalid examples only: the errors validation must report (each must appear; others may too).
   *
   * @minItems 1
   *
   * Items: An error validation must report.
   */
  errors?: {
    /**
     * The LDS error code, e.g. invalid-nhs-number.
     */
    code: string;
    /**
     * JSON Pointer (RFC 6901) to the offending value.
     */
    pointer?: string;
  }[];
  instance: unknown;
}

// https://standards.lds.example/meta/personas.schema.json
/**
 * One record summary held by a source organisation about one person, whole: the record a provider minimises for each request. record validates against the schema of its record_type.
 *
 * This interface was referenced by `Personas`'s JSON-Schema
 * via the `definition` "held_record".
 */
export type HeldRecord = HeldRecord1;

/**
 * The versioned synthetic data set that the reference platform seeds and the conformance suite relies on: standards/personas/personas.yaml. Every person and every organisation is invented; every identifier validates. Besides the people and organisations it holds the governance state a sandbox starts from: data sharing agreement versions (LDS-05), objections and consent records (LDS-04) and the record summaries a source organisation holds about people (LDS-06). The cross-references that JSON Schema cannot express (unique ids; every persona, organisation, agreement and identifier referred to exists) are rules of standards/personas/README.md.
 */
export interface Personas {
  /**
   * An optional pointer to this schema, for editors.
   */
  $schema?: string;
  /**
   * The data set's semantic version. Adding a person, an organisation or a record is a minor change; changing or removing anything a test may rely on is a major change.
   */
  version: string;
  /**
   * The synthetic people.
   *
   * @minItems 1
   */
  people: Persona[];
  /**
   * The synthetic organisations: the councils, NHS bodies, school and police force the people are known to, and the test requester organisations the conformance suite acts as.
   *
   * @minItems 1
   */
  organisations: PersonaOrganisation[];
  /**
   * Data sharing agreements among the organisations, each version as LDS-05 returns it, oldest first within an agreement: version 1 (a draft) and every later version, so that the history a platform holds after seeding is complete.
   */
  agreements?: DataSharingAgreementVersion[];
  /**
   * Objections of people in the data set, each as LDS-04 returns it.
   */
  objections?: Objection[];
  /**
   * Consent records of people in the data set, each as LDS-04 returns it with its full history; state is the state derived on the date of this version of the data set.
   */
  consents?: ConsentRecord[];
  /**
   * The record summaries (LDS-06 record types) that source organisations hold about people in the data set: what a platform discloses, minimised, in response to record access requests.
   */
  records?: HeldRecord[];
}
/**
 * One synthetic person.
 *
 * This interface was referenced by `Personas`'s JSON-Schema
 * via the `definition` "person".
 */
export interface Persona {
  /**
   * Stable persona key, persona-<given>-<family> in lower-case ASCII, e.g. persona-amara-okafor.
   */
  id: string;
  name: PersonName;
  /**
   * Other names the same person is recorded under: a shortened or alternative given name, a transliteration, a previous family name, a spelling without diacritics or punctuation.
   *
   * @minItems 1
   */
  name_variants?: PersonName[];
  /**
   * The date of birth.
   */
  birth_date: string;
  /**
   * The date of death, for a person who has died.
   */
  death_date?: string;
  /**
   * The person's identifiers (LDS-01): exactly one NHS number, a Unique Pupil Number for a school-age child, and the postcode and UPRN of the current address (the last entry of addresses).
   *
   * @minItems 1
   */
  identifiers: Identifier[];
  /**
   * Where the person has lived, oldest first. The last entry, without `to`, is the current address; earlier entries are the person's previous addresses, for tests of people who moved.
   *
   * @minItems 1
   */
  addresses?: AddressPeriod[];
  /**
   * The household the person lives in now: people with the same household key live at the same address as one family.
   */
  household?: string;
  /**
   * What the persona is for: the situation it lets a test exercise.
   */
  story: string;
  /**
   * Keywords for selecting personas in tests, e.g. twin, moved, name-variant, objection, deceased, proxy-objection, consent-given, consent-withdrawn, child, looked-after, family-support.
   */
  tags?: string[];
}
/**
 * A given and a family name.
 *
 * This interface was referenced by `Personas`'s JSON-Schema
 * via the `definition` "name".
 */
export interface PersonName {
  /**
   * The given name or names.
   */
  given: string;
  /**
   * The family name.
   */
  family: string;
}
/**
 * An address a person lived at, by identifier only, and when.
 *
 * This interface was referenced by `Personas`'s JSON-Schema
 * via the `definition` "address".
 */
export interface AddressPeriod {
  /**
   * The address's postcode, in canonical form.
   */
  postcode: string;
  /**
   * The address's UPRN, in canonical form.
   */
  uprn: string;
  /**
   * The persona organisation id of the council whose area the address is in.
   */
  local_authority: string;
  /**
   * The first day the person lived there.
   */
  from: string;
  /**
   * The last day the person lived there; absent for the current address.
   */
  to?: string;
}
/**
 * One synthetic or test organisation.
 *
 * This interface was referenced by `Personas`'s JSON-Schema
 * via the `definition` "organisation".
 */
export interface PersonaOrganisation {
  /**
   * Stable organisation key, org-<name>, e.g. org-northmoor-council.
   */
  id: string;
  /**
   * The organisation's name.
   */
  name: string;
  /**
   * What the organisation is. test-requester: an organisation the conformance suite authenticates as (the supplier issues it OAuth 2.0 client credentials); its agreement memberships are what the suite's access tests vary.
   */
  kind: "local-authority" | "nhs-trust" | "gp-practice" | "school" | "police-force" | "test-requester" | "other";
  /**
   * The organisation's LDS-01 identifiers: the first is the one the organisation is referred to by (a council or police force area by GSS code, an NHS body by ODS code, a school by DfE URN).
   *
   * @minItems 1
   */
  identifiers: Identifier[];
  /**
   * What the organisation is for in the data set.
   */
  description?: string;
}
export interface HeldRecord1 {
  /**
   * The persona id of the person the record is about (the subject of a request).
   */
  person: string;
  record_type: RecordType;
  /**
   * The persona organisation id of the source organisation: the controller that holds the record and on whose behalf a platform discloses it.
   */
  source: string;
  /**
   * The record, validated against the schema of record_type.
   */
  record: {};
}

// https://standards.lds.example/meta/requirements.schema.json
/**
 * The numbered normative requirements of one standard version: standards/<folder>/<major>/requirements.yaml. Each rule is stated once, here; the README, the docs and the conformance checks refer to it by id.
 */
export interface Requirements {
  $schema?: string;
  standard: string;
  /**
   * @minItems 1
   */
  requirements: Requirement[];
}
/**
 * One normative rule.
 *
 * This interface was referenced by `Requirements`'s JSON-Schema
 * via the `definition` "requirement".
 */
export interface Requirement {
  /**
   * LDS-NN-RMM: the standard's number and a requirement number. Never reused, even after withdrawal.
   */
  id: string;
  /**
   * RFC 2119 / RFC 8174 keyword.
   */
  level: "MUST" | "SHOULD" | "MAY";
  /**
   * A few words, used in reports.
   */
  title: string;
  /**
   * The rule itself, using its level keyword.
   */
  statement: string;
  /**
   * Why the rule exists.
   */
  rationale: string;
  /**
   * Where the rule comes from: legislation, a published standard, or LDS's own proposal.
   *
   * @minItems 1
   *
   * Items: A citation.
   */
  source: {
    citation: string;
    url?: string;
  }[];
  /**
   * How a black-box test observes conformance, using only the standards' own APIs.
   */
  oracle: string;
  /**
   * The operations (OpenAPI operationId) or schemas (file name) the rule constrains.
   */
  applies_to?: string[];
  /**
   * active unless withdrawn; a withdrawn requirement keeps its id so that it is never reused.
   */
  status?: "active" | "withdrawn";
}

// https://standards.lds.example/meta/standard.schema.json
/**
 * The manifest of one major version of one LDS standard: standards/<folder>/<major>/standard.yaml.
 */
export interface StandardManifest {
  $schema?: string;
  /**
   * The standard's number, e.g. LDS-01. Never reused.
   */
  id: string;
  /**
   * Short title, e.g. Identifiers.
   */
  title: string;
  /**
   * Semantic version of this standard. Its major number is the folder the manifest sits in.
   */
  version: string;
  /**
   * draft: being written; proposed: open for comment and testable; adopted: endorsed by the certifying body; deprecated: superseded, with a sunset date.
   */
  status: "draft" | "proposed" | "adopted" | "deprecated";
  /**
   * One paragraph: what the standard is for.
   */
  summary: string;
  /**
   * The conformance level this standard belongs to: 1 schema and transport, 2 functional semantics, 3 governance (privacy rules).
   */
  conformance_level: 1 | 2 | 3;
  /**
   * Standards whose requirements this one inherits, by id.
   */
  depends_on: string[];
  /**
   * True when the standard's operations carry personal data (LDS-00's authentication rules then apply).
   */
  personal_data?: boolean;
  /**
   * Who maintains the standard.
   */
  owner?: string;
}

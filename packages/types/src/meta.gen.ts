/* eslint-disable */
// Generated from standards/meta by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.
import type { Identifier } from "./lds-01.gen.ts";

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
 * The versioned synthetic data set that the reference platform seeds and the conformance suite relies on: standards/personas/personas.yaml. Every person is invented; every identifier validates.
 */
export interface Personas {
  $schema?: string;
  version: string;
  people: Persona[];
  organisations: PersonaOrganisation[];
}
/**
 * One synthetic person.
 *
 * This interface was referenced by `Personas`'s JSON-Schema
 * via the `definition` "person".
 */
export interface Persona {
  /**
   * Stable persona key, e.g. persona-amara-okafor.
   */
  id: string;
  name: PersonName;
  name_variants?: PersonName[];
  birth_date: string;
  death_date?: string;
  identifiers: Identifier[];
  /**
   * What the persona is for: the situation it lets a test exercise.
   */
  story: string;
  tags?: string[];
}
/**
 * A given and a family name.
 *
 * This interface was referenced by `Personas`'s JSON-Schema
 * via the `definition` "name".
 */
export interface PersonName {
  given: string;
  family: string;
}
/**
 * One synthetic or test organisation.
 *
 * This interface was referenced by `Personas`'s JSON-Schema
 * via the `definition` "organisation".
 */
export interface PersonaOrganisation {
  id: string;
  name: string;
  kind: "local-authority" | "nhs-trust" | "gp-practice" | "school" | "police-force" | "test-requester" | "other";
  identifiers: Identifier[];
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

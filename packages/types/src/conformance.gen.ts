/* eslint-disable */
// Generated from standards/conformance by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.

// https://standards.lds.example/conformance/declaration.schema.json
/**
 * What a supplier declares about the platform it submits for conformance testing: where it is, which LDS standards and versions it claims, and how the conformance suite obtains tokens for the test organisations of the sandbox. The suite tests exactly what is declared, and the signed report states it. Written in YAML or JSON.
 */
export interface SupplierDeclaration {
  $schema?: string;
  /**
   * Who submits the platform.
   */
  supplier?: {
    name: string;
    contact_email?: string;
  };
  /**
   * The product under test.
   */
  platform?: {
    name: string;
    version?: string;
  };
  /**
   * The platform's base URL, ending in /v{major} (LDS-00-R24), without a trailing slash.
   */
  base_url: string;
  /**
   * The standards and versions claimed. The suite tests these and no others.
   *
   * @minItems 1
   *
   * Items: One standard, at the version claimed.
   */
  standards: {
    id: string;
    version: string;
  }[];
  /**
   * The OAuth 2.0 token endpoint for the client credentials grant (RFC 6749 section 4.4).
   */
  token_endpoint: string;
  /**
   * Client credentials for the sandbox's test organisations, keyed by the persona organisation id they act for (standards/personas): at least the three test requester organisations, and an auditor for LDS-07.
   */
  clients: {
    /**
     * How the suite authenticates as one organisation.
     */
    [k: string]:
      | {
          client_id: string;
          /**
           * A sandbox secret; reports never contain it.
           */
          client_secret: string;
          /**
           * The scopes the client may be granted.
           */
          scopes: string[];
        }
      | undefined;
  };
  /**
   * Optional: POSTing here (with the auditor's token) returns the sandbox to its seeded state. Only on sandbox hosts.
   */
  sandbox_reset_url?: string;
  /**
   * The version of the LDS personas data set the sandbox is seeded with.
   */
  personas_version?: string;
}

// https://standards.lds.example/conformance/report.schema.json
/**
 * This interface was referenced by `ConformanceReport`'s JSON-Schema
 * via the `definition` "digest".
 */
export type ConformanceReportDigest = string;
/**
 * This interface was referenced by `ConformanceReport`'s JSON-Schema
 * via the `definition` "standard_id".
 */
export type ConformanceReportStandardId = string;
/**
 * This interface was referenced by `ConformanceReport`'s JSON-Schema
 * via the `definition` "requirement_id".
 */
export type ConformanceReportRequirementId = string;
/**
 * This interface was referenced by `ConformanceReport`'s JSON-Schema
 * via the `definition` "check_id".
 */
export type ConformanceReportCheckId = string;
/**
 * This interface was referenced by `ConformanceReport`'s JSON-Schema
 * via the `definition` "level".
 */
export type ConformanceReportLevel = "MUST" | "SHOULD" | "MAY";
/**
 * This interface was referenced by `ConformanceReport`'s JSON-Schema
 * via the `definition` "status".
 */
export type ConformanceReportStatus = "pass" | "fail" | "warn" | "info" | "skip" | "error";

/**
 * report.json: the canonical result of one run of the LDS conformance suite against a platform. It states which suite (version and source digest) tested which standards (versions and standards digest) against which target and declaration (a digest without secrets), with which seed, every check's result with its requirement ids and the evidence for every failure, each requirement's verdict, the conformance level reached and the overall verdict. It is signed with Ed25519 over its RFC 8785 canonical JSON without the signature member, and written as 2-space indented JSON; `lds report verify` checks the signature and recomputes the verdicts from the check results. JUnit XML, HTML and console output are derived from it.
 */
export interface ConformanceReport {
  $schema: "https://standards.lds.example/conformance/report.schema.json";
  /**
   * The suite that ran: its package name and version, a digest of its source files, and a digest of the standards folder it read. A seed replays exactly only against the same two digests.
   */
  suite: {
    name: string;
    version: string;
    digest: ConformanceReportDigest;
    standards_digest: ConformanceReportDigest;
  };
  /**
   * The standards the declaration claims, each with whether this run tested it (a run limited by --standard tests only some).
   */
  standards: {
    id: ConformanceReportStandardId;
    version: string;
    title: string;
    conformance_level: number;
    tested: boolean;
  }[];
  /**
   * The supplier declaration, identified without its secrets: the SHA-256 of its RFC 8785 canonical JSON with every client_secret removed, who submitted which platform, and the organisations the suite acted for.
   */
  declaration: {
    digest: ConformanceReportDigest;
    supplier?: {
      name: string;
      contact_email?: string;
    };
    platform?: {
      name: string;
      version?: string;
    };
    clients: string[];
  };
  /**
   * The base URL tested, and whether it was the embedded reference platform (a run without --target).
   */
  target: {
    base_url: string;
    embedded: boolean;
  };
  /**
   * How the run went: the seed every property's seed is derived from, cases per property, when it ran, and any --standard selection or --replay.
   */
  run: {
    seed: number;
    runs: number;
    started_at: string;
    finished_at: string;
    duration_ms: number;
    selection?: ConformanceReportStandardId[];
    replay?: string;
  };
  /**
   * Every check of the suite with its result; checks of standards not claimed or not selected are skipped with that reason.
   */
  checks: CheckResult[];
  /**
   * Every active requirement of the tested standards, with the checks that verify it and its verdict: a finding of any check at the requirement's own level (fail, warn, info), else error when a check errored, else pass when one passed, skipped when all were skipped, untested when none exists.
   */
  requirements: {
    id: ConformanceReportRequirementId;
    standard: ConformanceReportStandardId;
    level: ConformanceReportLevel;
    title: string;
    checks: ConformanceReportCheckId[];
    verdict: "pass" | "fail" | "warn" | "info" | "error" | "skipped" | "untested";
  }[];
  /**
   * How many MUST requirements of the tested standards have checks, and which have none.
   */
  coverage: {
    must: number;
    must_tested: number;
    untested: ConformanceReportRequirementId[];
  };
  /**
   * How many checks ended in each status.
   */
  summary: {
    pass: number;
    fail: number;
    warn: number;
    info: number;
    skip: number;
    error: number;
  };
  /**
   * Each conformance level with the standards whose manifests place them there. A level is reached when it and every lower level have all their standards tested with every MUST requirement passed.
   */
  levels: {
    level: number;
    standards: ConformanceReportStandardId[];
    reached: boolean;
  }[];
  /**
   * The highest reached level that has standards of its own; 0 when level 1 is not reached.
   */
  conformance_level: number;
  /**
   * fail when a MUST requirement failed; error when none failed but one errored (a harness or transport fault: not shown to conform); pass otherwise. Untested MUST requirements are listed in coverage and keep the level from being reached.
   */
  verdict: "pass" | "fail" | "error";
  /**
   * Ed25519 signature over the RFC 8785 canonical JSON of the report without this member, with the public key and its RFC 7638 thumbprint as key id.
   */
  signature?: {
    alg: "EdDSA";
    kid: string;
    jwk: {
      kty: "OKP";
      crv: "Ed25519";
      x: string;
    };
    value: string;
  };
}
/**
 * One check: the requirements it verifies, its level (the strongest of theirs), its status, and for a skip the reason, for an error the fault, for a finding or error the evidence.
 *
 * This interface was referenced by `ConformanceReport`'s JSON-Schema
 * via the `definition` "check".
 */
export interface CheckResult {
  id: ConformanceReportCheckId;
  title: string;
  standard: ConformanceReportStandardId;
  /**
   * @minItems 1
   */
  requirements: ConformanceReportRequirementId[];
  level: ConformanceReportLevel;
  status: ConformanceReportStatus;
  duration_ms: number;
  skip?: {
    kind: "not-claimed" | "not-selected" | "precondition-missing";
    reason: string;
  };
  error?: string;
  evidence?: Evidence;
  /**
   * The properties that held, with their derived seeds and the cases they ran.
   */
  properties?: {
    name: string;
    seed: number;
    num_runs: number;
  }[];
}
/**
 * Why a check failed, warned or errored: the message, expected versus observed, the last HTTP exchanges (personal data and secrets redacted, long bodies cut), and for a property the shrunk counterexample with what replays it.
 *
 * This interface was referenced by `ConformanceReport`'s JSON-Schema
 * via the `definition` "evidence".
 */
export interface Evidence {
  message: string;
  expected?: unknown;
  observed?: unknown;
  exchanges: HTTPExchange[];
  counterexample?: {
    property: string;
    seed: number;
    path: string;
    replay_path?: string;
    /**
     * The --replay argument that re-runs exactly this case.
     */
    replay: string;
    num_runs: number;
    num_shrinks: number;
    value?: unknown;
    /**
     * Whether replaying the shrunk case alone failed again.
     */
    confirmed: boolean;
  };
}
/**
 * One request and its response, or the transport fault that ended it.
 *
 * This interface was referenced by `ConformanceReport`'s JSON-Schema
 * via the `definition` "exchange".
 */
export interface HTTPExchange {
  request: {
    method: string;
    url: string;
    headers: {
      [k: string]: string | undefined;
    };
    body?: unknown;
  };
  response?: {
    status: number;
    headers: {
      [k: string]: string | undefined;
    };
    bytes: number;
    json_error?: string;
    body?: unknown;
  };
  fault?: {
    kind: "timeout" | "network" | "too-large" | "redirect-off-host" | "too-many-redirects" | "off-host" | "aborted";
    message: string;
  };
  attempt: number;
  duration_ms: number;
}

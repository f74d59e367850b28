import type { CheckStatus, Level, SkipKind } from "../engine/result.ts";

/**
 * report.json, as standards/conformance/report.schema.json publishes it. Members are snake_case like every LDS
 * document; every other output format is derived from this one.
 */
export interface ConformanceReport {
  readonly $schema: typeof REPORT_SCHEMA_ID;
  readonly suite: {
    readonly name: string;
    readonly version: string;
    /** sha256 over the suite's source files: which checks ran, exactly. */
    readonly digest: string;
    /** sha256 over the standards folder the suite read: which requirements and schemas it checked against. */
    readonly standards_digest: string;
  };
  /** The standards claimed, and whether this run tested them. */
  readonly standards: readonly ReportStandard[];
  readonly declaration: {
    /** sha256 of the declaration's RFC 8785 canonical JSON with every client_secret removed. */
    readonly digest: string;
    readonly supplier?: { readonly name: string; readonly contact_email?: string };
    readonly platform?: { readonly name: string; readonly version?: string };
    /** The organisations the suite acted for (no credentials). */
    readonly clients: readonly string[];
  };
  readonly target: { readonly base_url: string; readonly embedded: boolean };
  readonly run: {
    readonly seed: number;
    readonly runs: number;
    readonly started_at: string;
    readonly finished_at: string;
    readonly duration_ms: number;
    readonly selection?: readonly string[];
    readonly replay?: string;
  };
  readonly checks: readonly ReportCheck[];
  readonly requirements: readonly RequirementVerdict[];
  readonly coverage: {
    readonly must: number;
    readonly must_tested: number;
    readonly untested: readonly string[];
  };
  readonly summary: Readonly<Record<CheckStatus, number>>;
  readonly levels: readonly LevelResult[];
  /** The highest conformance level reached (0: none). */
  readonly conformance_level: number;
  readonly verdict: Verdict;
  readonly signature?: ReportSignature;
}

export const REPORT_SCHEMA_ID = "https://standards.lds.example/conformance/report.schema.json";

export interface ReportStandard {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly conformance_level: number;
  readonly tested: boolean;
}

export interface ReportExchange {
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: unknown;
  };
  readonly response?: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly bytes: number;
    readonly json_error?: string;
    readonly body?: unknown;
  };
  readonly fault?: { readonly kind: string; readonly message: string };
  readonly attempt: number;
  readonly duration_ms: number;
}

export interface ReportCounterexample {
  readonly property: string;
  readonly seed: number;
  readonly path: string;
  readonly replay_path?: string;
  readonly replay: string;
  readonly num_runs: number;
  readonly num_shrinks: number;
  readonly value?: unknown;
  readonly confirmed: boolean;
}

export interface ReportCheck {
  readonly id: string;
  readonly title: string;
  readonly standard: string;
  readonly requirements: readonly string[];
  readonly level: Level;
  readonly status: CheckStatus;
  readonly duration_ms: number;
  readonly skip?: { readonly kind: SkipKind; readonly reason: string };
  readonly error?: string;
  readonly evidence?: {
    readonly message: string;
    readonly expected?: unknown;
    readonly observed?: unknown;
    readonly exchanges: readonly ReportExchange[];
    readonly counterexample?: ReportCounterexample;
  };
  readonly properties?: readonly { readonly name: string; readonly seed: number; readonly num_runs: number }[];
}

/** A requirement's verdict: from its checks' results, at its own level. */
export type RequirementStatus = "pass" | "fail" | "warn" | "info" | "error" | "skipped" | "untested";

export interface RequirementVerdict {
  readonly id: string;
  readonly standard: string;
  readonly level: Level;
  readonly title: string;
  readonly checks: readonly string[];
  readonly verdict: RequirementStatus;
}

export interface LevelResult {
  readonly level: number;
  /** Every standard of the catalogue at this level. */
  readonly standards: readonly string[];
  readonly reached: boolean;
}

/** pass: no MUST requirement failed or errored; fail: one failed; error: none failed but one could not be tested. */
export type Verdict = "pass" | "fail" | "error";

export interface ReportSignature {
  readonly alg: "EdDSA";
  /** RFC 7638 thumbprint of the public key. */
  readonly kid: string;
  readonly jwk: { readonly kty: "OKP"; readonly crv: "Ed25519"; readonly x: string };
  /** base64url Ed25519 signature over the RFC 8785 canonical JSON of the report without `signature`. */
  readonly value: string;
}

export type UnsignedReport = Omit<ConformanceReport, "signature">;

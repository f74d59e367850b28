// @lds/conformance: the LDS conformance suite — engine, transport, declaration, evidence, report.

export { canonicalize, wellFormed } from "@lds/canonical-json";
export { type ConformanceOptions, exitCodeOf, runConformance } from "./conformance.ts";
export { DeclarationError, type DeclarationProblem } from "./declaration/declaration-error.ts";
export { checkDeclaration, loadDeclaration, parseDeclaration } from "./declaration/load.ts";
export { type EmbeddedPlatform, startEmbeddedPlatform } from "./embedded.ts";
export { type Check, type CheckDefinition, defineCheck, type Precondition } from "./engine/check.ts";
export type { CheckContext, StatefulSpec } from "./engine/context.ts";
export type { Expectation } from "./engine/expect.ts";
export { CheckFailure, CheckSkipped, TokenError } from "./engine/failure.ts";
export { strongest } from "./engine/level.ts";
export { claims, clientFor, securedOperations } from "./engine/preconditions.ts";
export { CheckRegistry, checkLevel, requirementLevels } from "./engine/registry.ts";
export { formatReplay, parseReplay, type ReplayTarget } from "./engine/replay.ts";
export {
  type CheckResult,
  type CheckStatus,
  type Counterexample,
  type Evidence,
  findingStatus,
  type Level,
  type SkipKind,
} from "./engine/result.ts";
export { type ProgressEvent, type RunOptions, type RunOutcome, runChecks } from "./engine/runner.ts";
export { deriveSeed, randomSeed } from "./engine/seed.ts";
export { redact, redactHeaders, redactString } from "./evidence/redact.ts";
export { buildReport } from "./report/build.ts";
export { renderReport } from "./report/render.ts";
export { signReport } from "./report/signature.ts";
export {
  defaultKeyPath,
  localSigningKey,
  type PublicJwk,
  readPublicJwk,
  readSigningKey,
  type SigningKey,
  SigningKeyError,
  thumbprint,
} from "./report/signing-key.ts";
export type { ConformanceReport, RequirementVerdict, Verdict } from "./report/types.ts";
export { type Verification, verifyReport } from "./report/verify.ts";
export { type ReportFormat, writeReportFiles } from "./report/write.ts";
export { progressLines, summaryLines } from "./reporters/console.ts";
export { htmlReport } from "./reporters/html.ts";
export { junitReport } from "./reporters/junit.ts";
export { suiteChecks, suiteRegistry } from "./suites/index.ts";
export type { RecordedExchange, TransportFault } from "./transport/exchange.ts";
export { createHttpClient, type HttpClient, type HttpRequest, type TransportOptions } from "./transport/http-client.ts";
export { TransportError } from "./transport/transport-error.ts";

// LDS-07 Access audit: what other modules, the platform's tests and the conformance suite may use.
export { type AccessAuditTrail, type AuditTrailOptions, createAuditTrail } from "./audit-trail.ts";
export { actionOf, audited } from "./audited-operations.ts";
export { type FhirAuditEvent, fhirAuditEvent, purposeOfUseCodes } from "./fhir-audit-event.ts";
export { type ChainedEvent, type ChainLinkBefore, eventHash, GENESIS_HASH, verifyChain } from "./hash-chain.ts";

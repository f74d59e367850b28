import type { Check } from "../../engine/check.ts";
import { batchLimits } from "./batch-limits.ts";
import { batchResults } from "./batch-results.ts";
import { canonicalOutput } from "./canonical-output.ts";
import { identifierRuleChecks } from "./identifier-rules.ts";
import { identifiersInUrls } from "./identifiers-in-urls.ts";
import { nhsCheckDigit } from "./nhs-check-digit.ts";
import { noDisclosure } from "./no-disclosure.ts";
import { nonCanonicalInput } from "./non-canonical-input.ts";
import { systemUris } from "./system-uris.ts";
import { unknownSystems } from "./unknown-systems.ts";

/** The LDS-01 Identifiers checks. */
export const lds01Checks: readonly Check[] = [
  systemUris,
  nonCanonicalInput,
  canonicalOutput,
  ...identifierRuleChecks,
  nhsCheckDigit,
  identifiersInUrls,
  batchResults,
  batchLimits,
  unknownSystems,
  noDisclosure,
];

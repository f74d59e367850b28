import { createValidator, type Validator } from "@lds/validate";
import type { LintFinding } from "./finding.ts";
import { createContext } from "./internal/context.ts";
import { lintExamples } from "./rules/examples.ts";
import { lintManifests } from "./rules/manifests.ts";
import { lintOpenApi } from "./rules/openapi.ts";
import { lintPersonas } from "./rules/personas.ts";
import { lintRequirements } from "./rules/requirements.ts";
import { lintSchemas } from "./rules/schemas.ts";

/** Checks every authoring rule over the validator's catalogue; an empty list means the standards are clean. */
export async function lintStandards(validator: Validator = createValidator()): Promise<LintFinding[]> {
  const findings: LintFinding[] = [];
  const context = createContext(validator, findings);
  lintManifests(context);
  lintSchemas(context);
  lintRequirements(context);
  lintExamples(context);
  await lintOpenApi(context);
  lintPersonas(context);
  return findings;
}

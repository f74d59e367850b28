import type { PlatformContext } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import type { Identifier } from "../people/people.ts";

/**
 * The custodian of the platform's audit chain (LDS-07 section 3): the organisation its audit trail was created for
 * or, by default, the host council of the personas — the first local authority, the organisation a sandbox gives
 * every scope. Named by getAuditChain and as the `source.observer` of exported events.
 */
export function custodianOf(context: PlatformContext): Identifier {
  const configured = (context.audit as { custodian?: unknown }).custodian;
  if (isIdentifier(configured)) return { system: configured.system, value: configured.value };
  const host = context.catalogue.personas?.organisations.find(
    (organisation) => organisation.kind === "local-authority",
  );
  const identifier = host?.identifiers[0];
  if (identifier) return { system: identifier.system, value: identifier.value };
  throw new ProblemError(500, "internal-error", "The platform has no audit custodian configured.");
}

/** The name the platform knows for an organisation: from the personas, the organisations of its sandbox. */
export function knownOrganisationName(context: PlatformContext, organisation: Identifier): string | undefined {
  return context.catalogue.personas?.organisations.find((candidate) =>
    candidate.identifiers.some(
      (identifier) => identifier.system === organisation.system && identifier.value === organisation.value,
    ),
  )?.name;
}

function isIdentifier(value: unknown): value is Identifier {
  if (!value || typeof value !== "object") return false;
  const { system, value: identifierValue } = value as Record<string, unknown>;
  return typeof system === "string" && typeof identifierValue === "string";
}

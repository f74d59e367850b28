import type { Personas } from "@lds/types/meta";
import { registerClient } from "../auth/clients.ts";
import type { PlatformContext } from "../context.ts";
import type { Queryable } from "../storage/database.ts";

/** A client the sandbox registers, with its secret: what a supplier declaration lists. */
export interface SandboxClient {
  /** The persona organisation it acts for: `org-test-requester-a`. */
  readonly organisationId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
}

/** Scopes only the platform's host organisation holds: reading every audit event. */
const HOST_ONLY = new Set(["lds-07:audit"]);
/** Scopes also granted to the first test requester, so the suite can exercise break-glass. */
const BREAK_GLASS = "lds-06:break-glass";

/** The part of an OpenAPI document that declares OAuth scopes. */
interface OAuthDocument {
  readonly components?: {
    readonly securitySchemes?: Record<string, { readonly flows?: Record<string, { readonly scopes?: object }> }>;
  };
}

/** Every scope the served standards' OpenAPI documents declare or their operations need, sorted. */
function declaredScopes(context: PlatformContext): string[] {
  const standards = new Set(context.operations.map((operation) => operation.standard));
  const declared = [...standards].flatMap((standard) =>
    Object.values((standard.openapi?.document as OAuthDocument | undefined)?.components?.securitySchemes ?? {}).flatMap(
      (scheme) => Object.values(scheme.flows ?? {}).flatMap((flow) => Object.keys(flow.scopes ?? {})),
    ),
  );
  const needed = context.operations.flatMap((operation) => operation.scopeSets.flat());
  return [...new Set([...declared, ...needed])].sort();
}

/**
 * Registers a client for the host council (the first local authority of the personas: every scope, including the
 * auditor's) and for each test requester organisation (every scope but the auditor's; break-glass for the first).
 * Secrets are new on every start; the declaration carries them.
 */
export async function registerSandboxClients(
  tx: Queryable,
  context: PlatformContext,
  personas: Personas,
): Promise<SandboxClient[]> {
  const scopes = declaredScopes(context);
  const host = personas.organisations.find((organisation) => organisation.kind === "local-authority");
  const requesters = personas.organisations.filter((organisation) => organisation.kind === "test-requester");
  const grants = [
    ...(host ? [{ organisation: host, scopes }] : []),
    ...requesters.map((organisation, index) => ({
      organisation,
      scopes: scopes.filter((scope) => !HOST_ONLY.has(scope) && (scope !== BREAK_GLASS || index === 0)),
    })),
  ];
  const clients: SandboxClient[] = [];
  for (const { organisation, scopes: granted } of grants) {
    const [identifier] = organisation.identifiers;
    if (!identifier) continue;
    const { clientId, clientSecret } = await registerClient(
      tx,
      { clientId: organisation.id, organisation: identifier, name: organisation.name, scopes: granted },
      context.now(),
    );
    clients.push({ organisationId: organisation.id, clientId, clientSecret, scopes: granted });
  }
  return clients;
}

import type { SupplierDeclaration } from "@lds/types/conformance";
import type { Platform } from "../platform.ts";
import type { SandboxClient } from "./clients.ts";

/** The supplier declaration of a running sandbox, in the format the conformance suite reads. */
export function sandboxDeclaration(
  platform: Platform,
  baseUrl: string,
  clients: readonly SandboxClient[],
): SupplierDeclaration {
  const standards = [...new Map(platform.context.operations.map((o) => [o.standard.id, o.standard.manifest.version]))];
  return {
    supplier: { name: "LDS" },
    platform: { name: platform.context.config.name, version: platform.context.config.apiVersion },
    base_url: baseUrl,
    standards: standards.map(([id, version]) => ({ id, version })),
    token_endpoint: `${baseUrl}/token`,
    clients: Object.fromEntries(
      clients.map((client) => [
        client.organisationId,
        { client_id: client.clientId, client_secret: client.clientSecret, scopes: [...client.scopes] },
      ]),
    ),
    ...(platform.context.catalogue.personas ? { personas_version: platform.context.catalogue.personas.version } : {}),
  };
}

import { openApiUrl } from "@lds/catalogue";
import type { PlatformContext } from "../context.ts";

/**
 * The platform's OpenAPI document: every operation of every standard it serves, exactly as its standard describes
 * it, with each relative `$ref` made absolute so that it still reaches the standard's published schemas and
 * components.
 */
export function platformOpenApiDocument(context: PlatformContext, baseUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const securitySchemes: Record<string, unknown> = {};
  const standards = [...new Set(context.operations.map((operation) => operation.standard))];
  for (const standard of standards) {
    const document = standard.openapi!.document as {
      paths?: Record<string, Record<string, unknown>>;
      components?: { securitySchemes?: Record<string, unknown> };
    };
    const base = openApiUrl(standard);
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      paths[path] = { ...paths[path], ...(absolute(item, base) as Record<string, unknown>) };
    }
    for (const [name, scheme] of Object.entries(document.components?.securitySchemes ?? {})) {
      securitySchemes[name] = mergeScheme(securitySchemes[name], absolute(scheme, base));
    }
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: context.config.name,
      version: context.config.apiVersion,
      description: `LDS operations served: ${standards.map((s) => `${s.id} ${s.manifest.version}`).join(", ")}.`,
    },
    servers: [{ url: baseUrl }],
    paths,
    components: { securitySchemes },
  };
}

function absolute(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map((item) => absolute(item, base));
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? new URL(value, base).href : absolute(value, base),
    ]),
  );
}

interface OAuthScheme {
  type?: string;
  flows?: Record<string, { scopes?: Record<string, string> }>;
}

/** Standards share scheme names (`oauth2`) with their own scopes: the platform's scheme offers all of them. */
function mergeScheme(existing: unknown, next: unknown): unknown {
  const a = existing as OAuthScheme | undefined;
  const b = next as OAuthScheme;
  if (!a) return b;
  if (a.type !== "oauth2" || b.type !== "oauth2") return a;
  const flows = { ...a.flows };
  for (const [flow, definition] of Object.entries(b.flows ?? {})) {
    const scopes = { ...flows[flow]?.scopes, ...definition.scopes };
    flows[flow] = { ...flows[flow], ...definition, scopes };
  }
  return { ...a, flows };
}

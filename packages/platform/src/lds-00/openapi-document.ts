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
      securitySchemes[name] ??= absolute(scheme, base);
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

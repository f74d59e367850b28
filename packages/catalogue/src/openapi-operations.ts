import type { Catalogue } from "./catalogue.ts";
import { OpenApiRefs, openApiUrl } from "./openapi-refs.ts";
import type { JsonSchema, Standard } from "./standard.ts";

/** A path, query or header parameter of an operation. */
export interface ApiParameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: JsonSchema;
}

/** What an operation answers with one status code. */
export interface ApiResponse {
  readonly status: string;
  /** The media type and schema of the body, when the response has one. */
  readonly contentType: string | undefined;
  readonly schema: JsonSchema | undefined;
}

/** One operation of a standard's OpenAPI document, with every `$ref` followed. */
export interface ApiOperation {
  readonly standard: Standard;
  readonly operationId: string;
  readonly method: string;
  /** The OpenAPI path template, relative to the platform's base URL: `/agreements/{agreement_id}`. */
  readonly path: string;
  readonly summary: string;
  readonly deprecated: boolean;
  /** Whether a bearer token is required: the operation carries personal data (LDS-00-R14). */
  readonly secured: boolean;
  /**
   * The OpenAPI security requirements as scope sets: a token must hold every scope of at least one set. Empty when
   * the operation needs no token.
   */
  readonly scopeSets: readonly (readonly string[])[];
  readonly parameters: readonly ApiParameter[];
  readonly requestBody: { readonly required: boolean; readonly schema: JsonSchema } | undefined;
  readonly responses: readonly ApiResponse[];
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/** Every operation of every standard's OpenAPI document. */
export function apiOperations(catalogue: Catalogue): ApiOperation[] {
  const refs = new OpenApiRefs(catalogue);
  return catalogue.standards.flatMap((standard) => {
    const document = standard.openapi?.document as Record<string, Record<string, unknown>> | undefined;
    if (!document) return [];
    const base = openApiUrl(standard);
    const defaultSecurity = document.security as unknown as Record<string, string[]>[] | undefined;
    return Object.entries(document.paths ?? {}).flatMap(([path, rawItem]) => {
      const item = refs.resolve(rawItem, base).node as Record<string, unknown>;
      const shared = (item.parameters ?? []) as unknown[];
      return METHODS.filter((method) => item[method]).map((method) => {
        const operation = item[method] as Record<string, unknown>;
        const security = (operation.security ?? defaultSecurity ?? []) as Record<string, string[]>[];
        const parameters = [...shared, ...((operation.parameters ?? []) as unknown[])].map((raw) => {
          const { node, base: at } = refs.resolve(raw, base);
          const parameter = node as { name: string; in: ApiParameter["in"]; required?: boolean; schema?: unknown };
          return {
            name: parameter.name,
            in: parameter.in,
            required: parameter.required === true || parameter.in === "path",
            schema: refs.schema(parameter.schema ?? {}, at),
          };
        });
        const body = operation.requestBody ? refs.resolve(operation.requestBody, base) : undefined;
        const bodyNode = body?.node as
          | { required?: boolean; content?: Record<string, { schema?: unknown }> }
          | undefined;
        const bodySchema = bodyNode?.content?.["application/json"]?.schema;
        const responses = Object.entries((operation.responses ?? {}) as Record<string, unknown>).map(
          ([status, raw]) => {
            const { node, base: at } = refs.resolve(raw, base);
            const content = (node as { content?: Record<string, { schema?: unknown }> }).content ?? {};
            const [contentType, media] = Object.entries(content)[0] ?? [];
            return {
              status,
              contentType,
              schema: media?.schema === undefined ? undefined : refs.schema(media.schema, at),
            };
          },
        );
        return {
          standard,
          operationId: String(operation.operationId),
          method,
          path,
          summary: String(operation.summary ?? ""),
          deprecated: operation.deprecated === true,
          secured: security.some((requirement) => Object.keys(requirement).length > 0),
          scopeSets: security
            .filter((requirement) => Object.keys(requirement).length > 0)
            .map((requirement) => [...new Set(Object.values(requirement).flat())]),
          parameters,
          requestBody:
            bodySchema === undefined || !bodyNode
              ? undefined
              : { required: bodyNode.required === true, schema: refs.schema(bodySchema, body!.base) },
          responses,
        };
      });
    });
  });
}

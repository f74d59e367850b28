import type { OperationHandler } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import { platformOpenApiDocument } from "./openapi-document.ts";

/** `GET /`: what the platform implements and where to start (LDS-00-R21). */
export const getApiInfo: OperationHandler = async ({ baseUrl }, context) => {
  const standards = [...new Map(context.operations.map((o) => [o.standard.id, o.standard.manifest.version]))];
  return {
    body: {
      name: context.config.name,
      api_version: context.config.apiVersion,
      base_url: baseUrl,
      environment: context.config.environment,
      standards: standards.map(([id, version]) => ({ id, version })),
      openapi_url: `${baseUrl}/openapi.json`,
      token_url: `${baseUrl}/token`,
    },
  };
};

/** `GET /openapi.json`: one OpenAPI 3.1 document for every operation served (LDS-00-R22). */
export const getOpenApiDocument: OperationHandler = async ({ baseUrl }, context) => ({
  body: platformOpenApiDocument(context, baseUrl),
  headers: { "Access-Control-Allow-Origin": "*" },
});

/** `GET /health`: pass while the database answers; 503 when it does not (LDS-00-R23). */
export const getHealth: OperationHandler = async ({ tx }, context) => {
  try {
    await tx.query("SELECT 1");
  } catch {
    throw new ProblemError(503, "service-unavailable", "The platform cannot reach its database.");
  }
  return {
    body: {
      status: "pass",
      checked_at: context
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z"),
    },
  };
};

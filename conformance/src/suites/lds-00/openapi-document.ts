import type { APIInformation as ApiInfo } from "@lds/types/lds-00";
import { defineCheck } from "../../engine/check.ts";

/**
 * GET /openapi.json (LDS-00-R22): without a token, 200 with an OpenAPI 3.1 JSON document and
 * Access-Control-Allow-Origin: *; its info.version is ApiInfo.api_version and its first server ApiInfo.base_url;
 * every operation of every listed standard is there with its operationId, method and path.
 */
export const openApiDocument = defineCheck({
  id: "lds-00/openapi-document",
  title: "GET /openapi.json describes every operation of the listed standards",
  standard: "LDS-00",
  requirements: ["LDS-00-R22"],
  async run(context) {
    const info = (await context.http.request({ path: "/" })).response.json as ApiInfo;
    const { response } = await context.http.request({ path: "/openapi.json" });
    const what = "GET /openapi.json without a token";
    context.expect(response.status, `status of ${what}`).toBe(200);
    context.expect(response.mediaType, `media type of ${what}`).toBe("application/json");
    context.expect(response.headers["access-control-allow-origin"], `Access-Control-Allow-Origin of ${what}`).toBe("*");
    const document = response.json as {
      openapi?: string;
      info?: { version?: string };
      servers?: { url?: string }[];
      paths?: Record<string, Record<string, { operationId?: string }>>;
    };
    context.expect(document.openapi, "openapi of the platform's OpenAPI document").toMatch(/^3\.1\.\d+$/);
    context.expect(document.info?.version, "info.version of the platform's OpenAPI document").toBe(info.api_version);
    context.expect(document.servers?.[0]?.url, "servers[0].url of the platform's OpenAPI document").toBe(info.base_url);
    const served = new Map<string, string>();
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item)) {
        if (operation?.operationId) served.set(operation.operationId, `${method.toLowerCase()} ${path}`);
      }
    }
    for (const listed of info.standards) {
      const operations = context.operations.filter(
        (operation) => operation.standard.id === listed.id && operation.standard.manifest.version === listed.version,
      );
      for (const operation of operations) {
        context
          .expect(
            served.get(operation.operationId),
            `${operation.operationId} (${listed.id}) in the platform's OpenAPI document`,
          )
          .toBe(`${operation.method} ${operation.path}`);
      }
    }
  },
});

import type { APIInformation as ApiInfo } from "@lds/types/lds-00";
import { defineCheck } from "../../engine/check.ts";

/** GET / describes the platform without a token (LDS-00-R21); its version is in the URL and every header (R24). */
export const apiInfo = defineCheck({
  id: "lds-00/api-info",
  title: "GET / returns API information, and API-Version matches it",
  standard: "LDS-00",
  requirements: ["LDS-00-R21", "LDS-00-R24"],
  async run(context) {
    const { response } = await context.http.request({ path: "/" });
    context.expect(response.status, "status of GET / without a token").toBe(200);
    context.expect(response.mediaType, "media type of GET /").toBe("application/json");
    context.expect(response.json, "body of GET /").toBeValid("lds-00/api-info");
    const info = response.json as ApiInfo;
    context.expect(info.base_url, "ApiInfo.base_url").toBe(context.baseUrl);
    context.expect(info.openapi_url, "ApiInfo.openapi_url").toBe(`${info.base_url}/openapi.json`);
    const ids = info.standards.map((standard) => standard.id);
    context
      .expect(ids, "ids in ApiInfo.standards")
      .toSatisfy((list) => new Set(list).size === list.length, "no id repeated");
    for (const listed of info.standards) {
      const published = context.catalogue.standards.some(
        (standard) => standard.id === listed.id && standard.manifest.version === listed.version,
      );
      context
        .expect(listed, "a standard in ApiInfo.standards")
        .toSatisfy(() => published, "a published LDS standard version");
    }
    for (const claim of context.declaration.standards) {
      context
        .expect(info.standards, "ApiInfo.standards")
        .toSatisfy(
          (list) => list.some((standard) => standard.id === claim.id && standard.version === claim.version),
          `to list the claimed ${claim.id} ${claim.version}`,
        );
    }
    const personal = info.standards.some(
      (listed) =>
        context.catalogue.standards.find(
          (standard) => standard.id === listed.id && standard.manifest.version === listed.version,
        )?.manifest.personal_data === true,
    );
    if (personal)
      context.expect(info.token_url, "ApiInfo.token_url (a personal-data standard is listed)").toBeDefined();
    const major = /^(\d+)\./.exec(info.api_version)?.[1];
    context.expect(info.base_url, "ApiInfo.base_url's last segment").toMatch(new RegExp(`/v${major}$`));
    context.expect(response.headers["api-version"], "API-Version header of GET /").toBe(info.api_version);
    for (const path of ["/health", "/lds-conformance-no-such-path"]) {
      const other = await context.http.request({ path });
      context.expect(other.response.headers["api-version"], `API-Version header of GET ${path}`).toBe(info.api_version);
    }
  },
});

import { describe, expect, test } from "vitest";
import { registerClient } from "../src/index.ts";
import { call, engines, json, testPlatform } from "./harness.ts";

describe.each(engines)("LDS-00 on %s", async (engine) => {
  const platform = await testPlatform(engine);

  test("GET / describes the platform; every response carries API-Version", async () => {
    const response = await call(platform, "GET", "/v1/");
    expect(response.status).toBe(200);
    expect(response.headers.get("api-version")).toBe("1.0.0");
    const info = await json(response);
    expect(info).toMatchObject({ api_version: "1.0.0", base_url: "http://127.0.0.1/v1", environment: "sandbox" });
    expect(info.standards).toContainEqual({ id: "LDS-00", version: "1.0.0" });
    expect(info.openapi_url).toBe("http://127.0.0.1/v1/openapi.json");
  });

  test("GET /openapi.json is one OpenAPI 3.1 document of every operation served, open to any origin", async () => {
    const response = await call(platform, "GET", "/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const document = await json(response);
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.servers[0].url).toBe("http://127.0.0.1/v1");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/", "/health", "/identifiers/$validate"]));
  });

  test("GET /health passes", async () => {
    const response = await call(platform, "GET", "/v1/health");
    expect(response.status).toBe(200);
    expect((await json(response)).status).toBe("pass");
  });

  test("an unknown path is a 404 problem; a wrong method a 405 with Allow", async () => {
    const missing = await call(platform, "GET", "/v1/nowhere");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(missing.headers.get("api-version")).toBe("1.0.0");
    expect(await json(missing)).toMatchObject({
      status: 404,
      code: "not-found",
      type: "https://standards.lds.example/problems/not-found",
    });
    const wrong = await call(platform, "DELETE", "/v1/health");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
    expect((await json(wrong)).code).toBe("method-not-allowed");
  });

  test("an Accept header admitting no JSON is 406", async () => {
    const response = await call(platform, "GET", "/v1/", { headers: { accept: "text/html" } });
    expect(response.status).toBe(406);
    expect((await json(response)).code).toBe("not-acceptable");
  });

  test("a personal-data operation without a token is 401 with a Bearer challenge; a bad token says invalid_token", async () => {
    const body = { identifiers: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9434765919" }] };
    const none = await call(platform, "POST", "/v1/identifiers/$validate", { body });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const bad = await call(platform, "POST", "/v1/identifiers/$validate", { body, token: "not-a-token" });
    expect(bad.status).toBe(401);
    expect(bad.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);
  });

  test("the token endpoint grants client credentials and refuses a wrong secret", async () => {
    const { clientId, clientSecret } = await registerClient(
      platform.context.db,
      { organisation: { system: "urn:lds:id:gss", value: "E09000011" }, name: "Test council", scopes: ["lds-04:read"] },
      new Date(),
    );
    const form = (secret: string) =>
      call(platform, "POST", "/v1/token", {
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: clientId,
          client_secret: secret,
        }).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
    const granted = await form(clientSecret);
    expect(granted.status).toBe(200);
    const token = await json(granted);
    expect(token).toMatchObject({ token_type: "Bearer", scope: "lds-04:read" });
    expect(granted.headers.get("cache-control")).toBe("no-store");
    const refused = await form(`${clientSecret}x`);
    expect(refused.status).toBe(401);
    expect((await json(refused)).error).toBe("invalid_client");
  });
});

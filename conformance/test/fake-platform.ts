import type { IncomingMessage, ServerResponse } from "node:http";
import { testServer, validator } from "./support.ts";

/** One way the fake platform can be broken, for the suite's expected-failure tests. */
export type Fault = "html-404" | "no-allow" | "wrong-api-version" | "no-challenge" | "500-on-unknown-member";

const problem = (status: number, code: string, extra: object = {}) => ({
  type: `https://standards.lds.example/problems/${code}`,
  title: code,
  status,
  code,
  ...extra,
});

const REQUEST_SCHEMA = "https://standards.lds.example/lds-01-identifiers/1/schemas/validation-request.schema.json";

/**
 * A tiny LDS-00/LDS-01 platform over node:http — just enough for the LDS-00 proving checks — that can be broken
 * in one way at a time.
 */
export async function fakePlatform(fault?: Fault) {
  let baseUrl = "";
  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const type = status >= 400 ? "application/problem+json" : "application/json";
    response.writeHead(status, {
      "content-type": type,
      "api-version": fault === "wrong-api-version" ? "0.9.0" : "1.0.0",
      ...headers,
    });
    response.end(JSON.stringify(body));
  };
  const read = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = "";
      request.on("data", (chunk) => {
        text += chunk;
      });
      request.on("end", () => resolve(text));
    });
  const info = (_: IncomingMessage, response: ServerResponse) =>
    send(response, 200, {
      name: "Fake platform",
      api_version: "1.0.0",
      base_url: baseUrl,
      environment: "sandbox",
      standards: [
        { id: "LDS-00", version: "1.0.0" },
        { id: "LDS-01", version: "1.0.0" },
      ],
      openapi_url: `${baseUrl}/openapi.json`,
      token_url: `${baseUrl}/token`,
    });
  const server = await testServer(
    {
      "/v1": info,
      "/v1/": info,
      "/v1/health": (request, response) => {
        if (request.method === "GET")
          return send(response, 200, { status: "pass", checked_at: "2025-04-01T09:30:00Z" });
        if (fault === "no-allow") return send(response, 405, problem(405, "method-not-allowed"));
        send(response, 405, problem(405, "method-not-allowed"), { allow: "GET" });
      },
      "/v1/token": async (request, response) => {
        const form = new URLSearchParams(await read(request));
        if (form.get("client_secret") !== "secret-a") return send(response, 401, { error: "invalid_client" });
        send(response, 200, { access_token: "tok", token_type: "Bearer", expires_in: 3600 });
      },
      "/v1/identifiers/$validate": async (request, response) => {
        const text = await read(request);
        if (request.headers.authorization !== "Bearer tok") {
          const challenge = request.headers.authorization ? 'Bearer error="invalid_token"' : "Bearer";
          return send(
            response,
            401,
            problem(401, "unauthorised"),
            fault === "no-challenge" ? {} : { "www-authenticate": challenge },
          );
        }
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return send(response, 400, problem(400, "bad-request"));
        }
        const errors = validator.validate(REQUEST_SCHEMA, body);
        if (fault === "500-on-unknown-member" && errors.some((error) => error.code === "unknown-member")) {
          return send(response, 500, problem(500, "internal-error"));
        }
        if (errors.length) return send(response, 422, problem(422, "validation-failed", { errors }));
        send(response, 200, { results: [] });
      },
    },
    (_, response) => {
      if (fault !== "html-404") return send(response, 404, problem(404, "not-found"));
      response.writeHead(404, { "content-type": "text/html", "api-version": "1.0.0" });
      response.end("<h1>Not found</h1>");
    },
  );
  baseUrl = server.baseUrl;
  return server;
}

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { loadCatalogue } from "@lds/catalogue";
import type { SupplierDeclaration } from "@lds/types/conformance";
import { createValidator } from "@lds/validate";
import { afterAll } from "vitest";

/** One validator (and catalogue) for a test file: compiling every schema takes a moment. */
export const validator = createValidator(loadCatalogue());
export const catalogue = validator.catalogue;

/** A declaration for a platform at `baseUrl` claiming LDS-00 (and whatever else is given). */
export function declarationFor(baseUrl: string, extra: Partial<SupplierDeclaration> = {}): SupplierDeclaration {
  return {
    base_url: baseUrl,
    standards: [{ id: "LDS-00", version: "1.0.0" }],
    token_endpoint: `${baseUrl}/token`,
    clients: {
      "org-test-requester-a": { client_id: "client-a", client_secret: "secret-a", scopes: ["lds-01:validate"] },
    },
    ...extra,
  };
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** An HTTP server on 127.0.0.1, port 0, closed after the file's tests. */
export async function testServer(
  routes: Record<string, Handler>,
  fallback?: Handler,
): Promise<{ origin: string; baseUrl: string; hits: Map<string, number> }> {
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes[path];
    if (handler) return handler(request, response);
    if (fallback) return fallback(request, response);
    response.writeHead(404, { "content-type": "application/problem+json" });
    response.end(
      JSON.stringify({
        type: "https://standards.lds.example/problems/not-found",
        title: "Not found",
        status: 404,
        code: "not-found",
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const origin = `http://127.0.0.1:${port}`;
  return { origin, baseUrl: `${origin}/v1`, hits };
}

const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
};

/** Writes `total` bytes in chunks, respecting backpressure, stopping when the client goes away. */
async function stream(response: ServerResponse, total: number) {
  const chunk = Buffer.alloc(64 * 1024, "a");
  let sent = 0;
  let closed = false;
  response.on("close", () => {
    closed = true;
  });
  while (sent < total && !closed) {
    if (!response.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off("drain", done);
          response.off("close", done);
          resolve();
        };
        response.on("drain", done);
        response.on("close", done);
      });
    }
    sent += chunk.length;
  }
  if (!closed) response.end();
}

/** A platform that misbehaves in every way a transport can see. */
export const hostileRoutes: Record<string, Handler> = {
  "/v1/ok": (_, response) => json(response, 200, { ok: true }),
  "/v1/hang": () => {},
  "/v1/hang-body": (_, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write('{"partial":');
  },
  "/v1/reset": (request) => request.socket.destroy(),
  "/v1/malformed": (_, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end('{"api_version": "1.0.0",');
  },
  "/v1/not-utf8": (_, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
  },
  "/v1/huge": (_, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    void stream(response, 50 * 1024 * 1024);
  },
  "/v1/redirect-off-host": (_, response) => {
    response.writeHead(302, { location: "http://attacker.example/steal" });
    response.end();
  },
  "/v1/redirect-same": (_, response) => {
    response.writeHead(302, { location: "/v1/ok" });
    response.end();
  },
  "/v1/server-error": (_, response) =>
    json(
      response,
      500,
      { type: "https://standards.lds.example/problems/internal-error", status: 500, code: "internal-error" },
      { "content-type": "application/problem+json" },
    ),
  "/v1/unavailable": (_, response) => json(response, 503, { status: 503 }, { "retry-after": "0" }),
  "/v1/rate-limited": (_, response) => json(response, 429, { status: 429 }, { "retry-after": "0" }),
};

import { describe, expect, test } from "vitest";
import type { RecordedExchange } from "../src/transport/exchange.ts";
import { createHttpClient } from "../src/transport/http-client.ts";
import { TransportError } from "../src/transport/transport-error.ts";
import { hostileRoutes, testServer } from "./support.ts";

const server = await testServer(hostileRoutes);

function client(options: Partial<Parameters<typeof createHttpClient>[0]> = {}) {
  const recorded: RecordedExchange[] = [];
  const http = createHttpClient({
    baseUrl: server.baseUrl,
    timeoutMs: 500,
    retries: 1,
    maxRetryDelayMs: 50,
    ...options,
  });
  return { http: http.observed((exchange) => recorded.push(exchange)), recorded };
}

/** The TransportError a request ends in, and how long it took. */
async function faultOf(path: string, options: Partial<Parameters<typeof createHttpClient>[0]> = {}) {
  const { http, recorded } = client(options);
  const started = Date.now();
  const error = await http.request({ path }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { error: error as TransportError, elapsed: Date.now() - started, recorded };
}

describe("a hostile platform yields recorded faults, bounded in time, never a crash", () => {
  test("a request that hangs times out", async () => {
    const { error, elapsed } = await faultOf("/hang");
    expect(error).toBeInstanceOf(TransportError);
    expect(error.kind).toBe("timeout");
    expect(error.exchange.request.url).toBe(`${server.baseUrl}/hang`);
    expect(error.exchange.fault?.kind).toBe("timeout");
    expect(elapsed).toBeLessThan(3000);
  });

  test("a body that stops half way times out too", async () => {
    const { error, elapsed } = await faultOf("/hang-body");
    expect(error.kind).toBe("timeout");
    expect(elapsed).toBeLessThan(3000);
  });

  test("a reset connection is a network fault, retried once for GET and recorded each time", async () => {
    const before = server.hits.get("/v1/reset") ?? 0;
    const { error, recorded } = await faultOf("/reset");
    expect(error.kind).toBe("network");
    expect(server.hits.get("/v1/reset")! - before).toBe(2);
    expect(recorded.map((exchange) => exchange.attempt)).toEqual([1, 2]);
  });

  test("a POST is never retried", async () => {
    const before = server.hits.get("/v1/reset") ?? 0;
    const { http } = client();
    await expect(http.request({ method: "POST", path: "/reset", json: {} })).rejects.toMatchObject({ kind: "network" });
    expect(server.hits.get("/v1/reset")! - before).toBe(1);
  });

  test("a 50 MB body is cut off at the limit", async () => {
    const { error, elapsed } = await faultOf("/huge", { maxResponseBytes: 1024 * 1024, timeoutMs: 5000 });
    expect(error.kind).toBe("too-large");
    expect(error.message).toMatch(/1048576 bytes/);
    expect(elapsed).toBeLessThan(5000);
  });

  test("a redirect to another host is never followed", async () => {
    const { error } = await faultOf("/redirect-off-host");
    expect(error.kind).toBe("redirect-off-host");
    expect(error.exchange.response?.status).toBe(302);
    expect(error.exchange.response?.headers.location).toBe("http://attacker.example/steal");
  });

  test("a request to another origin is refused before it is sent", async () => {
    const { error } = await faultOf("http://attacker.example/v1/");
    expect(error.kind).toBe("off-host");
  });

  test("the run's signal abandons a request", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { error } = await faultOf("/hang", { signal: controller.signal, timeoutMs: 10_000 });
    expect(error.kind).toBe("aborted");
  });
});

describe("responses the checks judge", () => {
  test("malformed JSON is a response, recorded as such", async () => {
    const { http } = client();
    const { response, recorded } = await http.request({ path: "/malformed" });
    expect(response.status).toBe(200);
    expect(response.json).toBeUndefined();
    expect(response.jsonError).toMatch(/^malformed JSON/);
    expect(recorded.response?.jsonError).toMatch(/^malformed JSON/);
    expect(recorded.response?.body).toBe('{"api_version": "1.0.0",');
  });

  test("a body that is not UTF-8 is recorded as such", async () => {
    const { http } = client();
    const { response } = await http.request({ path: "/not-utf8" });
    expect(response.jsonError).toBe("the body is not valid UTF-8");
  });

  test("a 500 is a response with its problem", async () => {
    const { http } = client();
    const { response } = await http.request({ path: "/server-error" });
    expect(response.status).toBe(500);
    expect(response.mediaType).toBe("application/problem+json");
    expect(response.json).toMatchObject({ code: "internal-error" });
  });

  test("a same-origin redirect is followed", async () => {
    const { http, recorded } = client();
    const { response } = await http.request({ path: "/redirect-same" });
    expect(response.json).toEqual({ ok: true });
    expect(recorded.map((exchange) => exchange.response?.status)).toEqual([302, 200]);
  });

  test("503 and 429 are retried for idempotent requests, honouring Retry-After, then returned", async () => {
    const { http, recorded } = client({ retries: 2 });
    const { response } = await http.request({ path: "/unavailable" });
    expect(response.status).toBe(503);
    expect(recorded).toHaveLength(3);
    const once = client({ retries: 2 });
    await once.http.request({ path: "/rate-limited", retry: false });
    expect(once.recorded).toHaveLength(1);
  });
});

describe("limits", () => {
  test("--rate-limit spaces requests out", async () => {
    const { http } = client({ rateLimit: 20 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => http.request({ path: "/ok" })));
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  test("concurrency caps requests in flight", async () => {
    const { http } = client({ concurrency: 1, timeoutMs: 300 });
    const started = Date.now();
    const results = await Promise.allSettled([http.request({ path: "/hang" }), http.request({ path: "/hang" })]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(590);
  });
});

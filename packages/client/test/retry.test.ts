import { test as prop } from "@fast-check/vitest";
import { retryDelay } from "@lds/client";
import { createLds05Client } from "@lds/client/lds-05";
import fc from "fast-check";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { problem } from "./problems.ts";

const baseUrl = "https://throttled.test/v1";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A client whose waits are recorded instead of slept. */
function client(options: { retries?: number; now?: () => number } = {}) {
  const waits: number[] = [];
  const lds05 = createLds05Client({
    baseUrl,
    retry: {
      ...options,
      baseDelayMs: 100,
      maxDelayMs: 10_000,
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
  });
  return { lds05, waits };
}

/** Answers each request with the next response of a script, and records what it was sent. */
function script(method: "get" | "post", path: string, ...responses: (() => Response)[]) {
  const seen: Request[] = [];
  server.use(
    http[method](`${baseUrl}${path}`, ({ request }) => {
      seen.push(request.clone());
      const next = responses[Math.min(seen.length - 1, responses.length - 1)];
      return next!();
    }),
  );
  return seen;
}

const page = () =>
  HttpResponse.json({
    items: [],
    page: { number: 1, size: 20, total_items: 0, total_pages: 0 },
    links: {
      self: `${baseUrl}/register/agreements`,
      first: `${baseUrl}/register/agreements`,
      last: `${baseUrl}/register/agreements`,
    },
  });
const limited = (retryAfter?: string) => () =>
  HttpResponse.json(problem(429, "rate-limited"), {
    status: 429,
    headers: retryAfter === undefined ? {} : { "retry-after": retryAfter },
  });
const unavailable = (retryAfter?: string) => () =>
  HttpResponse.json(problem(503, "service-unavailable"), {
    status: 503,
    headers: retryAfter === undefined ? {} : { "retry-after": retryAfter },
  });
const terms = { title: "t" } as never;

describe("retries after 429 and 503", () => {
  test("a GET is sent again after Retry-After seconds (LDS-00-R17)", async () => {
    const seen = script("get", "/register/agreements", limited("2"), page);
    const { lds05, waits } = client();
    const result = await lds05.GET("/register/agreements");
    expect(result.ok).toBe(true);
    expect(seen).toHaveLength(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(waits[0]).toBeLessThan(2100);
  });

  test("a Retry-After HTTP-date is waited for until that moment", async () => {
    const now = Date.parse("2026-03-01T10:00:00Z");
    script("get", "/register/agreements", unavailable("Sun, 01 Mar 2026 10:00:05 GMT"), page);
    const { lds05, waits } = client({ now: () => now });
    expect((await lds05.GET("/register/agreements")).ok).toBe(true);
    expect(waits[0]).toBeGreaterThanOrEqual(5000);
    expect(waits[0]).toBeLessThan(5100);
  });

  test("without Retry-After the backoff grows, and the last answer is returned once retries run out", async () => {
    const seen = script("get", "/register/agreements", unavailable());
    const { lds05, waits } = client({ retries: 4 });
    const result = await lds05.GET("/register/agreements");
    expect(seen).toHaveLength(5);
    expect(waits).toHaveLength(4);
    waits.forEach((wait, attempt) => {
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThan(100 * 2 ** attempt);
    });
    expect(result.ok || result.problem.code).toBe("service-unavailable");
  });

  test("a Retry-After longer than the cap is not waited for", async () => {
    const seen = script("get", "/register/agreements", limited("3600"), page);
    const { lds05, waits } = client();
    const result = await lds05.GET("/register/agreements");
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(result.ok || result.problem.code).toBe("rate-limited");
  });

  test("a POST without an idempotency key is sent exactly once", async () => {
    const seen = script("post", "/agreements", limited("1"), () => HttpResponse.json({}, { status: 201 }));
    const { lds05, waits } = client();
    const result = await lds05.POST("/agreements", { body: { terms } });
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(result.ok || result.problem.status).toBe(429);
  });

  test("a POST with an idempotency key is retried with the same key and the same body", async () => {
    const seen = script("post", "/agreements", unavailable("1"), limited("1"), () =>
      HttpResponse.json({}, { status: 201 }),
    );
    const { lds05 } = client();
    const result = await lds05.POST("/agreements", { body: { terms }, idempotencyKey: "key-7f3a" });
    expect(result.ok).toBe(true);
    expect(seen).toHaveLength(3);
    expect(seen.map((request) => request.headers.get("idempotency-key"))).toEqual(["key-7f3a", "key-7f3a", "key-7f3a"]);
    const bodies = await Promise.all(seen.map((request) => request.json()));
    expect(bodies).toEqual([{ terms }, { terms }, { terms }]);
  });

  test("other errors are not retried", async () => {
    const seen = script("get", "/register/agreements", () =>
      HttpResponse.json(problem(500, "internal-error"), { status: 500 }),
    );
    const { lds05, waits } = client();
    const result = await lds05.GET("/register/agreements");
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(result.ok || result.problem.code).toBe("internal-error");
  });

  test("an abort during the wait ends the request with the abort reason", async () => {
    script("get", "/register/agreements", limited("1"), page);
    const lds05 = createLds05Client({ baseUrl });
    const controller = new AbortController();
    const reason = new Error("the caller gave up");
    const pending = lds05.GET("/register/agreements", { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 10);
    await expect(pending).rejects.toBe(reason);
  });
});

describe("retryDelay", () => {
  const response = (headers: Record<string, string> = {}) => new Response(null, { status: 503, headers });

  prop.prop([fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })], {
    numRuns: 200,
  })("without Retry-After: full jitter, uniform below min(cap, base × 2^attempt)", (attempt, random) => {
    const delay = retryDelay(response(), attempt, { baseDelayMs: 250, maxDelayMs: 30_000, random: () => random });
    expect(delay).toBe(random * Math.min(30_000, 250 * 2 ** attempt));
  });

  prop.prop([fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })], {
    numRuns: 200,
  })("with Retry-After seconds: at least that long, at most one base delay more", (seconds, random) => {
    const delay = retryDelay(response({ "retry-after": String(seconds) }), 0, { random: () => random });
    expect(delay).toBeGreaterThanOrEqual(seconds * 1000);
    expect(delay).toBeLessThanOrEqual(seconds * 1000 + 250);
  });
});

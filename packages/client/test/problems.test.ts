import { test as prop } from "@fast-check/vitest";
import { LdsTransportError, problemType } from "@lds/client";
import { createLds05Client } from "@lds/client/lds-05";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { problem } from "./problems.ts";

const baseUrl = "https://problems.test/v1";
/** A client whose every request is answered by `answer`. */
const answering = (answer: () => Response | Promise<Response>) =>
  createLds05Client({ baseUrl, fetch: async () => answer(), retry: false });
const lds00Codes = new Set([
  "bad-request",
  "unauthorised",
  "forbidden",
  "not-found",
  "method-not-allowed",
  "not-acceptable",
  "conflict",
  "gone",
  "content-too-large",
  "unsupported-media-type",
  "validation-failed",
  "rate-limited",
  "client-error",
  "internal-error",
  "service-unavailable",
  "server-error",
]);

describe("HTTP errors are problem results, never thrown", () => {
  test("a problem body is the result's problem, extension members and all", async () => {
    const body = problem(403, "not-a-party", { agreement_id: "aaaaaaaa-0005-4000-8000-000000000006" });
    const result = await answering(() =>
      Response.json(body, { status: 403, headers: { "content-type": "application/problem+json" } }),
    ).GET("/agreements");
    expect(result.ok).toBe(false);
    expect(result.ok || result.problem).toEqual(body);
    expect(result.ok || result.response.status).toBe(403);
  });

  prop.prop([fc.integer({ min: 400, max: 599 }), fc.constantFrom("", "<html>Bad gateway</html>", '{"message":"x"}')], {
    numRuns: 60,
  })("an error without a problem body becomes the LDS-00 problem for its status", async (status, body) => {
    const result = await answering(() => new Response(body, { status })).GET("/agreements");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.status).toBe(status);
    expect(lds00Codes.has(result.problem.code)).toBe(true);
    expect(result.problem.type).toBe(problemType(result.problem.code));
    if (status === 404) expect(result.problem.code).toBe("not-found");
    if (status === 418) expect(result.problem.code).toBe("client-error");
    if (status === 502) expect(result.problem.code).toBe("server-error");
  });

  test("a network failure throws LdsTransportError, keeping its cause", async () => {
    const cause = new TypeError("fetch failed");
    const pending = answering(() => Promise.reject(cause)).GET("/agreements");
    await expect(pending).rejects.toBeInstanceOf(LdsTransportError);
    await expect(pending).rejects.toHaveProperty("cause", cause);
  });

  test("a success whose body is not JSON throws LdsTransportError", async () => {
    const pending = answering(
      () => new Response("<html>maintenance</html>", { status: 200, headers: { "content-length": "24" } }),
    ).GET("/agreements");
    await expect(pending).rejects.toBeInstanceOf(LdsTransportError);
  });
});

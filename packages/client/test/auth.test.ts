import { clientCredentials } from "@lds/client";
import { createLds05Client } from "@lds/client/lds-05";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { problem } from "./problems.ts";

const baseUrl = "https://auth.test/v1";
const tokenUrl = `${baseUrl}/token`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A token endpoint that issues t1, t2, … for an hour, and the requests it was sent. */
let issued: Request[] = [];
/** Tokens the platform no longer accepts. */
let revoked = new Set<string>();
/** Requests to the agreements list, with their Authorization header. */
let calls: (string | null)[] = [];

const page = () =>
  HttpResponse.json({
    items: [],
    page: { number: 1, size: 20, total_items: 0, total_pages: 0 },
    links: { self: `${baseUrl}/agreements`, first: `${baseUrl}/agreements`, last: `${baseUrl}/agreements` },
  });

beforeEach(() => {
  issued = [];
  revoked = new Set();
  calls = [];
  server.use(
    http.post(tokenUrl, ({ request }) => {
      issued.push(request.clone());
      return HttpResponse.json({ access_token: `t${issued.length}`, token_type: "Bearer", expires_in: 3600 });
    }),
    http.get(`${baseUrl}/agreements`, ({ request }) => {
      const authorization = request.headers.get("authorization");
      calls.push(authorization);
      const token = authorization?.replace(/^Bearer /, "");
      if (!token || revoked.has(token)) {
        return HttpResponse.json(problem(401, "unauthorised"), {
          status: 401,
          headers: { "www-authenticate": 'Bearer error="invalid_token"' },
        });
      }
      return page();
    }),
    http.get(`${baseUrl}/register/agreements`, ({ request }) => {
      calls.push(request.headers.get("authorization"));
      return page();
    }),
  );
});

function client(now: () => number = Date.now) {
  const auth = clientCredentials({ tokenUrl, clientId: "org a:1", clientSecret: "s3cret/+", now });
  return createLds05Client({ baseUrl, auth, retry: false });
}

describe("OAuth client credentials", () => {
  test("the token request is the client credentials grant with HTTP Basic client authentication", async () => {
    await client().GET("/agreements");
    const [request] = issued;
    expect(request?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(new URLSearchParams(await request!.text()).get("grant_type")).toBe("client_credentials");
    const basic = atob(request!.headers.get("authorization")!.replace(/^Basic /, ""));
    expect(basic).toBe("org+a%3A1:s3cret%2F%2B");
  });

  test("one token serves every request until shortly before it expires, even concurrent ones", async () => {
    let now = Date.parse("2026-01-01T09:00:00Z");
    const lds05 = client(() => now);
    const results = await Promise.all(Array.from({ length: 5 }, () => lds05.GET("/agreements")));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(issued).toHaveLength(1);
    expect(new Set(calls)).toEqual(new Set(["Bearer t1"]));
    now += 3600_000 - 60_000;
    await lds05.GET("/agreements");
    expect(issued).toHaveLength(1);
    now += 59_000;
    await lds05.GET("/agreements");
    expect(issued).toHaveLength(2);
    expect(calls.at(-1)).toBe("Bearer t2");
  });

  test("a rejected token is replaced once, and the request sent again with the new one", async () => {
    const lds05 = client();
    await lds05.GET("/agreements");
    revoked.add("t1");
    const result = await lds05.GET("/agreements");
    expect(result.ok).toBe(true);
    expect(calls).toEqual(["Bearer t1", "Bearer t1", "Bearer t2"]);
  });

  test("a write answered 401 is sent again with the new token and the same body: nothing was processed", async () => {
    const seen: { authorization: string | null; body: unknown }[] = [];
    server.use(
      http.post(`${baseUrl}/agreements`, async ({ request }) => {
        seen.push({ authorization: request.headers.get("authorization"), body: await request.json() });
        return seen.length === 1
          ? HttpResponse.json(problem(401, "unauthorised"), { status: 401 })
          : HttpResponse.json({}, { status: 201 });
      }),
    );
    const terms = { title: "Northmoor early help" } as never;
    const result = await client().POST("/agreements", { body: { terms } });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([
      { authorization: "Bearer t1", body: { terms } },
      { authorization: "Bearer t2", body: { terms } },
    ]);
  });

  test("when the new token is rejected too, the 401 problem is the result", async () => {
    revoked = new Set(["t1", "t2", "t3"]);
    const result = await client().GET("/agreements");
    expect(calls).toEqual(["Bearer t1", "Bearer t2"]);
    expect(result.ok || result.problem.code).toBe("unauthorised");
  });

  test("a refused token request is an unauthorised problem, and the operation is not called", async () => {
    server.use(
      http.post(tokenUrl, () =>
        HttpResponse.json({ error: "invalid_client", error_description: "wrong secret" }, { status: 401 }),
      ),
    );
    const result = await client().GET("/agreements");
    expect(calls).toEqual([]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ status: 401, code: "unauthorised" });
    expect(result.problem.detail).toContain("invalid_client");
  });

  test("open operations are called without a token (LDS-00-R14)", async () => {
    const result = await client().GET("/register/agreements");
    expect(result.ok).toBe(true);
    expect(calls).toEqual([null]);
    expect(issued).toEqual([]);
  });

  test("a client without credentials sends no token", async () => {
    const result = await createLds05Client({ baseUrl, retry: false }).GET("/agreements");
    expect(calls).toEqual([null]);
    expect(result.ok || result.problem.code).toBe("unauthorised");
  });
});

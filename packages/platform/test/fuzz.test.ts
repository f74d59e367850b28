import { randomBytes } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import { arbitraryFor, nearMissFor } from "@lds/arbitraries";
import type { ApiOperation } from "@lds/catalogue";
import { afterAll, describe, expect } from "vitest";
import { listen, seedSandbox } from "../src/index.ts";
import { call, engines, json, testPlatform } from "./harness.ts";

// Every operation of the implemented standards, fuzzed over real loopback HTTP with input derived from its own
// schemas and made invalid in one place: a near-miss body, truncated JSON, a body of the wrong media type, a path
// parameter, query parameter or header outside its schema, an unknown or repeated query parameter, an Accept the
// platform cannot satisfy. Each request goes without a token, with a token the platform never issued, and with a
// token of a sandbox client that holds the operation's scopes. No response may be a server error or a dropped
// connection, and every error is problem details (LDS-00-R06, R08).

const PROBLEM = "https://standards.lds.example/lds-00-common/1/schemas/problem.schema.json";
const PROBLEM_TYPE = "https://standards.lds.example/problems/";
const NUM_RUNS = 15;

/** One request, invalid in the place `fault` names and valid everywhere else. */
interface FuzzedRequest {
  readonly fault: string;
  readonly path: string;
  readonly query: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

/** A value as it travels in a path, query or header: strings as they are, anything else as JSON. */
const text = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
/** Whether a string can be sent as an HTTP header value at all (RFC 9110 field-value, without CR or LF). */
const sendable = (value: string) => /^[\t\x20-\x7e\x80-\xff]*$/.test(value) && value.trim() === value;
const WRONG_MEDIA_TYPES = [
  "text/plain",
  "application/xml",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/jsonx",
];
const UNSATISFIABLE_ACCEPTS = ["text/html", "application/xml", "image/png", "text/*"];

describe.each(engines)("fuzzing every operation over HTTP on %s", async (engine) => {
  const platform = await testPlatform(engine);
  const { validator } = platform.context;
  const clients = await seedSandbox(platform);
  const server = await listen(platform, { port: 0 });
  afterAll(() => server.close());
  const options = { validator };

  /** A token of the first sandbox client (the test requesters before the host) that holds the operation's scopes. */
  const tokens = new Map<ApiOperation, string>();
  for (const operation of platform.context.operations.filter((candidate) => candidate.scopeSets.length)) {
    const client = [...clients]
      .reverse()
      .find((candidate) => operation.scopeSets.some((set) => set.every((scope) => candidate.scopes.includes(scope))));
    if (!client) throw new Error(`no sandbox client holds the scopes of ${operation.operationId}`);
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: client.clientId,
      client_secret: client.clientSecret,
    });
    const response = await call(platform, "POST", "/v1/token", {
      body: form.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    tokens.set(operation, (await json(response)).access_token);
  }

  /** Schema-derived invalid requests for an operation, each with exactly one fault. */
  function fuzzedRequests(operation: ApiOperation): fc.Arbitrary<FuzzedRequest> {
    const parameters = (where: string) => operation.parameters.filter((parameter) => parameter.in === where);
    const [inPath, inQuery, inHeader] = [parameters("path"), parameters("query"), parameters("header")];
    const validPath = fc.record(
      Object.fromEntries(
        inPath.map((parameter) => [parameter.name, arbitraryFor(parameter.schema, options).map(text)]),
      ),
    ) as fc.Arbitrary<Record<string, string>>;
    const pathOf = (values: Record<string, string>) =>
      operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ""));
    const schema = operation.requestBody?.schema;
    const validBody = schema
      ? arbitraryFor(schema, options).map((value) => JSON.stringify(value))
      : fc.constant(undefined);
    const json = { "content-type": "application/json" };
    /** The request with the parts given, and a valid path and body where none is given. */
    const request = (fault: string, parts: Partial<Omit<FuzzedRequest, "fault">>) =>
      fc
        .record({
          path: parts.path === undefined ? validPath.map(pathOf) : fc.constant(parts.path),
          body: parts.body === undefined ? validBody : fc.constant(parts.body),
        })
        .map(
          ({ path, body }): FuzzedRequest => ({
            fault,
            path,
            query: parts.query ?? "",
            body,
            headers: { ...(body === undefined ? {} : json), ...parts.headers },
          }),
        );

    const faults: fc.Arbitrary<FuzzedRequest>[] = [
      // A query parameter the operation does not define, or one it defines given twice.
      fc
        .oneof(
          fc.stringMatching(/^[a-z_]{1,12}$/).filter((name) => !inQuery.some((parameter) => parameter.name === name)),
          ...(inQuery.length ? [fc.constantFrom(...inQuery.map((parameter) => parameter.name))] : []),
        )
        .chain((name) =>
          request(`query ${name} unknown or repeated`, {
            query: `?${encodeURIComponent(name)}=1&${encodeURIComponent(name)}=2`,
          }),
        ),
      // An Accept header that admits neither JSON nor problem details.
      fc.constantFrom(...UNSATISFIABLE_ACCEPTS).chain((accept) => request(`accept ${accept}`, { headers: { accept } })),
    ];
    for (const parameter of inQuery) {
      faults.push(
        nearMissFor(parameter.schema, options).chain(({ value, mutation }) =>
          request(`query ${parameter.name} ${mutation.kind}`, {
            query: `?${encodeURIComponent(parameter.name)}=${encodeURIComponent(text(value))}`,
          }),
        ),
      );
    }
    for (const parameter of inPath) {
      faults.push(
        fc.tuple(validPath, nearMissFor(parameter.schema, options)).chain(([values, { value, mutation }]) =>
          request(`path ${parameter.name} ${mutation.kind}`, {
            path: pathOf({ ...values, [parameter.name]: text(value) }),
          }),
        ),
      );
    }
    for (const parameter of inHeader) {
      const invalid = nearMissFor(parameter.schema, options).filter(({ value }) => sendable(text(value)));
      faults.push(
        invalid.chain(({ value, mutation }) =>
          request(`header ${parameter.name} ${mutation.kind}`, { headers: { [parameter.name]: text(value) } }),
        ),
      );
    }
    if (schema) {
      faults.push(
        nearMissFor(schema, options).chain(({ value, mutation }) =>
          request(`body ${mutation.kind} at ${mutation.pointer}`, { body: JSON.stringify(value) }),
        ),
        fc
          .tuple(validBody, fc.nat())
          .chain(([body, cut]) =>
            request("body truncated", { body: (body ?? "").slice(0, cut % Math.max(1, (body ?? "").length)) }),
          ),
        fc
          .tuple(validBody, fc.constantFrom(...WRONG_MEDIA_TYPES))
          .chain(([body, type]) =>
            request(`body as ${type}`, { body: body ?? "{}", headers: { "content-type": type } }),
          ),
      );
    }
    return fc.oneof(...faults);
  }

  /** The request over HTTP; a failure to get any response (a dropped connection) fails the test. */
  async function send(operation: ApiOperation, fuzzed: FuzzedRequest, token: string | undefined): Promise<Response> {
    const headers = { ...fuzzed.headers, ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) };
    const url = `${server.baseUrl}${fuzzed.path}${fuzzed.query}`;
    try {
      return await fetch(url, {
        method: operation.method.toUpperCase(),
        headers,
        ...(fuzzed.body === undefined ? {} : { body: fuzzed.body }),
      });
    } catch (error) {
      const cause = error instanceof Error ? (error.cause ?? error.message) : error;
      throw new Error(`no response to ${operation.method.toUpperCase()} ${url}: ${String(cause)}`);
    }
  }

  test("LDS-00-R08 LDS-07-R15 whole numbers past what the database stores are answered like any other", async () => {
    const agreement = "aaaaaaaa-0005-4000-8000-000000000002";
    const decision = (version: number) => ({
      subject: { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000018" },
      purpose_class: "research",
      requester: { system: "urn:lds:id:gss", value: "E06000991" },
      agreement_id: agreement,
      agreement_version: version,
      lawful_basis: "art6-1-e",
    });
    /** The request to the operation with the parts given, answered with the status given; its body. */
    const exchange = async (id: string, parts: Partial<FuzzedRequest>, status: number) => {
      const operation = platform.context.operations.find((candidate) => candidate.operationId === id)!;
      const request = { fault: id, path: operation.path, query: "", body: undefined, ...parts };
      const headers = request.body === undefined ? {} : { "content-type": "application/json" };
      const response = await send(operation, { ...request, headers }, tokens.get(operation));
      const text = await response.text();
      expect(response.status, `${id} ${JSON.stringify(parts)}: ${text}`).toBe(status);
      return JSON.parse(text);
    };
    for (const n of [2 ** 31, 1e21]) {
      const digits = BigInt(n).toString();
      const cited = await exchange("decide", { body: JSON.stringify(decision(n)) }, 200);
      expect(cited.decision).toBe("permit");
      // The decision's audit event records the version cited, and a search for that version finds it.
      const search = { agreement_id: agreement, agreement_version: n };
      const found = await exchange("searchAuditEvents", { body: JSON.stringify(search) }, 200);
      expect(found.items.map((event: { agreement_version: number }) => event.agreement_version)).toEqual([n]);
      expect((await exchange("searchAuditEvents", { body: JSON.stringify({ sequence_from: n }) }, 200)).items).toEqual(
        [],
      );
      const upTo = await exchange("exportAuditEvents", { body: JSON.stringify({ sequence_to: n }) }, 200);
      expect(upTo.entry.length).toBeGreaterThan(0);
      expect((await exchange("listAuditChainLinks", { query: `?sequence_from=${digits}` }, 200)).items).toEqual([]);
      await exchange("listAuditChainLinks", { query: `?page=${digits}` }, 400);
      await exchange("listAgreements", { query: `?page=${digits}` }, 400);
      await exchange("getAgreementVersion", { path: `/agreements/${agreement}/versions/${digits}` }, 404);
    }
  });

  for (const operation of platform.context.operations) {
    const valid = tokens.get(operation);
    const senders = [undefined, randomBytes(32).toString("base64url"), ...(valid === undefined ? [] : [valid])];
    test.prop([fuzzedRequests(operation)], { numRuns: NUM_RUNS })(
      `LDS-00-R06 R08 ${operation.standard.id} ${operation.operationId}: invalid input, with and without a token, is never a server error`,
      async (fuzzed) => {
        for (const token of senders) {
          const response = await send(operation, fuzzed, token);
          const body = await response.text();
          const who = token === undefined ? "no token" : token === valid ? "a valid token" : "a bogus token";
          expect(response.status, `${fuzzed.fault}, ${who}: ${body}`).toBeLessThan(500);
          if (response.status < 400) continue;
          expect(response.headers.get("content-type"), fuzzed.fault).toMatch(/^application\/problem\+json/);
          const problem = JSON.parse(body);
          expect(validator.validate(PROBLEM, problem), body).toEqual([]);
          expect(problem.status).toBe(response.status);
          expect(problem.type).toBe(`${PROBLEM_TYPE}${problem.code}`);
        }
      },
      60_000,
    );
  }
});

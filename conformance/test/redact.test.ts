import { describe, expect, test } from "vitest";
import { evidenceExchange } from "../src/evidence/exchange.ts";
import { redact, redactHeaders, redactString } from "../src/evidence/redact.ts";

describe("personal data is redacted from evidence, keeping its shape", () => {
  test("identifier values of person systems, wherever the identifier object is", () => {
    const body = {
      results: [
        { system: "https://fhir.nhs.uk/Id/nhs-number", value: "943 476 5919", valid: true, canonical: "9434765919" },
        { system: "urn:lds:id:postcode", value: "NM1 4AB" },
        { system: "urn:lds:id:gss", value: "E06000990" },
      ],
    };
    expect(redact(body)).toEqual({
      results: [
        {
          system: "https://fhir.nhs.uk/Id/nhs-number",
          value: "[redacted:nhs-number]",
          valid: true,
          canonical: "[redacted:nhs-number]",
        },
        { system: "urn:lds:id:postcode", value: "[redacted:postcode]" },
        { system: "urn:lds:id:gss", value: "E06000990" },
      ],
    });
  });

  test("NHS numbers, NINOs and UPNs that pass their rules, anywhere in a string; near misses stay for the evidence", () => {
    expect(redactString("patient 943 476 5919 and 9434765918")).toBe("patient [redacted:nhs-number] and 9434765918");
    expect(redactString("NINO AB123456C, upn B801200005001.")).toBe("NINO [redacted:nino], upn [redacted:upn].");
    expect(redactString("at 2025-04-01T09:30:00Z, 1743500000 ms")).toBe("at 2025-04-01T09:30:00Z, 1743500000 ms");
  });

  test("names and birth dates", () => {
    expect(
      redact({
        name: { given: "Amara", family: "Okafor" },
        household: { members: [{ given_name: "Zara", family_name: "Okafor", birth_date: "2012-09-21" }] },
        child: { date_of_birth: "2016-01-30" },
        organisation: { name: "Northmoor Council" },
      }),
    ).toEqual({
      name: "[redacted:name]",
      household: {
        members: [
          { given_name: "[redacted:name]", family_name: "[redacted:name]", birth_date: "[redacted:birth-date]" },
        ],
      },
      child: { date_of_birth: "[redacted:birth-date]" },
      organisation: { name: "Northmoor Council" },
    });
  });

  test("tokens and secrets: headers, JSON members, form bodies, bare JWTs", () => {
    expect(redactHeaders({ authorization: "Bearer abc.def", cookie: "s=1", accept: "application/json" })).toEqual({
      authorization: "Bearer [redacted:token]",
      cookie: "[redacted:secret]",
      accept: "application/json",
    });
    expect(redact({ access_token: "eyJhbGciOi.x.y", token_type: "Bearer", client_secret: "s3cret" })).toEqual({
      access_token: "[redacted:secret]",
      token_type: "Bearer",
      client_secret: "[redacted:secret]",
    });
    expect(redactString("grant_type=client_credentials&client_id=a&client_secret=s3cret")).toBe(
      "grant_type=client_credentials&client_id=a&client_secret=[redacted:secret]",
    );
    expect(redactString("token eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJhIn0.c2ln here")).toBe("token [redacted:token] here");
  });

  test("an exchange keeps its method, URL, statuses and structure, with long bodies cut", () => {
    const redacted = evidenceExchange({
      request: {
        method: "POST",
        url: "https://p.example/v1/identifiers/$validate",
        headers: { authorization: "Bearer t" },
        body: { identifiers: [{ system: "urn:lds:id:nino", value: "AB123456C" }] },
      },
      response: { status: 200, headers: { "content-type": "application/json" }, bytes: 10, body: "x".repeat(10_000) },
      attempt: 1,
      durationMs: 3,
    });
    expect(redacted.request).toEqual({
      method: "POST",
      url: "https://p.example/v1/identifiers/$validate",
      headers: { authorization: "Bearer [redacted:token]" },
      body: { identifiers: [{ system: "urn:lds:id:nino", value: "[redacted:nino]" }] },
    });
    expect(redacted.response?.status).toBe(200);
    expect(String(redacted.response?.body)).toMatch(/… \[5904 more characters\]$/);
  });
});

test("a deeply nested hostile body is cut off, not recursed into", () => {
  let deep: unknown = "bottom";
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const redacted = JSON.stringify(redact(deep));
  expect(redacted).toContain("[truncated: nested too deeply]");
  expect(redacted.length).toBeLessThan(1000);
});

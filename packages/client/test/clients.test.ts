import { clientCredentials } from "@lds/client";
import { createLds00Client } from "@lds/client/lds-00";
import { createLds01Client } from "@lds/client/lds-01";
import { createLds04Client } from "@lds/client/lds-04";
import { createLds05Client } from "@lds/client/lds-05";
import { createLds06Client } from "@lds/client/lds-06";
import { createLds07Client } from "@lds/client/lds-07";
import { describe, expect, test } from "vitest";
import { mockServer } from "./mock-server.ts";

const mock = await mockServer();
const { baseUrl } = mock;
const as = (organisation: string) => {
  const client = mock.clients[organisation]!;
  return clientCredentials({ tokenUrl: mock.tokenUrl, clientId: client.clientId, clientSecret: client.clientSecret });
};
const requesterA = as("org-test-requester-a");
const host = as("org-northmoor-council");
const amara = { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000018" };

describe("one client per standard, against the mock platform through msw", () => {
  test("LDS-00: API information and health, without a token", async () => {
    const client = createLds00Client({ baseUrl });
    const info = await client.GET("/");
    expect(info.ok && info.data.base_url).toBe(baseUrl);
    expect(info.ok && info.data.standards.map((standard) => standard.id)).toContain("LDS-06");
    const health = await client.GET("/health");
    expect(health.ok && health.data.status).toBe("pass");
  });

  test("LDS-01: a bad check digit is reported, not thrown", async () => {
    const client = createLds01Client({ baseUrl, auth: requesterA });
    const result = await client.POST("/identifiers/$validate", {
      body: { identifiers: [{ system: amara.system, value: "9990000019" }] },
    });
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.data.results[0]?.valid).toBe(false);
  });

  test("LDS-04: an objection recorded is found by the objection check", async () => {
    const client = createLds04Client({ baseUrl, auth: host });
    const created = await client.POST("/objections", {
      body: { subject: amara, purposes: ["research"], actor: { role: "subject" }, channel: "online" },
    });
    expect(created.ok && created.response.status).toBe(201);
    const check = await client.POST("/objections/$check", { body: { subjects: [amara], purpose_class: "research" } });
    if (!check.ok) throw new Error(check.problem.code);
    expect(check.data.results[0]?.status).toBe("objection");
  });

  test("LDS-05: the requester's agreements, every page, and the public register without a token", async () => {
    const client = createLds05Client({ baseUrl, auth: requesterA });
    const one = await client.GET("/agreements", { params: { query: { size: 1 } } });
    if (!one.ok) throw new Error(one.problem.code);
    const all = await client.collect("GET", "/agreements", { params: { query: { size: 1 } } });
    if (!all.ok) throw new Error(all.problem.code);
    expect(all.data).toHaveLength(one.data.page.total_items);
    expect(new Set(all.data.map((agreement) => agreement.id)).size).toBe(all.data.length);
    const register = await createLds05Client({ baseUrl }).collect("GET", "/register/agreements", {
      params: { query: { size: 2 } },
    });
    expect(register.ok && register.data.length).toBeGreaterThan(2);
  });

  test("LDS-06 and LDS-07: a permitted request returns the record, and its audit event can be read", async () => {
    const access = await createLds06Client({ baseUrl, auth: requesterA }).POST("/records/$search", {
      body: {
        subject: amara,
        record_type: "family-support-summary",
        purpose_class: "direct-care",
        lawful_basis: "art6-1-a",
        agreement_id: "aaaaaaaa-0005-4000-8000-000000000001",
        consent_id: "cccccccc-0004-4000-8000-000000000001",
      },
    });
    if (!access.ok) throw new Error(`${access.problem.code}: ${access.problem.detail}`);
    expect(access.data.subject.value).toBe(amara.value);
    const audit = createLds07Client({ baseUrl, auth: requesterA });
    const event = await audit.GET("/audit-events/{id}", { params: { path: { id: access.data.audit_event_id } } });
    if (!event.ok) throw new Error(event.problem.code);
    expect(event.data.operation).toBe("requestRecordAccess");
    const events = await audit.collect("POST", "/audit-events/$search", { body: {} });
    expect(events.ok && events.data.some((found) => found.id === access.data.audit_event_id)).toBe(true);
  });

  test("an HTTP error is a typed LDS problem result", async () => {
    const client = createLds05Client({ baseUrl, auth: as("org-test-requester-d") });
    const result = await client.GET("/agreements/{agreement_id}", {
      params: { path: { agreement_id: "aaaaaaaa-0005-4000-8000-000000000001" } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.status).toBe(403);
    expect(result.problem.type).toBe(`https://standards.lds.example/problems/${result.problem.code}`);
  });
});

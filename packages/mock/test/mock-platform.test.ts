import { ArrangeError, createMockPlatform } from "@lds/mock";
import type { Objection, ObjectionCheckResponse } from "@lds/types/lds-04";
import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { setupServer } from "msw/node";
import { afterAll, describe, expect, test } from "vitest";

const baseUrl = "https://council.example.test/lds/v1";
const mock = await createMockPlatform({ baseUrl });
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: "error" });
afterAll(async () => {
  server.close();
  await mock.close();
});

const nhs = (value: string) => ({ system: "https://fhir.nhs.uk/Id/nhs-number", value });

/** A token for a sandbox client, from the mock's token endpoint, through msw. */
async function token(organisation: string): Promise<string> {
  const client = mock.clients[organisation]!;
  const response = await fetch(mock.tokenUrl, {
    method: "POST",
    headers: {
      authorization: `Basic ${btoa(`${client.clientId}:${client.clientSecret}`)}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A JSON request to the mock through msw, as a consumer's code sends it. */
async function call(method: string, path: string, bearer?: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read loose JSON
  return { status: response.status, body: (await response.json()) as any };
}

const objects = async (subject: string, purpose: string) => {
  const check = await call("POST", "/objections/$check", await token("org-test-requester-c"), {
    purpose_class: purpose,
    subjects: [nhs(subject)],
  });
  return (check.body as ObjectionCheckResponse).results[0]?.status;
};

describe("the mock platform behind msw", () => {
  test("answers under its base URL as the reference platform, with no server", async () => {
    const info = await call("GET", "/");
    expect(info.status).toBe(200);
    expect(info.body.base_url).toBe(baseUrl);
    expect(mock.declaration.base_url).toBe(baseUrl);
    expect(mock.declaration.token_endpoint).toBe(mock.tokenUrl);
  });

  test("is stateful: what one request writes, the next reads", async () => {
    const council = await token("org-northmoor-council");
    const subject = nhs("9990000069");
    const created = await call("POST", "/objections", council, {
      subject,
      purposes: ["statistics"],
      actor: { role: "subject" },
      channel: "email",
    });
    expect(created.status).toBe(201);
    const found = await call("POST", "/objections/$search", council, { subject });
    expect(found.body.items.map((objection: Objection) => objection.id)).toContain(created.body.id);
  });

  test("a request anywhere else is an error, not a silent pass-through", async () => {
    await expect(fetch("https://elsewhere.example.test/v1/")).rejects.toThrow();
  });
});

describe("arranging state", () => {
  test("addObjection and withdrawObjection change what the objection check answers", async () => {
    expect(await objects("9990000077", "research")).toBe("no-objection");
    const objection = await mock.arrange.addObjection({
      subject: nhs("9990000077"),
      purposes: ["research"],
      actor: { role: "subject" },
      channel: "online",
    });
    expect(objection.status).toBe("active");
    expect(await objects("9990000077", "research")).toBe("objection");
    await mock.arrange.withdrawObjection(objection.id);
    expect(await objects("9990000077", "research")).toBe("no-objection");
  });

  test("suspendAgreement and activateAgreement change what the register shows", async () => {
    const id = "aaaaaaaa-0005-4000-8000-000000000003";
    const status = async () => (await call("GET", `/register/agreements/${id}`)).body.status;
    expect(await status()).toBe("active");
    const suspended = await mock.arrange.suspendAgreement(id, { summary: "Paused while the DPIA is reviewed." });
    expect([suspended.status, suspended.change_summary]).toEqual(["suspended", "Paused while the DPIA is reviewed."]);
    expect(await status()).toBe("suspended");
    await mock.arrange.activateAgreement(id);
    expect(await status()).toBe("active");
  });

  test("addAgreement creates a draft that activateAgreement makes active", async () => {
    const seeded = mock.platform.context.catalogue.personas!.agreements!.filter(
      (version) => version.id === "aaaaaaaa-0005-4000-8000-000000000003",
    );
    const terms = { ...seeded.at(-1)!.terms, reference: "NM-ISA-TEST-001" };
    const draft = await mock.arrange.addAgreement(terms);
    expect([draft.status, draft.version]).toEqual(["draft", 1]);
    const active: DataSharingAgreementVersion = await mock.arrange.activateAgreement(draft.id);
    expect([active.status, active.version]).toEqual(["active", 2]);
  });

  test("a step the platform refuses throws ArrangeError with the problem", async () => {
    const refused = mock.arrange.activateAgreement("aaaaaaaa-0005-4000-8000-000000000006");
    await expect(refused).rejects.toBeInstanceOf(ArrangeError);
    await expect(refused).rejects.toMatchObject({ status: 422, problem: { code: "agreement-incomplete" } });
  });
});

describe("reset", () => {
  test("puts back the seeded state, keeping the clients' secrets and the tokens already issued", async () => {
    const before = await token("org-test-requester-c");
    await mock.arrange.addObjection({
      subject: nhs("9990000085"),
      purposes: ["planning"],
      actor: { role: "subject" },
      channel: "online",
    });
    expect(await objects("9990000085", "planning")).toBe("objection");
    await mock.reset();
    expect(await objects("9990000085", "planning")).toBe("no-objection");
    const check = await call("POST", "/objections/$check", before, {
      purpose_class: "planning",
      subjects: [nhs("9990000085")],
    });
    expect(check.status).toBe(200);
  }, 120_000);

  test("a base URL without /v{major} is refused", async () => {
    await expect(createMockPlatform({ baseUrl: "https://lds.mock.test/api" })).rejects.toThrow(/v\{major\}/);
  });
});

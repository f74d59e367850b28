import { describe, expect, test } from "vitest";
import { registerClient } from "../src/index.ts";
import { call, engines, json, testPlatform } from "./harness.ts";

describe.each(engines)("LDS-01 on %s", async (engine) => {
  const platform = await testPlatform(engine);
  const { clientId } = await registerClient(
    platform.context.db,
    { organisation: { system: "urn:lds:id:gss", value: "E09000011" }, name: "Test council", scopes: [] },
    new Date(),
  );
  const token = await platform.context.tokens.issue({
    clientId,
    organisation: { system: "urn:lds:id:gss", value: "E09000011" },
    name: "Test council",
    scopes: [],
  });
  const validate = (body: unknown) => call(platform, "POST", "/v1/identifiers/$validate", { body, token });

  test("each identifier gets a result, in request order, canonical when valid", async () => {
    const response = await validate({
      identifiers: [
        { system: "https://fhir.nhs.uk/Id/nhs-number", value: "943 476 5919" },
        { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9434765918" },
        { system: "urn:lds:id:postcode", value: "sw1a1aa" },
        { system: "urn:example:passport", value: "123" },
      ],
    });
    expect(response.status).toBe(200);
    const { results } = await json(response);
    expect(results.map((r: { valid: boolean }) => r.valid)).toEqual([true, false, true, false]);
    expect(results[0].canonical).toBe("9434765919");
    expect(results[1].errors[0].code).toBe("invalid-nhs-number");
    expect(results[2].canonical).toBe("SW1A 1AA");
    expect(results[3].errors[0].code).toBe("unknown-system");
  });

  test("a malformed batch is 422 with its errors; malformed JSON is 400; a non-JSON body 415", async () => {
    const empty = await validate({ identifiers: [] });
    expect(empty.status).toBe(422);
    expect(await json(empty)).toMatchObject({
      code: "validation-failed",
      errors: [{ pointer: "/identifiers", code: "out-of-range" }],
    });
    const unknown = await validate({ identifiers: [{ system: "urn:lds:id:upn", value: "x", extra: 1 }] });
    expect((await json(unknown)).errors).toContainEqual(
      expect.objectContaining({ pointer: "/identifiers/0/extra", code: "unknown-member" }),
    );
    const broken = await call(platform, "POST", "/v1/identifiers/$validate", { body: "{nope", token });
    expect(broken.status).toBe(400);
    expect((await json(broken)).code).toBe("bad-request");
    const text = await call(platform, "POST", "/v1/identifiers/$validate", {
      body: "hello",
      token,
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
  });

  test("an unknown query parameter on a personal-data operation is 400 (LDS-00-R12)", async () => {
    const response = await call(platform, "POST", "/v1/identifiers/$validate?nhs_number=9434765919", {
      body: { identifiers: [{ system: "urn:lds:id:upn", value: "B801200005001" }] },
      token,
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0]).toMatchObject({ pointer: "/nhs_number", code: "unknown-member" });
  });
});

import { createLds04Client } from "@lds/client/lds-04";
import { createLds05Client } from "@lds/client/lds-05";
import { describe, expect, test } from "vitest";

const baseUrl = "https://validated.test/v1";
/** A client with validation on whose requests are recorded and answered 201 `{}`. */
function recording(validate: boolean) {
  const sent: Request[] = [];
  const fetch = async (request: Request) => {
    sent.push(request);
    return Response.json({}, { status: 201 });
  };
  return {
    lds04: createLds04Client({ baseUrl, fetch, validate }),
    lds05: createLds05Client({ baseUrl, fetch, validate }),
    sent,
  };
}
const objection = {
  subject: { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000018" },
  purposes: ["research" as const],
  actor: { role: "subject" as const },
  channel: "online" as const,
};

describe("validating requests before sending them", () => {
  test("an invalid body is not sent: the result is the 422 validation-failed problem the platform would give", async () => {
    const { lds04, sent } = recording(true);
    const wrongCheckDigit = { ...objection, subject: { ...objection.subject, value: "9990000019" } };
    const result = await lds04.POST("/objections", { body: wrongCheckDigit });
    expect(sent).toEqual([]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ status: 422, code: "validation-failed" });
    expect(result.problem.errors).toContainEqual(
      expect.objectContaining({ pointer: "/subject/value", code: "invalid-nhs-number" }),
    );
  });

  test("an invalid or unknown query parameter is the 400 bad-request problem, not sent", async () => {
    const { lds05, sent } = recording(true);
    const result = await lds05.GET("/agreements", { params: { query: { size: 0, colour: "red" } as never } });
    expect(sent).toEqual([]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ status: 400, code: "bad-request" });
    expect(result.problem.errors?.map((error) => [error.pointer, error.code]).sort()).toEqual([
      ["/colour", "unknown-member"],
      ["/size", "out-of-range"],
    ]);
  });

  test("a valid request is sent", async () => {
    const { lds04, sent } = recording(true);
    const result = await lds04.POST("/objections", { body: objection });
    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(1);
    expect(await sent[0]?.json()).toEqual(objection);
  });

  test("without validation, an invalid request is sent for the platform to judge", async () => {
    const { lds04, sent } = recording(false);
    await lds04.POST("/objections", { body: { ...objection, purposes: [] } });
    expect(sent).toHaveLength(1);
  });
});

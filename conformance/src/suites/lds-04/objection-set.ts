import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { exampleInstance, examplesOf } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject, spaced } from "./subjects.ts";
import { expectValidationErrors } from "./validation-errors.ts";

/**
 * createObjection records how the objection was set: the canonical subject, the purposes, the actor, channel and
 * evidence reference, the requester as recorded_by, the time it was recorded; readObjection returns the same; the
 * invalid objection-input examples get 422 with their errors (LDS-04-R12).
 */
export const objectionSet = defineCheck({
  id: "lds-04/objection-set",
  title: "An objection records who set it, how and when",
  standard: "LDS-04",
  requirements: ["LDS-04-R12"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.b)],
  async run(context) {
    const api = lds04Api(context);
    const subject = freshSubject();
    const input = exampleInstance(context, "objection-input-full");
    const body = { ...input, subject: { ...subject, value: spaced(subject.value) } };
    const { response } = await api.createObjection(REQUESTER.a, body);
    const what = "POST /objections with objection-input-full, the NHS number written with spaces";
    context.expect(response.status, `status of ${what}`).toBe(201);
    context.expect(response.json, `body of ${what}`).toBeValid("lds-04/objection");
    const objection = response.json as {
      id: string;
      subject: unknown;
      purposes: unknown;
      status: string;
      events: Record<string, unknown>[];
    };
    context.expect(objection.status, `status member of ${what}`).toBe("active");
    context.expect(objection.subject, `subject of ${what}`).toEqual(subject);
    context.expect(objection.purposes, `purposes of ${what}`).toEqual(input.purposes);
    context.expect(objection.events.length, `number of events of ${what}`).toBe(1);
    const [set] = objection.events;
    for (const member of ["actor", "channel", "evidence_reference"]) {
      context.expect(set?.[member], `${member} of the set event of ${what}`).toEqual(input[member]);
    }
    context.expect(set?.recorded_by, `recorded_by of the set event of ${what}`).toEqual(api.organisation(REQUESTER.a));
    const date = Date.parse(response.headers.date ?? "");
    context
      .expect(set?.recorded_at, `recorded_at of the set event of ${what}, against the Date header`)
      .toSatisfy((at) => Math.abs(Date.parse(String(at)) - date) <= 60_000, "within 60 seconds of the Date header");
    const read = await api.readObjection(REQUESTER.b, objection.id);
    context.expect(read.response.json, "GET /objections/{id} of the objection just set").toEqual(response.json);

    for (const example of examplesOf(context, "invalid", "objection-input", "LDS-04-R12")) {
      const aboutSubject = example.errors.some((error) => (error.pointer ?? "").startsWith("/subject"));
      const invalid = aboutSubject ? example.instance : { ...example.instance, subject: freshSubject() };
      const refused = await api.createObjection(REQUESTER.a, invalid);
      expectValidationErrors(context, refused.response, example.errors, `POST /objections with ${example.name}`);
    }
  },
});

import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests } from "./agreement-requests.ts";
import { lds05Clients } from "./requesters.ts";

/** The requirements whose schema rules the invalid terms examples illustrate. */
const SCHEMA_RULES = ["LDS-05-R16", "LDS-05-R17", "LDS-05-R18", "LDS-05-R19", "LDS-05-R20"];

/**
 * Each invalid example of agreement-terms.schema.json that illustrates LDS-05-R16 to R20, sent as the terms of a
 * createAgreement: 422 validation-failed with the error the example names, under /terms. (Validation is reported
 * before the requester's role in the terms, LDS-05-R29, so the examples' own parties do.)
 */
export const termsSchemaRules = defineCheck({
  id: "lds-05/terms-schema-rules",
  title: "Terms that break the lawful basis, condition and party rules are refused",
  standard: "LDS-05",
  requirements: SCHEMA_RULES,
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    const standard = context.catalogue.standards.find((candidate) => candidate.id === "LDS-05");
    const examples = (standard?.examples ?? []).filter(
      (file) =>
        file.kind === "invalid" &&
        String(file.example.schema ?? "").endsWith("/agreement-terms.schema.json") &&
        (file.example.requirements ?? []).some((id) => SCHEMA_RULES.includes(id)),
    );
    if (!examples.length) return context.skip("LDS-05 has no invalid terms examples for these requirements");
    for (const file of examples) {
      const what = `POST /agreements as A with the terms of example ${file.name}`;
      const { response } = await requests.create("A", file.example.instance);
      expectProblem(context, response, 422, "validation-failed", what);
      const reported = (response.json as { errors?: { pointer: string; code: string }[] }).errors ?? [];
      for (const error of file.example.errors ?? []) {
        const pointer = `/terms${error.pointer}`;
        context
          .expect(reported, `errors of ${what}`)
          .toSatisfy(
            (errors) => errors.some((candidate) => candidate.pointer === pointer && candidate.code === error.code),
            `to include {pointer: "${pointer}", code: "${error.code}"}`,
          );
      }
    }
  },
});

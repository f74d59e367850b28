import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { auditorDeclared, auditorOf, searchPage } from "./audit-trail.ts";

/** Inverted ranges are refused, never answered empty (LDS-07-R25). */
export const ranges = defineCheck({
  id: "lds-07/ranges",
  title: "Empty time and sequence ranges are rejected",
  standard: "LDS-07",
  requirements: ["LDS-07-R25"],
  preconditions: [auditorDeclared],
  async run(context) {
    const auditor = await context.token(auditorOf(context));
    const at = new Date().toISOString();
    const subject = { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000018" };
    for (const path of ["/audit-events/$search", "/audit-events/fhir/$search"]) {
      for (const body of [
        { recorded_from: at, recorded_to: at },
        { sequence_from: 5, sequence_to: 4 },
      ]) {
        expectProblem(
          context,
          await searchPage(context, auditor, body, 1, 20, path),
          422,
          "audit-range-invalid",
          `POST ${path} with ${JSON.stringify(body)}`,
        );
      }
    }
    const { response } = await context.http.request({
      method: "POST",
      path: "/access-reports/$search",
      headers: { authorization: `Bearer ${auditor}` },
      json: { subject, recorded_from: at, recorded_to: at },
    });
    expectProblem(
      context,
      response,
      422,
      "audit-range-invalid",
      "POST /access-reports/$search with recorded_to equal to recorded_from",
    );
    const links = await context.http.request({
      path: "/audit-chain/links",
      query: { sequence_from: "5", sequence_to: "4" },
      headers: { authorization: `Bearer ${auditor}` },
    });
    expectProblem(context, links.response, 400, "bad-request", "GET /audit-chain/links?sequence_from=5&sequence_to=4");
    const errors = (links.response.json as { errors?: { pointer: string }[] }).errors ?? [];
    context
      .expect(
        errors.map((error) => error.pointer),
        "error pointers of GET /audit-chain/links?sequence_from=5&sequence_to=4",
      )
      .toSatisfy((pointers) => pointers.includes("/sequence_to"), "to include /sequence_to");
  },
});

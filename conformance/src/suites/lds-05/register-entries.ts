import type { RegisterEntry } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { agreementRequests, allRegisterEntries, publishedMembers } from "./agreement-requests.ts";
import { personaAgreements } from "./seeded-agreements.ts";

/**
 * The register publishes every personas' agreement that has had an active version — suspended and terminated ones
 * included — as its latest version, and none that has not (LDS-05-R32); every entry validates.
 */
export const registerEntries = defineCheck({
  id: "lds-05/register-entries",
  title: "The register publishes every agreement that has been active, as its latest version",
  standard: "LDS-05",
  requirements: ["LDS-05-R32"],
  async run(context) {
    const requests = agreementRequests(context);
    const agreements = personaAgreements(context.catalogue.personas?.agreements ?? []);
    if (!agreements.length) return context.skip("personas.yaml holds no agreements");
    const listed = new Map((await allRegisterEntries(context, requests)).map((entry) => [entry.id, entry]));
    for (const { id, history } of agreements) {
      const latest = history.at(-1)!;
      const published = history.some((version) => version.status === "active");
      const entry = await requests.registerEntry(id);
      if (!published) {
        expectProblem(context, entry.response, 404, "not-found", `GET /register/agreements/${id} (never active)`);
        context.expect(listed.has(id), `whether GET /register/agreements lists ${id} (never active)`).toBe(false);
        continue;
      }
      const what = `GET /register/agreements/${id} (personas: version ${latest.version}, ${latest.status})`;
      context.expect(entry.response.status, `status of ${what}`).toBe(200);
      context.expect(entry.response.json, `body of ${what}`).toBeValid("lds-05/register-entry");
      context.expect(publishedMembers(entry.response.json as RegisterEntry), what).toEqual(publishedMembers(latest));
      const item = listed.get(id);
      context
        .expect(item && publishedMembers(item), `entry for ${id} in GET /register/agreements`)
        .toEqual(publishedMembers(latest));
    }
  },
});

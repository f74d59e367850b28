import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { personaObjections } from "./persona-objections.ts";
import { lds04Clients } from "./preconditions.ts";

const UPN = "urn:lds:id:upn";

/**
 * A persona's objection recorded against their NHS number applies when the same person is named by their Unique
 * Pupil Number: checkObjections answers objection and searchObjections includes it (LDS-04-R26, SHOULD).
 */
export const severalIdentifiers = defineCheck({
  id: "lds-04/several-identifiers",
  title: "A person's objections apply whichever of their identifiers is used",
  standard: "LDS-04",
  requirements: ["LDS-04-R26"],
  preconditions: [lds04Clients(REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const people = context.catalogue.personas?.people ?? [];
    const cases = personaObjections(context)
      .filter((objection) => objection.status === "active")
      .flatMap((objection) => {
        const person = people.find((p) => p.identifiers.some((id) => id.value === objection.subject.value));
        const upn = person?.identifiers.find((id) => id.system === UPN);
        return upn ? [{ objection, upn: { system: upn.system, value: upn.value } }] : [];
      });
    if (!cases.length) return context.skip("no persona with a UPN has an active objection");
    for (const { objection, upn } of cases) {
      const purpose = objection.purposes[0]!;
      const check = await api.checkObjections(REQUESTER.c, { purpose_class: purpose, subjects: [upn] });
      context
        .expect(
          (check.response.json as { results?: { status?: string }[] }).results?.[0]?.status,
          `status in POST /objections/$check for ${purpose} by the UPN of the subject of ${objection.id}`,
        )
        .toBe("objection");
      const search = await api.searchObjections(REQUESTER.c, { subject: upn });
      context
        .expect(
          ((search.response.json as { items?: { id: string }[] }).items ?? []).map((item) => item.id),
          "ids of POST /objections/$search by UPN",
        )
        .toSatisfy((ids) => ids.includes(objection.id), `to include ${objection.id}`);
    }
  },
});

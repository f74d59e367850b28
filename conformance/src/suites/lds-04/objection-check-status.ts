import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { personaObjections } from "./persona-objections.ts";
import { lds04Clients } from "./preconditions.ts";

const PURPOSES = ["direct-care", "safeguarding", "planning", "research", "statistics"];

/**
 * For every persona with an objection, active or withdrawn, checkObjections for each purpose class answers objection
 * exactly when one of the person's active objections covers it, and anonymised-output plays no part (LDS-04-R18).
 */
export const objectionCheckStatus = defineCheck({
  id: "lds-04/objection-check-status",
  title: "A check says objection exactly when an active objection covers the purpose",
  standard: "LDS-04",
  requirements: ["LDS-04-R18"],
  preconditions: [lds04Clients(REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const objections = personaObjections(context);
    const subjects = objections
      .map((objection) => objection.subject)
      .filter((subject, index, all) => all.findIndex((other) => other.value === subject.value) === index);
    for (const purpose_class of PURPOSES) {
      const { response } = await api.checkObjections(REQUESTER.c, { purpose_class, subjects });
      const what = `POST /objections/$check for ${purpose_class} of the personas with objections`;
      context.expect(response.status, `status of ${what}`).toBe(200);
      const results = (response.json as { results?: { status?: string }[] }).results ?? [];
      subjects.forEach((subject, index) => {
        const covered = objections.some(
          (objection) =>
            objection.subject.value === subject.value &&
            objection.status === "active" &&
            objection.purposes.includes(purpose_class),
        );
        context
          .expect(results[index]?.status, `status of subject ${index + 1} in ${what}`)
          .toBe(covered ? "objection" : "no-objection");
      });
    }
  },
});

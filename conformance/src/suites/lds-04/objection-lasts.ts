import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { personaObjections } from "./persona-objections.ts";
import { lds04Clients } from "./preconditions.ts";

/**
 * The personas' active objections — one set in 2019, one of a person who has since died, one set by an attorney —
 * are still active with their one set event, and checkObjections answers objection for every purpose they cover
 * (LDS-04-R13): an objection does not lapse with time or death.
 */
export const objectionLasts = defineCheck({
  id: "lds-04/objection-lasts",
  title: "An objection lasts until it is withdrawn, even after the person's death",
  standard: "LDS-04",
  requirements: ["LDS-04-R13"],
  preconditions: [lds04Clients(REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const people = context.catalogue.personas?.people ?? [];
    const active = personaObjections(context).filter((objection) => objection.status === "active");
    const deceased = active.filter((objection) =>
      people.some(
        (person) =>
          person.death_date !== undefined &&
          person.identifiers.some(
            (id) => id.system === objection.subject.system && id.value === objection.subject.value,
          ),
      ),
    );
    if (!deceased.length) return context.skip("no persona who has died has an active objection");
    for (const objection of active) {
      const { response } = await api.readObjection(REQUESTER.c, objection.id);
      const what = `GET /objections/{id} for the persona objection ${objection.id}, set ${String(objection.events[0]?.recorded_at)}`;
      context.expect(response.status, `status of ${what}`).toBe(200);
      const read = response.json as { status?: string; events?: unknown[] };
      context.expect(read.status, `status member of ${what}`).toBe("active");
      context.expect(read.events?.length, `number of events of ${what}`).toBe(1);
      for (const purpose of objection.purposes) {
        const check = await api.checkObjections(REQUESTER.c, { purpose_class: purpose, subjects: [objection.subject] });
        context
          .expect(
            (check.response.json as { results?: { status?: string }[] }).results?.[0]?.status,
            `status in POST /objections/$check for ${purpose} of the subject of ${objection.id}`,
          )
          .toBe("objection");
      }
    }
  },
});

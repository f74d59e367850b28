import { canonicalize } from "@lds/canonical-json";
import { defineFaux, pathOf, withJson } from "../faux.ts";

interface Entity {
  name?: string;
  detail?: { type: string; valueBase64Binary?: string }[];
}

/** Carries the canonical event without its hash in the export, as if the hash were a storage detail. */
export const exportedEventWithoutHash = defineFaux({
  name: "exported-event-without-hash",
  breaks: "LDS-07-R24",
  description: "exports each event's canonical form with its hash member removed",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (pathOf(request) !== "/audit-events/fhir/$search" || response.status !== 200) return response;
    return withJson(response, (body) => {
      const bundle = body as { entry?: { resource: { entity: Entity[] } }[] };
      for (const entry of bundle.entry ?? []) {
        for (const entity of entry.resource.entity) {
          const detail = entity.name === "lds-audit-event" ? entity.detail?.[0] : undefined;
          if (!detail?.valueBase64Binary) continue;
          const { hash: _hash, ...event } = JSON.parse(
            Buffer.from(detail.valueBase64Binary, "base64").toString("utf8"),
          );
          detail.valueBase64Binary = Buffer.from(canonicalize(event), "utf8").toString("base64");
        }
      }
      return bundle;
    });
  },
});

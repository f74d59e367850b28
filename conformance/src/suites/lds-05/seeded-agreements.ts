import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { agreementRequests, allVersions } from "./agreement-requests.ts";
import { lds05Clients, organisationOf, REQUESTERS, type RequesterName, sameOrganisation } from "./requesters.ts";

/** The personas' agreements, each as its versions oldest first. */
export function personaAgreements(versions: readonly DataSharingAgreementVersion[]) {
  const byId = new Map<string, DataSharingAgreementVersion[]>();
  for (const version of versions) byId.set(version.id, [...(byId.get(version.id) ?? []), version]);
  return [...byId.entries()].map(([id, history]) => ({ id, history }));
}

/**
 * The agreements the personas hold, read by a test requester that is one of their parties: the agreement is its
 * latest version (LDS-05-R06) — a suspended agreement reads as suspended — and the history is every version, in
 * order, at one version per page and at 100 (LDS-05-R07).
 */
export const seededAgreements = defineCheck({
  id: "lds-05/seeded-agreements",
  title: "The personas' agreements read back as their latest versions, with their whole history",
  standard: "LDS-05",
  requirements: ["LDS-05-R06", "LDS-05-R07"],
  preconditions: [lds05Clients("A", "B", "C", "D")],
  async run(context) {
    const requests = agreementRequests(context);
    const agreements = personaAgreements(context.catalogue.personas?.agreements ?? []);
    if (!agreements.length) return context.skip("personas.yaml holds no agreements");
    for (const { id, history } of agreements) {
      const names = Object.keys(REQUESTERS) as RequesterName[];
      const reader = names.find((name) =>
        history.some((version) =>
          version.terms.parties.some((party) => sameOrganisation(party.organisation, organisationOf(context, name))),
        ),
      );
      const latest = history.at(-1);
      if (!reader || !latest) continue;
      const { response } = await requests.get(reader, id);
      context.expect(response.status, `status of GET /agreements/${id} as ${REQUESTERS[reader]}`).toBe(200);
      context
        .expect(
          response.json,
          `GET /agreements/${id} as ${REQUESTERS[reader]} (personas: version ${latest.version}, ${latest.status})`,
        )
        .toEqual(latest);
      for (const size of [1, 100]) {
        const listed = await allVersions(context, requests, reader, id, size);
        context.expect(listed, `versions of ${id} listed at size ${size} as ${REQUESTERS[reader]}`).toEqual(history);
      }
    }
  },
});

import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { agreementRequests, createdVersion, walk } from "./agreement-requests.ts";
import { lds05Clients, organisationOf, REQUESTERS, type RequesterName, sameOrganisation } from "./requesters.ts";
import { personaAgreements } from "./seeded-agreements.ts";
import { draftTerms, uniqueTitle } from "./terms.ts";

const ascending = (ids: readonly string[]) =>
  ids.every((id, i) => i === 0 || ids[i - 1]!.toLowerCase() < id.toLowerCase());

/**
 * listAgreements as each test requester: every personas' agreement naming it in any version, and a draft it was
 * removed from by an amendment, each as getAgreement returns it; no agreement not naming it; ids ascending;
 * `?status=draft` only drafts.
 */
export const listAgreements = defineCheck({
  id: "lds-05/list-agreements",
  title: "Each organisation lists exactly its own agreements, in order of id",
  standard: "LDS-05",
  requirements: ["LDS-05-R30"],
  preconditions: [lds05Clients("A", "B", "C", "D")],
  async run(context) {
    const requests = agreementRequests(context);
    const names: RequesterName[] = ["A", "B", "C", "D"];
    // A draft between A and B from which A then removes B: B still lists it (a party in an earlier version).
    const terms = draftTerms(context, uniqueTitle("list"));
    const first = createdVersion(
      context,
      await requests.create("A", { ...terms, parties: terms.parties.slice(0, 2) }),
      "POST /agreements as A",
    );
    const b = organisationOf(context, "B");
    createdVersion(
      context,
      await requests.amend("A", first.id, 1, { ...terms, parties: terms.parties.slice(0, 1) }, "B removed."),
      `POST /agreements/${first.id}/versions removing B`,
    );
    const personas = personaAgreements(context.catalogue.personas?.agreements ?? []);
    for (const name of names) {
      const me = organisationOf(context, name);
      const listed = await walk<DataSharingAgreementVersion>(
        context,
        (query) => requests.list(name, query),
        "lds-05/agreement-list",
        `GET /agreements as ${REQUESTERS[name]}`,
      );
      const ids = listed.map((item) => item.id);
      context.expect(ids, `ids of GET /agreements as ${REQUESTERS[name]}`).toSatisfy(ascending, "ascending");
      const expected = personas.filter(({ history }) =>
        history.some((version) => version.terms.parties.some((party) => sameOrganisation(party.organisation, me))),
      );
      for (const { id, history } of expected) {
        context
          .expect(
            listed.find((item) => item.id === id),
            `agreement ${id} in GET /agreements as ${REQUESTERS[name]}`,
          )
          .toEqual(history.at(-1));
      }
      for (const other of personas.filter((agreement) => !expected.includes(agreement))) {
        context
          .expect(
            ids.includes(other.id),
            `whether GET /agreements as ${REQUESTERS[name]} lists ${other.id}, which does not name it`,
          )
          .toBe(false);
      }
      const mine = name === "A" || sameOrganisation(me, b);
      context
        .expect(ids.includes(first.id), `whether GET /agreements as ${REQUESTERS[name]} lists ${first.id}`)
        .toBe(mine);
      for (const item of listed.filter((candidate) => !personas.some(({ id }) => id === candidate.id)).slice(0, 5)) {
        const { response } = await requests.get(name, item.id);
        context
          .expect(
            response.json,
            `GET /agreements/${item.id} as ${REQUESTERS[name]}, against its item in GET /agreements`,
          )
          .toEqual(item);
      }
      const drafts = await walk<DataSharingAgreementVersion>(
        context,
        (query) => requests.list(name, { ...query, status: "draft" }),
        "lds-05/agreement-list",
        `GET /agreements?status=draft as ${REQUESTERS[name]}`,
      );
      context
        .expect(
          drafts.map((item) => item.status),
          `statuses of GET /agreements?status=draft as ${REQUESTERS[name]}`,
        )
        .toSatisfy((statuses) => statuses.every((status) => status === "draft"), "only draft");
      context
        .expect(
          drafts.map((item) => item.id),
          `ids of GET /agreements?status=draft as ${REQUESTERS[name]}`,
        )
        .toEqual(listed.filter((item) => item.status === "draft").map((item) => item.id));
    }
  },
});

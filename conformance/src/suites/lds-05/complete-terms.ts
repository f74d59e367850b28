import type { DataSharingAgreementTerms, DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { agreementRequests, allVersions, createdVersion } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { expectProblemErrors, incompletenessOf } from "./problem-errors.ts";
import { lds05Clients, sameOrganisation } from "./requesters.ts";
import { completeTerms, uniqueTitle } from "./terms.ts";

type Terms = DataSharingAgreementTerms;

/** Terms without one organisation: its party, its approval and any processor acting for it. */
const onlyParties = (terms: Terms, keep: number): Terms => {
  const parties = terms.parties.slice(0, keep);
  return {
    ...terms,
    parties,
    ...(terms.approvals
      ? {
          approvals: terms.approvals.filter((approval) =>
            parties.some((party) => sameOrganisation(party.organisation, approval.party)),
          ),
        }
      : {}),
  };
};

const without = (terms: Terms, member: keyof Terms): Terms => {
  const { [member]: _, ...rest } = terms;
  return rest as Terms;
};

/** Ways to make complete terms incomplete (LDS-05-R11's list), each named for the evidence. */
const GAPS: readonly { readonly name: string; readonly apply: (terms: Terms) => Terms }[] = [
  ...(
    [
      "purpose",
      "data_items",
      "retention",
      "effective_from",
      "review_date",
      "dpia",
      "rights_contact",
      "privacy_notices",
      "governance",
      "approvals",
    ] as const
  ).map((member) => ({ name: `without ${member}`, apply: (terms: Terms) => without(terms, member) })),
  ...(["classes", "description", "benefits", "necessity"] as const).map((member) => ({
    name: `without purpose.${member}`,
    apply: (terms: Terms) => {
      const { [member]: _, ...purpose } = terms.purpose ?? {};
      return { ...terms, purpose } as Terms;
    },
  })),
  ...(["security", "breach_procedure", "rights_handling"] as const).map((member) => ({
    name: `without governance.${member}`,
    apply: (terms: Terms) => {
      const { [member]: _, ...governance } = terms.governance ?? {};
      return { ...terms, governance } as Terms;
    },
  })),
  { name: "with one party", apply: (terms) => onlyParties(terms, 1) },
  {
    name: "with no recipient",
    apply: (terms) => ({ ...terms, parties: terms.parties.map((party) => ({ ...party, sharing_role: "provider" })) }),
  },
  {
    name: "with no provider",
    apply: (terms) => ({ ...terms, parties: terms.parties.map((party) => ({ ...party, sharing_role: "recipient" })) }),
  },
  {
    name: "with a controller (B) without lawful_basis",
    apply: (terms) => ({
      ...terms,
      parties: terms.parties.map((party, index) => {
        if (index !== 1) return party;
        const { lawful_basis: _, ...rest } = party;
        return rest;
      }),
    }),
  },
];

/**
 * Drafts whose terms are complete terms with one thing missing, each asked to become active: 422
 * agreement-incomplete listing every error the LDS validators report for the version that would have resulted, and
 * the draft unchanged. An active agreement amended to drop its retention: 422 agreement-incomplete, no version.
 */
export const completeTermsRequired = defineCheck({
  id: "lds-05/complete-terms",
  title: "Active and suspended versions have complete terms",
  standard: "LDS-05",
  requirements: ["LDS-05-R11"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    const activated: string[] = [];
    try {
      for (const gap of GAPS) {
        const terms = gap.apply(completeTerms(context, uniqueTitle(`incomplete ${gap.name}`)));
        const draft = createdVersion(
          context,
          await requests.create("A", terms),
          `POST /agreements as A, terms ${gap.name}`,
        );
        const summary = "Agreed by the parties.";
        const expected = incompletenessOf(context, draft, "active", summary);
        if (!expected.length) throw new Error(`complete terms ${gap.name} are not incomplete by agreement.schema.json`);
        const what = `activation of a draft ${gap.name} (${draft.id})`;
        const exchange = await requests.transition("A", draft.id, 1, "active", summary);
        if (exchange.response.status === 201) activated.push(draft.id);
        expectProblemErrors(context, exchange.response, 422, "agreement-incomplete", expected, what);
        const { response } = await requests.get("A", draft.id);
        context
          .expect(response.json as DataSharingAgreementVersion, `GET /agreements/${draft.id} after the refused ${what}`)
          .toEqual(draft);
      }

      const terms = completeTerms(context, uniqueTitle("incomplete amendment"));
      const first = createdVersion(context, await requests.create("A", terms), "POST /agreements as A, complete terms");
      activated.push(first.id);
      createdVersion(
        context,
        await requests.transition("A", first.id, 1, "active", "Agreed by the parties."),
        `activation of ${first.id}`,
      );
      const what = `amendment of active ${first.id} without retention`;
      expectProblemErrors(
        context,
        (await requests.amend("A", first.id, 2, without(terms, "retention"), "Retention dropped.")).response,
        422,
        "agreement-incomplete",
        [{ pointer: "/terms/retention", code: "required" }],
        what,
      );
      const history = await allVersions(context, requests, "A", first.id);
      context.expect(history.length, `versions of ${first.id} after the refused ${what}`).toBe(2);
      for (const version of history.filter((item) => item.status === "active" || item.status === "suspended")) {
        context
          .expect(version, `version ${version.version} of ${first.id} (${version.status})`)
          .toBeValid("lds-05/agreement");
      }
    } finally {
      await terminateCreated(requests, "A", activated);
    }
  },
});

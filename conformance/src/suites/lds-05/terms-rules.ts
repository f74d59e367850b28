import type { DataSharingAgreementTerms } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { agreementRequests, createdVersion } from "./agreement-requests.ts";
import { expectProblemErrors, type ProblemError } from "./problem-errors.ts";
import { lds05Clients, organisationOf, sameOrganisation } from "./requesters.ts";
import { completeTerms, draftTerms, uniqueTitle } from "./terms.ts";

type Terms = DataSharingAgreementTerms;

/** createAgreement as A with the terms: 422 agreement-terms-invalid including the error. */
async function refusedTerms(context: CheckContext, terms: Terms, error: ProblemError, fault: string) {
  const { response } = await agreementRequests(context).create("A", terms);
  expectProblemErrors(context, response, 422, "agreement-terms-invalid", [error], `POST /agreements as A, ${fault}`);
}

/** Complete terms without C: its party and its approval. */
function withoutC(context: CheckContext, title: string): Terms {
  const terms = completeTerms(context, title);
  const c = organisationOf(context, "C");
  return { ...terms, parties: terms.parties.filter((party) => !sameOrganisation(party.organisation, c)) };
}

/**
 * Terms with A listed twice (the second time with its identifier in lower case), a data item repeated, and an
 * approval repeated: each 422 agreement-terms-invalid with {pointer: the later repeat, code: not-unique}.
 */
export const noRepeats = defineCheck({
  id: "lds-05/no-repeats",
  title: "No repeated parties, data items or approvals",
  standard: "LDS-05",
  requirements: ["LDS-05-R22"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const terms = completeTerms(context, uniqueTitle("repeats"));
    const [first] = terms.parties;
    const [item] = terms.data_items ?? [];
    const [approval] = terms.approvals ?? [];
    if (!first || !item || !approval) throw new Error("complete terms have parties, data items and approvals");
    const again = { ...first, organisation: { ...first.organisation, value: first.organisation.value.toLowerCase() } };
    await refusedTerms(
      context,
      { ...terms, parties: [...terms.parties, again] },
      { pointer: `/terms/parties/${terms.parties.length}/organisation`, code: "not-unique" },
      "A listed twice as a party, the second time in lower case",
    );
    const items = terms.data_items ?? [];
    await refusedTerms(
      context,
      { ...terms, data_items: [...items, { ...item }] },
      { pointer: `/terms/data_items/${items.length}`, code: "not-unique" },
      `data item ${item.record_type} ${item.pointer} listed twice`,
    );
    const approvals = terms.approvals ?? [];
    await refusedTerms(
      context,
      { ...terms, approvals: [...approvals, { ...approval, approver_role: "Data Protection Officer" }] },
      { pointer: `/terms/approvals/${approvals.length}/party`, code: "not-unique" },
      "A's approval given twice",
    );
  },
});

/**
 * A processor on behalf of C where C is not a party, a processor on behalf of another processor, and an approval by
 * C where C is not a party: each 422 agreement-terms-invalid with {pointer: the reference, code: not-allowed-value}.
 */
export const partyReferences = defineCheck({
  id: "lds-05/party-references",
  title: "References to parties resolve",
  standard: "LDS-05",
  requirements: ["LDS-05-R23"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const [a, b, c, d] = (["A", "B", "C", "D"] as const).map((name) => organisationOf(context, name));
    if (!a || !b || !c || !d) throw new Error("personas.yaml names the four test requesters");
    const approvedByParties = (terms: Terms): Terms => ({
      ...terms,
      approvals: (terms.approvals ?? []).filter((approval) =>
        terms.parties.some((party) => sameOrganisation(party.organisation, approval.party)),
      ),
    });
    const processorIndex = (terms: Terms) =>
      terms.parties.findIndex((party) => sameOrganisation(party.organisation, d));

    const forC = approvedByParties(withoutC(context, uniqueTitle("references")));
    forC.parties = forC.parties.map((party) => (party.role === "processor" ? { ...party, on_behalf_of: c } : party));
    await refusedTerms(
      context,
      forC,
      { pointer: `/terms/parties/${processorIndex(forC)}/on_behalf_of`, code: "not-allowed-value" },
      "D a processor on behalf of C, which is not a party",
    );

    const chain = completeTerms(context, uniqueTitle("references"));
    chain.parties = chain.parties.map((party) => {
      if (sameOrganisation(party.organisation, b)) {
        const { lawful_basis: _, ...rest } = party;
        return { ...rest, role: "processor", on_behalf_of: a };
      }
      return party.role === "processor" ? { ...party, on_behalf_of: b } : party;
    });
    const chained = approvedByParties({
      ...chain,
      parties: chain.parties,
      approvals: (chain.approvals ?? []).filter((approval) => !sameOrganisation(approval.party, b)),
    });
    await refusedTerms(
      context,
      chained,
      { pointer: `/terms/parties/${processorIndex(chained)}/on_behalf_of`, code: "not-allowed-value" },
      "D a processor on behalf of B, itself a processor",
    );

    const approvedByC = withoutC(context, uniqueTitle("references"));
    const approvalIndex = (approvedByC.approvals ?? []).findIndex((approval) => sameOrganisation(approval.party, c));
    if (approvalIndex < 0) throw new Error("complete terms have C's approval");
    await refusedTerms(
      context,
      approvedByC,
      { pointer: `/terms/approvals/${approvalIndex}/party`, code: "not-allowed-value" },
      "an approval by C, which is not a party",
    );
  },
});

/**
 * effective_from 2026-04-01 with review_date 2026-04-01: 422 agreement-terms-invalid with {/terms/review_date,
 * out-of-range}; with expires_on 2026-03-31: {/terms/expires_on, out-of-range}; with review_date 2026-04-02: 201.
 */
export const datesInOrder = defineCheck({
  id: "lds-05/dates-in-order",
  title: "Dates are in order",
  standard: "LDS-05",
  requirements: ["LDS-05-R24"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const terms = { ...draftTerms(context, uniqueTitle("dates")), effective_from: "2026-04-01" };
    await refusedTerms(
      context,
      { ...terms, review_date: "2026-04-01" },
      { pointer: "/terms/review_date", code: "out-of-range" },
      "effective_from 2026-04-01, review_date 2026-04-01",
    );
    await refusedTerms(
      context,
      { ...terms, review_date: "2026-04-02", expires_on: "2026-03-31" },
      { pointer: "/terms/expires_on", code: "out-of-range" },
      "effective_from 2026-04-01, expires_on 2026-03-31",
    );
    createdVersion(
      context,
      await agreementRequests(context).create("A", { ...terms, review_date: "2026-04-02" }),
      "POST /agreements as A, effective_from 2026-04-01, review_date 2026-04-02",
    );
  },
});

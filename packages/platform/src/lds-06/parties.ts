import type { DataSharingAgreementTerms, LegalGroundsOfAParty, Party } from "@lds/types/lds-05";
import { canonicalIdentifier, type Identifier } from "../people/people.ts";

/** Whether two organisation identifiers name the same organisation: compared in canonical form (LDS-01, LDS-05). */
export function sameOrganisation(a: Identifier, b: Identifier): boolean {
  const x = canonicalIdentifier(a);
  const y = canonicalIdentifier(b);
  return x.system === y.system && x.value === y.value;
}

const RECEIVES = new Set<Party["sharing_role"]>(["recipient", "provider-and-recipient"]);
const PROVIDES = new Set<Party["sharing_role"]>(["provider", "provider-and-recipient"]);

/** The organisation's party entry in which it receives data under the terms (LDS-06-R05), if any. */
export const recipientParty = (terms: DataSharingAgreementTerms, organisation: Identifier): Party | undefined =>
  terms.parties.find((party) => RECEIVES.has(party.sharing_role) && sameOrganisation(party.organisation, organisation));

/** Whether the organisation is a party that provides data under the terms (LDS-06-R05). */
export const isProvider = (terms: DataSharingAgreementTerms, organisation: Identifier): boolean =>
  terms.parties.some((party) => PROVIDES.has(party.sharing_role) && sameOrganisation(party.organisation, organisation));

/**
 * The legal grounds the terms record for a party: its own or, for a processor, those of the controller party it acts
 * for (LDS-06-R07, R15, R16). Undefined when none are recorded.
 */
export function legalGroundsOf(terms: DataSharingAgreementTerms, party: Party): LegalGroundsOfAParty | undefined {
  if (party.role !== "processor") return party.lawful_basis;
  const controllerId = party.on_behalf_of;
  if (!controllerId) return undefined;
  return terms.parties.find(
    (candidate) => candidate.role !== "processor" && sameOrganisation(candidate.organisation, controllerId),
  )?.lawful_basis;
}

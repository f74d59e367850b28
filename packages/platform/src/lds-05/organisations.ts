import type { Party } from "@lds/types/lds-05";
import { canonicalIdentifier, type Identifier } from "../people/people.ts";

/**
 * Whether two organisation identifiers name the same organisation: equal systems and equal values after LDS-01
 * canonicalisation (LDS-05-R22), so `e08000099` and `E08000099` are one council.
 */
export function sameOrganisation(a: Identifier, b: Identifier): boolean {
  const x = canonicalIdentifier(a);
  const y = canonicalIdentifier(b);
  return x.system === y.system && x.value === y.value;
}

/** Whether a party is a controller party: its role is controller or joint-controller (LDS-05 section 3). */
export const isController = (party: Party): boolean => party.role === "controller" || party.role === "joint-controller";

/** Whether the organisation is a party in the parties given (LDS-05-R26). */
export const isPartyIn = (parties: readonly Party[], organisation: Identifier): boolean =>
  parties.some((party) => sameOrganisation(party.organisation, organisation));

/** Whether the organisation is a controller party in the parties given (LDS-05-R02, LDS-05-R27). */
export const isControllerIn = (parties: readonly Party[], organisation: Identifier): boolean =>
  parties.some((party) => isController(party) && sameOrganisation(party.organisation, organisation));

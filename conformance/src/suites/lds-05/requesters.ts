import type { Precondition } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";

/** An LDS-01 organisation identifier. */
export interface Organisation {
  readonly system: string;
  readonly value: string;
}

/** The test requester organisations the oracles call A, B, C and D (personas.yaml). */
export const REQUESTERS = {
  A: "org-test-requester-a",
  B: "org-test-requester-b",
  C: "org-test-requester-c",
  D: "org-test-requester-d",
} as const;

export type RequesterName = keyof typeof REQUESTERS;

/** The identifier of a persona organisation (its first), as personas.yaml gives it. */
export function organisationOf(context: CheckContext, name: RequesterName): Organisation {
  const id = REQUESTERS[name];
  const organisation = context.catalogue.personas?.organisations.find((candidate) => candidate.id === id);
  const [identifier] = organisation?.identifiers ?? [];
  if (!identifier) throw new Error(`personas.yaml gives no identifier for ${id}`);
  return { system: identifier.system, value: identifier.value };
}

/** The persona organisation's display name. */
export const nameOf = (context: CheckContext, name: RequesterName): string =>
  context.catalogue.personas?.organisations.find((candidate) => candidate.id === REQUESTERS[name])?.name ?? name;

/** `{system}|{value}`: how the register's `party` filter names an organisation. */
export const partyParameter = (organisation: Organisation): string => `${organisation.system}|${organisation.value}`;

/** Identifiers are equal when their systems are equal and their values are equal ignoring case (LDS-01). */
export const sameOrganisation = (left: Organisation, right: Organisation): boolean =>
  left.system === right.system && left.value.toUpperCase() === right.value.toUpperCase();

/** The declaration has a client for each of the requesters with the LDS-05 read and write scopes. */
export const lds05Clients = (...names: RequesterName[]): Precondition => ({
  description: `clients for ${names.map((name) => REQUESTERS[name]).join(", ")} with the lds-05:read and lds-05:write scopes`,
  holds: (context) =>
    names.every((name) => {
      const scopes = context.declaration.clients[REQUESTERS[name]]?.scopes ?? [];
      return scopes.includes("lds-05:read") && scopes.includes("lds-05:write");
    }),
});

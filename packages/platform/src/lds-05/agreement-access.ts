import type { DataSharingAgreementVersion, Party } from "@lds/types/lds-05";
import type { GuardedRequest, OperationGuard, Requester } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import type { Queryable } from "../storage/database.ts";
import { getAgreementVersion, isPartyInAnyVersion, lockAgreement } from "./agreements.ts";
import { isControllerIn } from "./organisations.ts";

/** 404 `not-found` for an agreement id no agreement on the platform has (LDS-05-R28). */
export const agreementNotFound = () => new ProblemError(404, "not-found", "No agreement has this id.");

/** The agreement's latest version; 404 when there is no such agreement (LDS-05-R28). */
export async function existingAgreement(tx: Queryable, id: string): Promise<DataSharingAgreementVersion> {
  const latest = await getAgreementVersion(tx, id);
  if (!latest) throw agreementNotFound();
  return latest;
}

/** 403 `agreement-party-required` unless the requester is a party in some version of the agreement (LDS-05-R26). */
export async function requireParty(tx: Queryable, id: string, requester: Requester): Promise<void> {
  if (!(await isPartyInAnyVersion(tx, id, requester.organisation))) {
    throw new ProblemError(
      403,
      "agreement-party-required",
      "The requester organisation is not a party in any version of this agreement.",
    );
  }
}

/**
 * 403 `agreement-controller-required` unless the requester is a controller or joint controller party among the
 * parties given: the submitted terms when creating (LDS-05-R02), the latest version's when changing (LDS-05-R27).
 */
export function requireController(parties: readonly Party[], requester: Requester, of: string): void {
  if (!isControllerIn(parties, requester.organisation)) {
    throw new ProblemError(
      403,
      "agreement-controller-required",
      `The requester organisation is not a controller or joint controller party of ${of}.`,
    );
  }
}

/** The requester of a secured operation: the router has authenticated it before any handler runs. */
export function requesterOf(requester: Requester | undefined): Requester {
  if (!requester) throw new ProblemError(401, "unauthorised", "Send an access token: Authorization: Bearer {token}.");
  return requester;
}

/** The requester organisation's identifier, as a version's created_by records it (LDS-05-R01, LDS-05-R04). */
export const organisationOf = (requester: Requester) => ({
  system: requester.organisation.system,
  value: requester.organisation.value,
});

/**
 * The latest version of an agreement about to change, locked until the request's transaction ends, so that of two
 * concurrent changes based on the same version only one succeeds (LDS-05-R08); 404 for an unknown agreement. The
 * audit event names the agreement and its latest version.
 */
export async function latestForChange(request: GuardedRequest): Promise<DataSharingAgreementVersion> {
  const id = request.params.agreement_id ?? "";
  const number = await lockAgreement(request.tx, id);
  const latest = number === undefined ? undefined : await getAgreementVersion(request.tx, id, number);
  if (!latest) throw agreementNotFound();
  request.audit.agreement = { id: latest.id, version: latest.version };
  return latest;
}

/**
 * The guard of the operations that read one agreement (LDS-05-R29): 404 for an unknown agreement, or a version
 * greater than its latest (LDS-05-R28), then 403 unless the requester is a party in some version (LDS-05-R26).
 */
export const partyGuard: OperationGuard = {
  found: async (request) => {
    const latest = await existingAgreement(request.tx, request.params.agreement_id ?? "");
    if (request.params.version === undefined) return;
    const number = Number(request.params.version);
    if (!Number.isInteger(number) || number < 1 || number > latest.version) {
      throw new ProblemError(404, "not-found", "The agreement has no version with this number.");
    }
  },
  permitted: (request) => requireParty(request.tx, request.params.agreement_id ?? "", requesterOf(request.requester)),
};

/**
 * The guard of the operations that change an agreement (LDS-05-R29): 404 for an unknown agreement (LDS-05-R28), then
 * 403 unless the requester is a controller party of its latest version (LDS-05-R27).
 */
export const controllerGuard: OperationGuard = {
  found: async (request) => {
    await latestForChange(request);
  },
  permitted: async (request) => {
    const latest = await latestForChange(request);
    requireController(latest.terms.parties, requesterOf(request.requester), "the agreement's latest version");
  },
};

import type { DataSharingAgreementVersion, Party } from "@lds/types/lds-05";
import type { OperationRequest, Requester } from "../context.ts";
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
 * concurrent changes based on the same version only one succeeds (LDS-05-R08). Only a controller party of the
 * latest version may change it (LDS-05-R27).
 */
export async function latestForChange(request: OperationRequest): Promise<DataSharingAgreementVersion> {
  const id = request.params.agreement_id ?? "";
  const number = await lockAgreement(request.tx, id);
  const latest = number === undefined ? undefined : await getAgreementVersion(request.tx, id, number);
  if (!latest) throw agreementNotFound();
  request.audit.agreement = { id: latest.id, version: latest.version };
  requireController(latest.terms.parties, requesterOf(request.requester), "the agreement's latest version");
  return latest;
}

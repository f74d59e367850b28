import { randomUUID } from "node:crypto";
import type {
  AgreementStatus,
  AmendAgreementRequest,
  CreateAgreementRequest,
  DataSharingAgreementVersion,
  StatusTransitionRequest,
} from "@lds/types/lds-05";
import type { OperationHandler } from "../context.ts";
import { guarded } from "../http/guard.ts";
import { pageEnvelope, pageRequest } from "../http/page.ts";
import { ProblemError } from "../http/problem.ts";
import {
  controllerGuard,
  existingAgreement,
  latestForChange,
  organisationOf,
  partyGuard,
  requesterOf,
  requireController,
} from "./agreement-access.ts";
import { agreementsOf, agreementVersions, getAgreementVersion as storedVersion } from "./agreements.ts";
import { checkBasedOnLatest, checkComplete, checkTerms } from "./change-checks.ts";
import { created, createdAt } from "./new-versions.ts";
import { openData, publishedAgreement, publishedAgreements, registerEntry } from "./register.ts";
import { transitionAllowed } from "./status-lifecycle.ts";

/**
 * The LDS-05 operations, by operationId. Problems are checked in the order LDS-05-R29 gives: the operations on one
 * agreement have a guard, which the router runs before it validates the request.
 */

/** `POST /agreements`: the submitted terms as version 1, a draft (LDS-05-R01, LDS-05-R02). */
export const createAgreement: OperationHandler = async (request, context) => {
  const requester = requesterOf(request.requester);
  const body = request.body as CreateAgreementRequest;
  requireController(body.terms.parties, requester, "the submitted terms");
  checkTerms(body.terms, context);
  return created(request, {
    id: randomUUID(),
    version: 1,
    status: "draft",
    created_at: createdAt(context.now()),
    created_by: organisationOf(requester),
    change_type: "created",
    ...(body.change_summary === undefined ? {} : { change_summary: body.change_summary }),
    terms: body.terms,
  });
};

/** `GET /agreements`: the latest version of every agreement the requester is a party to in any version (LDS-05-R30). */
export const listAgreements: OperationHandler = async (request) => {
  const requester = requesterOf(request.requester);
  const page = pageRequest(request.query);
  const status = typeof request.query.status === "string" ? request.query.status : undefined;
  const { items, total } = await agreementsOf(request.tx, requester.organisation, status, page);
  return { body: pageEnvelope(items, total, page, request.url) };
};

/** `GET /agreements/{agreement_id}`: the latest version, for a party in any version (LDS-05-R06, LDS-05-R26). */
export const getAgreement = guarded(partyGuard, async (request) => ({
  body: await existingAgreement(request.tx, request.params.agreement_id ?? ""),
}));

/** `GET /agreements/{agreement_id}/versions`: every version, oldest first (LDS-05-R07, LDS-05-R26). */
export const listAgreementVersions = guarded(partyGuard, async (request) => {
  const page = pageRequest(request.query);
  const { items, total } = await agreementVersions(request.tx, request.params.agreement_id ?? "", page);
  return { body: pageEnvelope(items, total, page, request.url) };
});

/** `GET /agreements/{agreement_id}/versions/{version}`: one version, the same on every read (LDS-05-R03, LDS-05-R28). */
export const getAgreementVersion = guarded(partyGuard, async (request) => ({
  body: await storedVersion(request.tx, request.params.agreement_id ?? "", Number(request.params.version)),
}));

/**
 * `POST /agreements/{agreement_id}/versions`: new terms in a new version with the same status (LDS-05-R05), unless
 * the agreement is terminated (LDS-05-R10); complete terms when it is active or suspended (LDS-05-R11 to R15).
 */
export const amendAgreement = guarded(controllerGuard, async (request, context) => {
  const latest = await latestForChange(request);
  const body = request.body as AmendAgreementRequest;
  checkBasedOnLatest(body.based_on_version, latest);
  if (latest.status === "terminated") {
    throw new ProblemError(
      409,
      "agreement-terminated",
      "The agreement is terminated; new sharing needs a new agreement.",
    );
  }
  checkTerms(body.terms, context);
  const next: DataSharingAgreementVersion = {
    id: latest.id,
    version: latest.version + 1,
    status: latest.status,
    created_at: createdAt(context.now(), latest.created_at),
    created_by: organisationOf(requesterOf(request.requester)),
    change_type: "amended",
    change_summary: body.change_summary,
    terms: body.terms,
  };
  checkComplete(next, context);
  return created(request, next);
});

/**
 * `POST /agreements/{agreement_id}/transitions`: the requested status in a new version with the same terms
 * (LDS-05-R05), if the change is allowed (LDS-05-R09); complete terms to be active or suspended (LDS-05-R11 to R15).
 */
export const changeAgreementStatus = guarded(controllerGuard, async (request, context) => {
  const latest = await latestForChange(request);
  const body = request.body as StatusTransitionRequest;
  checkBasedOnLatest(body.based_on_version, latest);
  const to: AgreementStatus = body.to;
  if (!transitionAllowed(latest.status, to)) {
    throw new ProblemError(
      409,
      "agreement-transition-not-allowed",
      `A ${latest.status} agreement cannot be made ${to}.`,
    );
  }
  const next: DataSharingAgreementVersion = {
    id: latest.id,
    version: latest.version + 1,
    status: to,
    created_at: createdAt(context.now(), latest.created_at),
    created_by: organisationOf(requesterOf(request.requester)),
    change_type: "status-changed",
    change_summary: body.change_summary,
    terms: latest.terms,
  };
  checkComplete(next, context);
  return created(request, next);
});

/** `GET /register/agreements`: the published agreements that satisfy every filter (LDS-05-R31 to R35). */
export const listRegisterEntries: OperationHandler = async (request, context) =>
  openData(async () => {
    const text = (name: string) =>
      typeof request.query[name] === "string" ? (request.query[name] as string) : undefined;
    const page = pageRequest(request.query);
    const { items, total } = await publishedAgreements(
      request.tx,
      {
        status: text("status"),
        purposeClass: text("purpose_class"),
        party: text("party"),
        recordType: text("record_type"),
      },
      page,
    );
    const now = context.now();
    return pageEnvelope(
      items.map((item) => registerEntry(item, now)),
      total,
      page,
      request.url,
    );
  });

/** `GET /register/agreements/{agreement_id}`: one published agreement; 404 for one never active (LDS-05-R28, R31 to R35). */
export const getRegisterEntry: OperationHandler = async (request, context) =>
  openData(async () => {
    const published = await publishedAgreement(request.tx, request.params.agreement_id ?? "");
    if (!published) throw new ProblemError(404, "not-found", "No agreement with this id has been published.");
    return registerEntry(published, context.now());
  });

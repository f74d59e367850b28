import type { AgreementStatus, DataSharingAgreementTerms } from "@lds/types/lds-05";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import {
  type AgreementsModel,
  type AgreementsReal,
  expectNextVersion,
  expectRefusal,
  latestOf,
  locationOf,
  type ModelAgreement,
  observe,
  statusOf,
  versionUrl,
} from "./agreement-model.ts";
import { agreementRequests } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { changeAllowed, needsCompleteTerms, REQUESTABLE } from "./lifecycle.ts";
import { lds05Clients, organisationOf, type RequesterName } from "./requesters.ts";
import { completeTerms, draftTerms, uniqueTitle } from "./terms.ts";

type Command = fc.AsyncCommand<AgreementsModel, AgreementsReal>;
type Kind = "complete" | "draft";

const termsOf = (real: AgreementsReal, kind: Kind, title: string): DataSharingAgreementTerms =>
  kind === "complete" ? completeTerms(real.context, title) : draftTerms(real.context, title);

const pick = (model: AgreementsModel, index: number): ModelAgreement => {
  const agreement = model.agreements[index % model.agreements.length];
  if (!agreement) throw new Error("no agreement to pick");
  return agreement;
};

/** A `based_on_version` that is not the latest: one behind when there is an earlier version, else one ahead. */
const staleVersion = (latest: number, behind: boolean) => (behind && latest > 1 ? latest - 1 : latest + 1);

/** Creates an agreement as A or B, with draft or complete terms (LDS-05-R01). */
const create = (as: RequesterName, kind: Kind): Command => ({
  check: () => true,
  async run(model, real) {
    const { context } = real;
    const terms = termsOf(real, kind, uniqueTitle("lifecycle"));
    const what = `POST /agreements as ${as} with ${kind} terms`;
    const exchange = await real.requests.create(as, terms);
    const version = exchange.response.json as { id?: string } | undefined;
    if (exchange.response.status === 201 && typeof version?.id === "string") real.created.add(version.id);
    context.expect(exchange.response.status, `status of ${what}`).toBe(201);
    context.expect(exchange.response.json, `body of ${what}`).toBeValid("lds-05/agreement");
    const first = exchange.response.json as ModelAgreement["versions"][number];
    context.expect(first.version, `version of ${what}`).toBe(1);
    context.expect(first.status, `status member of ${what}`).toBe("draft");
    context.expect(first.change_type, `change_type of ${what}`).toBe("created");
    context.expect(first.created_by, `created_by of ${what}`).toEqual(organisationOf(context, as));
    context.expect(first.terms, `terms of ${what}`).toEqual(terms);
    context
      .expect(
        model.agreements.map((agreement) => agreement.id),
        `ids of earlier agreements, against ${what}`,
      )
      .toSatisfy((ids) => !ids.includes(first.id), `not to include the new id ${first.id}`);
    context.expect(locationOf(exchange), `Location of ${what}`).toBe(versionUrl(context, first.id, 1));
    const agreement: ModelAgreement = { id: first.id, versions: [first], complete: kind === "complete" };
    model.agreements.push(agreement);
    await observe(real, agreement, as);
  },
  toString: () => `create(${as}, ${kind})`,
});

/** Amends an agreement (LDS-05-R04, R05, R08, R10, R11). */
const amend = (index: number, as: RequesterName, kind: Kind, stale: boolean, behind: boolean): Command => ({
  check: (model) => model.agreements.length > 0,
  async run(model, real) {
    const agreement = pick(model, index);
    const latest = latestOf(agreement);
    const basedOn = stale ? staleVersion(latest.version, behind) : latest.version;
    const terms = termsOf(real, kind, uniqueTitle("lifecycle amended"));
    const summary = `Amended by ${as} with ${kind} terms.`;
    const what = `POST /agreements/${agreement.id}/versions as ${as}, ${kind} terms, based on ${basedOn} of ${latest.version} (${latest.status})`;
    const exchange = await real.requests.amend(as, agreement.id, basedOn, terms, summary);
    if (stale) expectRefusal(real, exchange, 409, "agreement-version-conflict", what);
    else if (latest.status === "terminated") expectRefusal(real, exchange, 409, "agreement-terminated", what);
    else if (needsCompleteTerms(latest.status) && kind === "draft") {
      expectRefusal(real, exchange, 422, "agreement-incomplete", what);
    } else {
      expectNextVersion(real, agreement, exchange, as, what, {
        status: latest.status,
        change_type: "amended",
        change_summary: summary,
        terms,
      });
      agreement.complete = kind === "complete";
    }
    await observe(real, agreement, as);
  },
  toString: () => `amend(#${index}, ${as}, ${kind}${stale ? `, stale ${behind ? "behind" : "ahead"}` : ""})`,
});

/** Requests a status change (LDS-05-R04, R05, R08, R09, R11). */
const transition = (
  index: number,
  as: RequesterName,
  to: AgreementStatus,
  stale: boolean,
  behind: boolean,
): Command => ({
  check: (model) => model.agreements.length > 0,
  async run(model, real) {
    const agreement = pick(model, index);
    const latest = latestOf(agreement);
    const from = statusOf(agreement);
    const basedOn = stale ? staleVersion(latest.version, behind) : latest.version;
    const summary = `Made ${to} by ${as}.`;
    const what = `POST /agreements/${agreement.id}/transitions as ${as}, ${from} to ${to}, based on ${basedOn} of ${latest.version}`;
    const exchange = await real.requests.transition(as, agreement.id, basedOn, to, summary);
    if (stale) expectRefusal(real, exchange, 409, "agreement-version-conflict", what);
    else if (!changeAllowed(from, to)) expectRefusal(real, exchange, 409, "agreement-transition-not-allowed", what);
    else if (needsCompleteTerms(to) && !agreement.complete) {
      expectRefusal(real, exchange, 422, "agreement-incomplete", what);
    } else {
      expectNextVersion(real, agreement, exchange, as, what, {
        status: to,
        change_type: "status-changed",
        change_summary: summary,
        terms: latest.terms,
      });
    }
    await observe(real, agreement, as);
  },
  toString: () => `transition(#${index}, ${as}, ${to}${stale ? `, stale ${behind ? "behind" : "ahead"}` : ""})`,
});

const requester = fc.constantFrom<RequesterName>("A", "B");
const kind = fc.constantFrom<Kind>("complete", "complete", "draft");
const commands = [
  fc.tuple(requester, kind).map(([as, terms]) => create(as, terms)),
  fc
    /* one request in six is based on a version that is not the latest */
    .tuple(fc.nat(), requester, kind, fc.nat({ max: 5 }), fc.boolean())
    .map(([index, as, terms, roll, behind]) => amend(index, as, terms, roll === 0, behind)),
  fc
    .tuple(fc.nat(), requester, fc.constantFrom(...REQUESTABLE), fc.nat({ max: 5 }), fc.boolean())
    .map(([index, as, to, roll, behind]) => transition(index, as, to, roll === 0, behind)),
  /** Activation and suspension with the right based_on_version, so that sequences reach every status. */
  fc
    .tuple(fc.nat(), requester, fc.constantFrom<AgreementStatus>("active", "suspended"))
    .map(([index, as, to]) => transition(index, as, to, false, false)),
];

/**
 * Model-based: random sequences of creations, amendments and status changes by two controller parties, valid and
 * refused, compared after every step with a model of the lifecycle: each change appends exactly one version with
 * the next number and only what it changes, refusals append none, earlier versions never change, the agreement is
 * its latest version, the history is complete and in order, and the register publishes exactly the agreements that
 * have been active, as their latest version.
 */
export const agreementLifecycle = defineCheck({
  id: "lds-05/agreement-lifecycle",
  title: "Agreements follow the LDS-05 lifecycle, version by version (model-based)",
  standard: "LDS-05",
  requirements: [
    "LDS-05-R03",
    "LDS-05-R04",
    "LDS-05-R05",
    "LDS-05-R06",
    "LDS-05-R07",
    "LDS-05-R08",
    "LDS-05-R09",
    "LDS-05-R10",
    "LDS-05-R32",
  ],
  preconditions: [lds05Clients("A", "B")],
  async run(context) {
    const requests = agreementRequests(context);
    const created = new Set<string>();
    try {
      await context.stateful(
        "lifecycle",
        {
          commands,
          maxCommands: 8,
          setup: () => ({ model: { agreements: [] }, real: { context, requests, created } }),
        },
        { numRuns: Math.min(context.runs, 5) },
      );
    } finally {
      await terminateCreated(requests, "A", created);
    }
  },
});

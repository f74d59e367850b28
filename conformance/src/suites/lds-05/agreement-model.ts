import type { AgreementStatus, DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { CheckContext } from "../../engine/context.ts";
import type { Exchange } from "../../transport/exchange.ts";
import { expectProblem } from "../lds-00/problem.ts";
import {
  type AgreementRequests,
  allRegisterEntries,
  allVersions,
  createdVersion,
  publishedMembers,
} from "./agreement-requests.ts";
import { organisationOf, partyParameter, type RequesterName } from "./requesters.ts";

/** What the model knows of one agreement: every version as first read, and whether its terms are complete. */
export interface ModelAgreement {
  readonly id: string;
  readonly versions: DataSharingAgreementVersion[];
  complete: boolean;
}

/** The model of the agreements one command sequence created. */
export interface AgreementsModel {
  readonly agreements: ModelAgreement[];
}

/** The platform under test, as the commands reach it. */
export interface AgreementsReal {
  readonly context: CheckContext;
  readonly requests: AgreementRequests;
  /** Every agreement created, across sequences, for the check to terminate at the end. */
  readonly created: Set<string>;
}

export const latestOf = (agreement: ModelAgreement): DataSharingAgreementVersion => {
  const latest = agreement.versions.at(-1);
  if (!latest) throw new Error(`the model holds no version of ${agreement.id}`);
  return latest;
};

export const statusOf = (agreement: ModelAgreement): AgreementStatus => latestOf(agreement).status;

/** The URL a version's Location must be (LDS-05-R01, LDS-05-R04). */
export const versionUrl = (context: CheckContext, id: string, version: number) =>
  `${context.baseUrl}/agreements/${id}/versions/${version}`;

/** Location resolved against the request's URL, so that a relative reference is read as a client would. */
export const locationOf = (exchange: Exchange): string | undefined => {
  const location = exchange.response.headers.location;
  return location === undefined ? undefined : new URL(location, exchange.recorded.request.url).href;
};

/** What a successful change must have made, besides what the caller checks (LDS-05-R04). */
export function expectNextVersion(
  real: AgreementsReal,
  agreement: ModelAgreement,
  exchange: Exchange,
  as: RequesterName,
  what: string,
  expected: Pick<DataSharingAgreementVersion, "status" | "change_type" | "change_summary" | "terms">,
): DataSharingAgreementVersion {
  const { context } = real;
  const previous = latestOf(agreement);
  const version = createdVersion(context, exchange, what);
  context.expect(version.id, `id of the version ${what} created`).toBe(agreement.id);
  context.expect(version.version, `version number ${what} created`).toBe(previous.version + 1);
  context.expect(version.created_by, `created_by of the version ${what} created`).toEqual(organisationOf(context, as));
  context.expect(version.change_type, `change_type of the version ${what} created`).toBe(expected.change_type);
  context.expect(version.change_summary, `change_summary of the version ${what} created`).toBe(expected.change_summary);
  context.expect(version.status, `status of the version ${what} created`).toBe(expected.status);
  context.expect(version.terms, `terms of the version ${what} created`).toEqual(expected.terms);
  context
    .expect(version.created_at, `created_at of the version ${what} created`)
    .toSatisfy((at) => Date.parse(at) >= Date.parse(previous.created_at), `not earlier than ${previous.created_at}`);
  context
    .expect(locationOf(exchange), `Location of ${what}`)
    .toBe(versionUrl(context, agreement.id, previous.version + 1));
  agreement.versions.push(version);
  return version;
}

/** A refused request: the problem it must be, and (checked by `observe`) no new version. */
export const expectRefusal = (real: AgreementsReal, exchange: Exchange, status: number, code: string, what: string) =>
  expectProblem(real.context, exchange.response, status, code, what);

/**
 * Compares the platform with the model after a step: the agreement is its latest version (LDS-05-R06); its history
 * is exactly the model's versions, in order, each as first read, and the first and latest versions read alone are
 * too (LDS-05-R03, R04, R07); the register holds it, as its latest version, if and only if it has ever been active,
 * and lists it among the entries of its status naming D, the processor of the suite's terms (LDS-05-R32).
 */
export async function observe(real: AgreementsReal, agreement: ModelAgreement, as: RequesterName) {
  const { context, requests } = real;
  const { id } = agreement;
  const latest = latestOf(agreement);
  const current = await requests.get(as, id);
  context.expect(current.response.status, `status of GET /agreements/${id}`).toBe(200);
  context
    .expect(current.response.json, `GET /agreements/${id} (the latest version, ${latest.version})`)
    .toEqual(latest);

  const history = await allVersions(context, requests, as, id);
  context
    .expect(
      history.map((version) => version.version),
      `version numbers listed by GET /agreements/${id}/versions`,
    )
    .toEqual(agreement.versions.map((version) => version.version));
  context.expect(history, `versions listed by GET /agreements/${id}/versions`).toEqual(agreement.versions);
  for (const version of new Set([agreement.versions[0], latest])) {
    if (!version) continue;
    const read = await requests.version(as, id, version.version);
    context.expect(read.response.status, `status of GET /agreements/${id}/versions/${version.version}`).toBe(200);
    context
      .expect(read.response.json, `GET /agreements/${id}/versions/${version.version}, against its first read`)
      .toEqual(version);
  }

  const published = agreement.versions.some((version) => version.status === "active");
  const entry = await requests.registerEntry(id);
  if (published) {
    context.expect(entry.response.status, `status of GET /register/agreements/${id} (published)`).toBe(200);
    context.expect(entry.response.json, `body of GET /register/agreements/${id}`).toBeValid("lds-05/register-entry");
    context
      .expect(publishedMembers(entry.response.json as DataSharingAgreementVersion), `register entry ${id}`)
      .toEqual(publishedMembers(latest));
  } else {
    expectProblem(context, entry.response, 404, "not-found", `GET /register/agreements/${id} (never active)`);
  }
  if (!published) return;
  const filters = { party: partyParameter(organisationOf(context, "D")), status: latest.status };
  const listed = (await allRegisterEntries(context, requests, filters)).filter((item) => item.id === id);
  context
    .expect(listed.map(publishedMembers), `entries for ${id} in GET /register/agreements`)
    .toEqual([publishedMembers(latest)]);
}

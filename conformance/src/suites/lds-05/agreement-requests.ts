import type { DataSharingAgreementTerms, DataSharingAgreementVersion, RegisterEntry } from "@lds/types/lds-05";
import type { CheckContext } from "../../engine/context.ts";
import type { Exchange } from "../../transport/exchange.ts";
import { REQUESTERS, type RequesterName } from "./requesters.ts";

/** The LDS-05 operations, called over HTTP as one test requester organisation (or none, for the register). */
export interface AgreementRequests {
  create(as: RequesterName, terms: unknown, changeSummary?: string): Promise<Exchange>;
  amend(as: RequesterName, id: string, basedOn: number, terms: unknown, changeSummary: string): Promise<Exchange>;
  transition(as: RequesterName, id: string, basedOn: number, to: string, changeSummary: string): Promise<Exchange>;
  get(as: RequesterName, id: string): Promise<Exchange>;
  version(as: RequesterName, id: string, version: number | string): Promise<Exchange>;
  versions(as: RequesterName, id: string, query?: Record<string, string>): Promise<Exchange>;
  list(as: RequesterName, query?: Record<string, string>): Promise<Exchange>;
  registerEntry(id: string): Promise<Exchange>;
  register(query?: Record<string, string>): Promise<Exchange>;
}

const path = (id: string) => `/agreements/${encodeURIComponent(id)}`;

/** The LDS-05 operations bound to a check's HTTP client and tokens. */
export function agreementRequests(context: CheckContext): AgreementRequests {
  const auth = async (as: RequesterName) => ({ authorization: `Bearer ${await context.token(REQUESTERS[as])}` });
  const get = async (as: RequesterName, target: string, query?: Record<string, string>) =>
    context.http.request({ path: target, headers: await auth(as), ...(query ? { query } : {}) });
  const post = async (as: RequesterName, target: string, json: unknown) =>
    context.http.request({ method: "POST", path: target, headers: await auth(as), json });
  return {
    create: (as, terms, changeSummary) =>
      post(as, "/agreements", { terms, ...(changeSummary === undefined ? {} : { change_summary: changeSummary }) }),
    amend: (as, id, basedOn, terms, changeSummary) =>
      post(as, `${path(id)}/versions`, { based_on_version: basedOn, change_summary: changeSummary, terms }),
    transition: (as, id, basedOn, to, changeSummary) =>
      post(as, `${path(id)}/transitions`, { to, based_on_version: basedOn, change_summary: changeSummary }),
    get: (as, id) => get(as, path(id)),
    version: (as, id, version) => get(as, `${path(id)}/versions/${version}`),
    versions: (as, id, query) => get(as, `${path(id)}/versions`, query),
    list: (as, query) => get(as, "/agreements", query),
    registerEntry: (id) => context.http.request({ path: `/register/agreements/${encodeURIComponent(id)}` }),
    register: (query) => context.http.request({ path: "/register/agreements", ...(query ? { query } : {}) }),
  };
}

/** An LDS-00 page envelope. */
export interface Page<T> {
  readonly items: T[];
  readonly page: { number: number; size: number; total_items: number; total_pages: number };
}

/**
 * Every item of a paged collection, page by page at the given size, each page checked to be a page (status 200,
 * valid against the list schema). `what` names the collection in evidence.
 */
export async function walk<T>(
  context: CheckContext,
  fetchPage: (query: Record<string, string>) => Promise<Exchange>,
  schema: string,
  what: string,
  size = 100,
): Promise<T[]> {
  const items: T[] = [];
  for (let number = 1; ; number++) {
    const { response } = await fetchPage({ page: String(number), size: String(size) });
    context.expect(response.status, `status of ${what}, page ${number} at size ${size}`).toBe(200);
    context.expect(response.json, `body of ${what}, page ${number} at size ${size}`).toBeValid(schema);
    const page = response.json as Page<T>;
    items.push(...page.items);
    if (number >= page.page.total_pages) return items;
  }
}

/** Every version of an agreement, walked as a requester (LDS-05-R07). */
export const allVersions = (
  context: CheckContext,
  requests: AgreementRequests,
  as: RequesterName,
  id: string,
  size = 100,
) =>
  walk<DataSharingAgreementVersion>(
    context,
    (query) => requests.versions(as, id, query),
    "lds-05/agreement-list",
    `GET /agreements/${id}/versions as ${REQUESTERS[as]}`,
    size,
  );

/** Every register entry matching the filters (LDS-05-R34). */
export const allRegisterEntries = (
  context: CheckContext,
  requests: AgreementRequests,
  filters: Record<string, string> = {},
) =>
  walk<RegisterEntry>(
    context,
    (query) => requests.register({ ...filters, ...query }),
    "lds-05/register-entry-list",
    `GET /register/agreements${Object.keys(filters).length ? `?${new URLSearchParams(filters)}` : ""}`,
  );

/** The body of a 201 that created an agreement version, checked to be one (agreement.schema.json). */
export function createdVersion(context: CheckContext, exchange: Exchange, what: string): DataSharingAgreementVersion {
  context.expect(exchange.response.status, `status of ${what}`).toBe(201);
  context.expect(exchange.response.json, `body of ${what}`).toBeValid("lds-05/agreement");
  return exchange.response.json as DataSharingAgreementVersion;
}

/** A register entry's members that equal the latest version's (LDS-05-R32). */
export const publishedMembers = (version: DataSharingAgreementVersion | RegisterEntry) => ({
  id: version.id,
  version: version.version,
  status: version.status,
  created_at: version.created_at,
  terms: version.terms as DataSharingAgreementTerms,
});

import type { DataSharingAgreementTerms } from "@lds/types/lds-05";
import type { CheckContext } from "../../engine/context.ts";
import { nameOf, type Organisation, organisationOf, type RequesterName } from "./requesters.ts";

/** The LDS-05 example whose terms have every member: what complete terms are built from. */
const FULL_TERMS = "agreement-terms-full";

/** An LDS-05 example's instance, by file name. */
export function exampleInstance(context: CheckContext, name: string): unknown {
  const standard = context.catalogue.standards.find((candidate) => candidate.id === "LDS-05");
  const example = standard?.examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`LDS-05 has no example ${name}`);
  return structuredClone(example.example.instance);
}

/** A date `days` from today (UTC), `YYYY-MM-DD`. */
export const utcDay = (days: number, now = new Date()): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);

/**
 * Replaces every organisation identifier in a document that equals one of `from` by its counterpart: the example's
 * organisations become the test requesters, wherever they are named (parties, on_behalf_of, approvals).
 */
function renamed<T>(document: T, mapping: ReadonlyMap<string, Organisation>): T {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!value || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    if (typeof record.system === "string" && typeof record.value === "string" && Object.keys(record).length === 2) {
      return mapping.get(`${record.system}|${record.value}`) ?? record;
    }
    return Object.fromEntries(Object.entries(record).map(([key, member]) => [key, visit(member)]));
  };
  return visit(document) as T;
}

/**
 * Complete terms (agreement-terms.schema.json#/$defs/complete) among the test requesters: example
 * agreement-terms-full.json with its three controllers played by A, B and C and its processor by D (acting for A),
 * every controller's approval, and dates around today so that the agreement can be made active (LDS-05-R15).
 */
export function completeTerms(context: CheckContext, title: string): DataSharingAgreementTerms {
  const full = exampleInstance(context, FULL_TERMS) as DataSharingAgreementTerms;
  const cast: RequesterName[] = ["A", "B", "C", "D"];
  const mapping = new Map<string, Organisation>();
  full.parties.forEach((party, index) => {
    const player = cast[index];
    if (player)
      mapping.set(`${party.organisation.system}|${party.organisation.value}`, organisationOf(context, player));
  });
  const terms = renamed(full, mapping);
  terms.parties.forEach((party, index) => {
    const player = cast[index];
    if (player) party.name = nameOf(context, player);
  });
  return {
    ...terms,
    title,
    effective_from: utcDay(-30),
    review_date: utcDay(365),
    expires_on: utcDay(730),
    ...(terms.dpia ? { dpia: { ...terms.dpia, completed_on: utcDay(-40) } } : {}),
    ...(terms.approvals
      ? { approvals: terms.approvals.map((approval) => ({ ...approval, approved_on: utcDay(-35) })) }
      : {}),
  };
}

/** Draft terms: only what a draft needs, the title and the parties of complete terms (README section 4.2). */
export function draftTerms(context: CheckContext, title: string): DataSharingAgreementTerms {
  const { parties } = completeTerms(context, title);
  return { title, parties };
}

/** A title no other agreement on the platform has: the suite's agreements are told apart by it. */
export const uniqueTitle = (what: string) => `LDS conformance ${what} ${crypto.randomUUID()}`;

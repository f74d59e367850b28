import type { DataSharingAgreementTerms } from "@lds/types/lds-05";
import type { ProblemErrorItem } from "../http/problem.ts";
import { canonicalIdentifier, type Identifier } from "../people/people.ts";
import type { RecordTypePointers } from "./data-item-pointers.ts";
import { isController, sameOrganisation } from "./organisations.ts";

/** A council or police force area: an organisation identified by its GSS code (LDS-05-R25). */
const GSS = "urn:lds:id:gss";
/** Legitimate interests and recognised legitimate interests, which public authorities cannot rely on for their tasks. */
const LEGITIMATE_INTERESTS = new Set(["art6-1-f", "art6-1-ea"]);

const key = (identifier: Identifier) => {
  const { system, value } = canonicalIdentifier(identifier);
  return `${system}|${value}`;
};
const named = (identifier: Identifier) => `${identifier.system} ${identifier.value}`;

/**
 * Data items are flagged exactly as LDS-06 marks their pointers; omitted flags mean false (LDS-05-R21). Whether the
 * record type and pointer are LDS-06's is the schema's check (`validation-failed`), so an item the schema would
 * refuse has no flags to check here.
 */
function dataItemFaults(terms: DataSharingAgreementTerms, recordTypes: RecordTypePointers): ProblemErrorItem[] {
  const faults: ProblemErrorItem[] = [];
  (terms.data_items ?? []).forEach((item, i) => {
    const marks = recordTypes.get(item.record_type)?.get(item.pointer);
    if (!marks) return;
    const flags = [
      ["special_category", item.special_category, marks.specialCategory, "special category"],
      ["criminal_offence", item.criminal_offence, marks.criminalOffence, "criminal offence"],
    ] as const;
    for (const [member, given, marked, kind] of flags) {
      if ((given ?? false) === marked) continue;
      faults.push({
        pointer: `/terms/data_items/${i}/${member}`,
        code: given === undefined ? "required" : "not-allowed-value",
        message: marked
          ? `${item.pointer} of ${item.record_type} is ${kind} data (LDS-06): ${member} must be true.`
          : `${item.pointer} of ${item.record_type} is not ${kind} data (LDS-06): ${member} must be false or omitted.`,
      });
    }
  });
  return faults;
}

/** No party, data item or approval is repeated; the later repeat is reported (LDS-05-R22). */
function repeatFaults(terms: DataSharingAgreementTerms): ProblemErrorItem[] {
  const faults: ProblemErrorItem[] = [];
  const repeats = <T>(items: readonly T[], identify: (item: T) => string, at: (j: number) => string, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, j) => {
      const id = identify(item);
      if (seen.has(id)) faults.push({ pointer: at(j), code: "not-unique", message: `${what} is repeated.` });
      seen.add(id);
    });
  };
  repeats(
    terms.parties,
    (party) => key(party.organisation),
    (j) => `/terms/parties/${j}/organisation`,
    "This party",
  );
  repeats(
    terms.data_items ?? [],
    (item) => JSON.stringify([item.record_type, item.pointer]),
    (j) => `/terms/data_items/${j}`,
    "This record type and pointer",
  );
  repeats(
    terms.approvals ?? [],
    (approval) => key(approval.party),
    (j) => `/terms/approvals/${j}/party`,
    "This party's approval",
  );
  return faults;
}

/** A processor acts for a controller party, and approvals are by parties (LDS-05-R23). */
function referenceFaults(terms: DataSharingAgreementTerms): ProblemErrorItem[] {
  const faults: ProblemErrorItem[] = [];
  terms.parties.forEach((party, i) => {
    const behalf = party.on_behalf_of;
    if (!behalf) return;
    if (!terms.parties.some((other) => isController(other) && sameOrganisation(other.organisation, behalf))) {
      faults.push({
        pointer: `/terms/parties/${i}/on_behalf_of`,
        code: "not-allowed-value",
        message: `${named(behalf)} is not a controller or joint controller party of the agreement.`,
      });
    }
  });
  (terms.approvals ?? []).forEach((approval, j) => {
    if (!terms.parties.some((party) => sameOrganisation(party.organisation, approval.party))) {
      faults.push({
        pointer: `/terms/approvals/${j}/party`,
        code: "not-allowed-value",
        message: `${named(approval.party)} is not a party to the agreement.`,
      });
    }
  });
  return faults;
}

/** review_date and expires_on are later than effective_from (LDS-05-R24). */
function dateFaults(terms: DataSharingAgreementTerms): ProblemErrorItem[] {
  const from = terms.effective_from;
  if (from === undefined) return [];
  return (["review_date", "expires_on"] as const).flatMap((member) => {
    const date = terms[member];
    return date !== undefined && date <= from
      ? [{ pointer: `/terms/${member}`, code: "out-of-range", message: `${member} must be later than effective_from.` }]
      : [];
  });
}

/** Councils and police forces do not rely on legitimate interests (LDS-05-R25, which the platform applies). */
function publicAuthorityFaults(terms: DataSharingAgreementTerms): ProblemErrorItem[] {
  return terms.parties.flatMap((party, i) =>
    party.organisation.system === GSS && LEGITIMATE_INTERESTS.has(party.lawful_basis?.article_6 ?? "")
      ? [
          {
            pointer: `/terms/parties/${i}/lawful_basis/article_6`,
            code: "not-allowed-value",
            message: `${party.name} is a council or police force: points (ea) and (f) of UK GDPR Article 6(1) do not apply to the performance of its tasks.`,
          },
        ]
      : [],
  );
}

/**
 * Every fault of terms that validate against agreement-terms.schema.json but break a rule relating their members
 * to each other or to LDS-06's marks (LDS-05-R21 to LDS-05-R25): what `agreement-terms-invalid` reports, in any status.
 */
export function termsFaults(terms: DataSharingAgreementTerms, recordTypes: RecordTypePointers): ProblemErrorItem[] {
  return [
    ...dataItemFaults(terms, recordTypes),
    ...repeatFaults(terms),
    ...referenceFaults(terms),
    ...dateFaults(terms),
    ...publicAuthorityFaults(terms),
  ];
}

import type { CheckContext } from "../../engine/context.ts";
import { recordTypes } from "./pointers.ts";
import { sendRecordAccess } from "./record-access.ts";
import {
  agreementIds,
  agreementVersions,
  groundsOf,
  type Identifier,
  inForce,
  NHS_NUMBER,
  organisationIdentifier,
  personasOf,
  personIdentifier,
  REQUESTERS,
  recipientParty,
  utcDate,
} from "./sandbox.ts";

/**
 * The organisation on whose behalf the platform discloses each record type: provenance.source_organisation of a
 * permitted request (LDS-06-R05's oracle). The suite asks for a safeguarding summary of each persona holding a
 * record of the type, under an in-force persona agreement for safeguarding that lists the record type, as a test
 * requester that is a receiving party to it, until one is answered 200.
 */
export async function learnSources(context: CheckContext): Promise<Map<string, Identifier>> {
  const today = utcDate(new Date());
  const sources = new Map<string, Identifier>();
  for (const recordType of recordTypes(context)) {
    const attempts = agreementIds(context).flatMap((agreementId) => {
      const latest = agreementVersions(context, agreementId).at(-1);
      if (!latest || !inForce(latest, today)) return [];
      if (!latest.terms.purpose?.classes?.includes("safeguarding")) return [];
      if (!latest.terms.data_items?.some((item) => item.record_type === recordType)) return [];
      return REQUESTERS.flatMap((requester) => {
        const party = recipientParty(latest, organisationIdentifier(context, requester));
        const basis = party && groundsOf(latest, party)?.article_6;
        return basis ? [{ agreementId, requester, basis }] : [];
      });
    });
    const holders = (personasOf(context).records ?? []).filter((record) => record.record_type === recordType);
    search: for (const attempt of attempts.slice(0, 1)) {
      for (const holder of holders) {
        const subject = personIdentifier(context, holder.person, NHS_NUMBER);
        if (!subject) continue;
        const { response } = await sendRecordAccess(context, attempt.requester, {
          subject,
          record_type: recordType,
          purpose_class: "safeguarding",
          lawful_basis: attempt.basis,
          agreement_id: attempt.agreementId,
        });
        if (response.status !== 200) continue;
        const source = (response.json as { provenance?: { source_organisation?: Identifier } }).provenance
          ?.source_organisation;
        if (source) sources.set(recordType, { system: source.system, value: source.value });
        break search;
      }
    }
  }
  return sources;
}

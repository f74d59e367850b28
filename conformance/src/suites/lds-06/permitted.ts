import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { CheckContext } from "../../engine/context.ts";
import type { AccessCase } from "./decision-model.ts";
import { expectedOutcome, seededObjections } from "./decision-model.ts";
import { pointerCodeList } from "./pointers.ts";
import {
  agreementIds,
  agreementVersions,
  groundsOf,
  NHS_NUMBER,
  organisationIdentifier,
  personaOf,
  personasOf,
  personIdentifier,
  REQUESTERS,
  recipientParty,
  utcDate,
} from "./sandbox.ts";
import { learnSources } from "./sources.ts";

/** A request the model permits, with the applied version and a test requester that is not a party to it. */
export interface PermittedCase extends AccessCase {
  readonly applied: DataSharingAgreementVersion;
  readonly outsider?: string;
}

/**
 * Every request the model permits among the natural ones: each receiving test requester of each in-force persona
 * agreement, for each of its purposes and record types, about each persona holding such a record, on the lawful
 * basis the agreement records for it and citing the persona's own consents when it has one.
 */
export async function permittedCases(context: CheckContext): Promise<PermittedCase[]> {
  const sources = await learnSources(context);
  const world = { context, today: utcDate(new Date()), sources, objections: seededObjections(context) };
  const personas = personasOf(context);
  const cases: PermittedCase[] = [];
  for (const agreementId of agreementIds(context)) {
    const latest = agreementVersions(context, agreementId).at(-1)!;
    for (const requester of REQUESTERS) {
      const party = recipientParty(latest, organisationIdentifier(context, requester));
      const basis = party && groundsOf(latest, party)?.article_6;
      if (!basis) continue;
      const outsider = REQUESTERS.find((other) => !recipientParty(latest, organisationIdentifier(context, other)));
      for (const purpose of latest.terms.purpose?.classes ?? []) {
        for (const record of personas.records ?? []) {
          const subject = personIdentifier(context, record.person, NHS_NUMBER);
          if (!subject) continue;
          const consents = (personas.consents ?? []).filter(
            (consent) => personaOf(context, consent.subject) === record.person,
          );
          for (const consent of [undefined, ...consents]) {
            const candidate: AccessCase = {
              requester,
              breakGlassScope: false,
              body: {
                subject,
                record_type: record.record_type,
                purpose_class: purpose,
                lawful_basis: basis,
                agreement_id: agreementId,
                ...(consent ? { consent_id: consent.id } : {}),
              },
            };
            if (basis === "art6-1-a" && !consent) continue;
            const outcome = expectedOutcome(world, candidate);
            if (outcome.status === 200 && outcome.applied) {
              cases.push({ ...candidate, applied: outcome.applied, ...(outsider ? { outsider } : {}) });
              break;
            }
          }
        }
      }
    }
  }
  // Check the record types resolve, so that a catalogue without their code lists fails here.
  for (const permitted of cases) pointerCodeList(context, permitted.body.record_type);
  return cases;
}

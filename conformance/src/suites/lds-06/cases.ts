import { nhsNumber, nhsNumberCheckValue } from "@lds/identifiers";
import fc from "fast-check";
import type { CheckContext } from "../../engine/context.ts";
import type { AccessCase } from "./decision-model.ts";
import { pointerCodeList, recordTypes } from "./pointers.ts";
import {
  agreementIds,
  agreementVersions,
  groundsOf,
  type Identifier,
  NHS_NUMBER,
  organisationIdentifier,
  personaOf,
  personasOf,
  REQUESTERS,
  recipientParty,
} from "./sandbox.ts";

/** The purpose classes of LDS-05 (purpose-class.schema.json). */
export const PURPOSES = ["direct-care", "safeguarding", "planning", "research", "statistics"];
const LAWFUL_BASES = ["art6-1-e", "art6-1-e", "art6-1-a", "art6-1-d"];

/** A valid NHS number of no persona: 999 900 0000 upward is never given to one (personas README). */
export const unknownNhsNumber: fc.Arbitrary<Identifier> = fc
  .integer({ min: 0, max: 99_999 })
  .map((n) => `9999${String(n).padStart(5, "0")}`)
  .filter((nine) => nhsNumberCheckValue(nine) !== 10)
  .map((nine) => ({ system: NHS_NUMBER, value: `${nine}${nhsNumberCheckValue(nine)}` }))
  // 9999999999 passes the check digit but has ten identical digits: a placeholder LDS-01 rejects.
  .filter((identifier) => nhsNumber.validate(identifier.value).valid);

/** A persona's person identifiers (NHS number, UPN) or an unknown NHS number. */
export function subjects(context: CheckContext): fc.Arbitrary<Identifier> {
  const known = personasOf(context).people.flatMap((person) =>
    person.identifiers
      .filter((identifier) => identifier.system === NHS_NUMBER || identifier.system === "urn:lds:id:upn")
      .map((identifier) => ({ system: identifier.system, value: identifier.value })),
  );
  return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: unknownNhsNumber });
}

/**
 * Record access requests, most of them aligned with a persona agreement (a receiving party, one of its purposes, its
 * lawful basis for the requester, a record type it lists) so that many get past the agreement checks, the rest
 * drawn freely so that every check of the decision order fails somewhere; some are not valid against the schema.
 */
export function accessCases(context: CheckContext): fc.Arbitrary<AccessCase> {
  const ids = agreementIds(context);
  const types = recordTypes(context);
  const consents = (personasOf(context).consents ?? []).map((consent) => ({
    id: consent.id,
    subject: consent.subject,
  }));
  return fc
    .record({
      agreement: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...ids) },
        { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
      ),
      aligned: fc.integer({ min: 0, max: 9 }).map((n) => n < 7),
      pick: fc.nat(),
      requester: fc.constantFrom(...REQUESTERS),
      purpose: fc.constantFrom(...PURPOSES),
      lawfulBasis: fc.constantFrom(...LAWFUL_BASES),
      recordType: fc.constantFrom(...types),
      version: fc.constantFrom("omitted", "omitted", "omitted", "latest", "previous", "next"),
      subject: subjects(context),
      consent: fc.constantFrom("own", "own", "none", "any"),
      breakGlass: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      breakGlassScope: fc.boolean(),
      fields: fc.option(fc.uniqueArray(fc.nat(500), { minLength: 1, maxLength: 4 }), { freq: 3 }),
    })
    .map((raw): AccessCase => {
      let { requester, purpose, lawfulBasis, recordType } = raw;
      const versions = agreementVersions(context, raw.agreement);
      const latest = versions.at(-1);
      if (raw.aligned && latest) {
        const receiving = REQUESTERS.filter((candidate) =>
          recipientParty(latest, organisationIdentifier(context, candidate)),
        );
        const chosen = receiving[raw.pick % Math.max(receiving.length, 1)];
        if (chosen) {
          requester = chosen;
          const party = recipientParty(latest, organisationIdentifier(context, chosen))!;
          lawfulBasis = groundsOf(latest, party)?.article_6 ?? lawfulBasis;
        }
        const classes = latest.terms.purpose?.classes ?? [];
        purpose = classes[raw.pick % Math.max(classes.length, 1)] ?? purpose;
        const itemTypes = [...new Set((latest.terms.data_items ?? []).map((item) => item.record_type))];
        recordType = itemTypes[raw.pick % Math.max(itemTypes.length, 1)] ?? recordType;
      }
      const version =
        raw.version === "omitted" || !latest
          ? undefined
          : raw.version === "latest"
            ? latest.version
            : raw.version === "previous"
              ? Math.max(1, latest.version - 1)
              : latest.version + 1;
      const person = personaOf(context, raw.subject);
      const own = consents.filter((consent) => person !== undefined && personaOf(context, consent.subject) === person);
      const consent =
        raw.consent === "own"
          ? own[raw.pick % Math.max(own.length, 1)]
          : raw.consent === "any"
            ? consents[raw.pick % consents.length]
            : undefined;
      const pointers = pointerCodeList(context, recordType).pointers;
      const fields = raw.fields
        ? [...new Set(raw.fields.map((index) => pointers[index % pointers.length]!))]
        : undefined;
      return {
        requester,
        breakGlassScope: requester === REQUESTERS[0] && raw.breakGlassScope,
        body: {
          subject: raw.subject,
          record_type: recordType,
          purpose_class: raw.breakGlass && raw.pick % 3 !== 0 ? "safeguarding" : purpose,
          lawful_basis: lawfulBasis,
          agreement_id: raw.agreement,
          ...(version === undefined ? {} : { agreement_version: version }),
          ...(fields ? { fields } : {}),
          ...(consent ? { consent_id: consent.id } : {}),
          ...(raw.breakGlass
            ? { break_glass: { justification: `A child is missing and at risk; case ${raw.pick}.` } }
            : {}),
        },
      };
    });
}

/** The scopes to ask for: the client's own, without lds-06:break-glass unless the case holds it. */
export function scopesFor(context: CheckContext, request: AccessCase): string[] | undefined {
  const scopes = context.declaration.clients[request.requester]?.scopes;
  if (!scopes) return undefined;
  return request.breakGlassScope ? [...scopes] : scopes.filter((scope) => scope !== "lds-06:break-glass");
}

/** A case written for a report: who asks, about whom, for what, under which agreement. */
export const describeCase = (request: AccessCase) => {
  const { body } = request;
  return `POST /records/$search by ${request.requester}${request.breakGlassScope ? " (with lds-06:break-glass)" : ""} for ${body.record_type}, ${body.purpose_class} on ${body.lawful_basis} under ${body.agreement_id}${body.agreement_version === undefined ? "" : ` v${body.agreement_version}`}${body.break_glass ? " with break-glass" : ""}${body.consent_id ? ` citing consent ${body.consent_id}` : ""}`;
};

import type { DataItem, DataSharingAgreementVersion, LegalGroundsOfAParty } from "@lds/types/lds-05";
import type { RecordAccessRequest } from "@lds/types/lds-06";
import type { OperationRequest, Requester } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import { decideAccess } from "../lds-04/decision.ts";
import { getAgreementVersion, isInForce } from "../lds-05/agreements.ts";
import { canonicalIdentifier, findPerson, type Identifier } from "../people/people.ts";
import { isProvider, legalGroundsOf, recipientParty } from "./parties.ts";
import { type HeldRecord, heldRecord, sourceOrganisation } from "./records.ts";
import { recordAccessProblem } from "./refusal.ts";

/** The scope that, in addition to lds-06:read, lets an organisation break glass (LDS-06-R17). */
export const BREAK_GLASS_SCOPE = "lds-06:break-glass";

/** What a request that passed every check of the decision order was evaluated against. */
export interface Permitted {
  /** The applied version (LDS-06-R04). */
  readonly applied: DataSharingAgreementVersion;
  /** The applied version's data items of the requested record type. */
  readonly dataItems: readonly DataItem[];
  /** The requester's legal grounds in the applied version: its own, or its controller's for a processor. */
  readonly grounds: LegalGroundsOfAParty | undefined;
  /** The organisation on whose behalf the platform discloses the record type. */
  readonly source: Identifier;
  readonly held: HeldRecord;
  /** Whether the request is an authorised break-glass request (LDS-06-R17). */
  readonly breakGlass: boolean;
}

/**
 * Fail closed (LDS-06-R23): when the agreement register or the LDS-04 decision cannot be read, the answer is 503
 * `decision-unavailable` and nothing is disclosed. An outage is never permission to share.
 */
async function fromRegister<T>(read: () => Promise<T>, what: string, auditEventId: string | undefined): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    console.error(`lds platform: requestRecordAccess could not read ${what}: ${String(error)}`);
    throw recordAccessProblem(
      "decision-unavailable",
      `The platform could not establish ${what}; nothing was disclosed.`,
      auditEventId,
    );
  }
}

/**
 * The decision order of LDS-06-R02: each check in turn, the first that fails ends the request in its problem.
 * Checks 1 to 7 read only the request, the token and the agreement register, never the subject, so a requester who
 * may not see a record learns nothing about the person. An authorised break-glass request skips checks 5, 6, 8 and 9
 * (LDS-06-R18). The applied agreement version goes into the request's audit notes as soon as it is known.
 */
export async function evaluateDecisionOrder(
  request: OperationRequest,
  body: RecordAccessRequest,
  requester: Requester,
  at: Date,
): Promise<Permitted> {
  const { tx, auditEventId } = request;
  const refuse = (code: Parameters<typeof recordAccessProblem>[0], detail: string) =>
    recordAccessProblem(code, detail, auditEventId);

  // 1. Break-glass authorised (LDS-06-R17).
  const breakGlass = body.break_glass !== undefined;
  if (breakGlass && !requester.scopes.includes(BREAK_GLASS_SCOPE)) {
    throw refuse("break-glass-not-authorised", `Break-glass access needs the scope ${BREAK_GLASS_SCOPE}.`);
  }

  // 2. Agreement exists (LDS-06-R03); the applied version is the one named, or else the latest (LDS-06-R04).
  const agreement = "the agreement";
  const latest = await fromRegister(() => getAgreementVersion(tx, body.agreement_id), agreement, auditEventId);
  if (!latest)
    throw refuse("unknown-agreement", "The register holds no data sharing agreement with this agreement_id.");
  const named = body.agreement_version;
  const applied =
    named === undefined || named === latest.version
      ? latest
      : named < latest.version
        ? await fromRegister(() => getAgreementVersion(tx, body.agreement_id, named), agreement, auditEventId)
        : undefined;
  if (!applied) throw refuse("unknown-agreement", `The agreement has no version ${named}.`);
  request.audit.agreement = { id: applied.id, version: applied.version };

  // 3. Agreement in force, at its latest version (LDS-06-R04).
  if (applied.version !== latest.version) {
    throw refuse("agreement-not-active", `Version ${applied.version} is not the agreement's latest version.`);
  }
  if (!isInForce(latest, at)) throw refuse("agreement-not-active", "The agreement is not in force.");

  // 4. Parties (LDS-06-R05): the requester receives data, the source organisation provides it.
  const { terms } = applied;
  const party = recipientParty(terms, requester.organisation);
  if (!party) {
    throw refuse(
      "not-a-party",
      `The requester organisation is not a receiving party to version ${applied.version} of the agreement.`,
    );
  }
  // A record type of which the platform holds no record has no source yet: nothing can be disclosed, and check 10
  // answers an entitled requester.
  const source = await sourceOrganisation(tx, body.record_type);
  if (source && !isProvider(terms, source)) {
    throw refuse(
      "not-a-party",
      `The source organisation of ${body.record_type} records is not a providing party to version ${applied.version} of the agreement.`,
    );
  }
  const grounds = legalGroundsOf(terms, party);

  // 5. Purpose (LDS-06-R06) and 6. lawful basis (LDS-06-R07), unless break-glass.
  if (!breakGlass && !(terms.purpose?.classes ?? []).includes(body.purpose_class)) {
    throw refuse("purpose-not-permitted", `The agreement does not allow the purpose class ${body.purpose_class}.`);
  }
  if (!breakGlass && grounds?.article_6 !== body.lawful_basis) {
    throw refuse(
      "lawful-basis-not-in-agreement",
      `The agreement does not record ${body.lawful_basis} as the requester organisation's lawful basis.`,
    );
  }

  // 7. Record type (LDS-06-R08).
  const dataItems = (terms.data_items ?? []).filter((item) => item.record_type === body.record_type);
  if (!dataItems.length) {
    throw refuse("record-type-not-in-agreement", `The agreement lists no data item of ${body.record_type}.`);
  }

  // 8. Consent and 9. objection: LDS-04's decision, with no exemptions claimed (LDS-06-R09 to R11), unless
  // break-glass.
  if (!breakGlass) {
    const decision = await fromRegister(
      () =>
        decideAccess(
          tx,
          {
            subject: canonicalIdentifier(body.subject),
            purpose_class: body.purpose_class,
            requester: requester.organisation,
            agreement_id: applied.id,
            agreement_version: applied.version,
            lawful_basis: body.lawful_basis,
            ...(body.consent_id === undefined ? {} : { consent_id: body.consent_id }),
          },
          at,
        ),
      "the LDS-04 decision on consent and objections",
      auditEventId,
    );
    if (decision.decision === "deny") {
      const reasons = new Set(decision.reasons.map((reason) => reason.code));
      if (reasons.has("no-valid-consent")) {
        throw refuse("no-valid-consent", "The request relies on consent and no consent valid for it exists.");
      }
      if (reasons.has("objection")) {
        throw refuse("objection", `The subject has an objection that covers the purpose class ${body.purpose_class}.`);
      }
      // A deny without a denying reason contradicts LDS-04: the decision is not established.
      throw refuse("decision-unavailable", "The LDS-04 decision gave no reason for its deny; nothing was disclosed.");
    }
  }

  // 10. Subject (LDS-06-R12): the one person the identifier identifies, with a record of the type.
  const personId = await findPerson(tx, body.subject);
  const held = personId === undefined ? undefined : await heldRecord(tx, personId, body.record_type);
  if (!held || !source) {
    throw refuse("subject-not-found", `The platform holds no ${body.record_type} about a person with this identifier.`);
  }
  return { applied, dataItems, grounds, source, held, breakGlass };
}

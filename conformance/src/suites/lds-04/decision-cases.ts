import type { CheckContext } from "../../engine/context.ts";
import { type Identifier, type Lds04Api, REQUESTER } from "./api.ts";
import { eventFor } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import {
  agreementFacts,
  expectedDecision,
  type ModelConsent,
  type ModelObjection,
  type UseRequest,
  withoutTime,
} from "./decision-model.ts";

/** A new person's consent records and objections, as the check created them, for predicting decisions. */
export interface Register {
  readonly subject: Identifier;
  readonly consents: ModelConsent[];
  readonly objections: ModelObjection[];
}

/** Records consent for the register's subject, controller A, and returns its model. */
export async function giveConsent(
  context: CheckContext,
  api: Lds04Api,
  register: Register,
  options: { purposes: string[]; recipients: string[]; explicit?: boolean },
): Promise<ModelConsent> {
  const { response } = await api.createConsentRecord(
    REQUESTER.a,
    consentTerms(context, api, register.subject, {
      controllers: [REQUESTER.a],
      recipients: options.recipients,
      purposes: options.purposes,
      explicit: options.explicit ?? false,
      event: eventFor("given", { consent_type: "explicit" }),
    }),
  );
  context.expect(response.status, "status of POST /consent-records (given)").toBe(201);
  const record = response.json as { id: string; events: { state: string }[] };
  const consent: ModelConsent = {
    id: record.id,
    purposes: options.purposes,
    parties: [REQUESTER.a, ...options.recipients].map((org) => api.organisation(org)),
    explicit: options.explicit ?? false,
    events: record.events,
  };
  register.consents.push(consent);
  return consent;
}

/** Withdraws a consent of the register (appends a withdrawn event) and updates its model. */
export async function withdrawConsent(context: CheckContext, api: Lds04Api, register: Register, consent: ModelConsent) {
  const { response } = await api.appendConsentEvent(REQUESTER.a, consent.id, eventFor("withdrawn"));
  context.expect(response.status, "status of POST /consent-records/{id}/events (withdrawn)").toBe(201);
  const index = register.consents.indexOf(consent);
  register.consents[index] = { ...consent, events: (response.json as { events: { state: string }[] }).events };
}

/** Records an objection for the register's subject. */
export async function object(context: CheckContext, api: Lds04Api, register: Register, purposes: string[]) {
  const { response } = await api.createObjection(REQUESTER.a, {
    subject: register.subject,
    purposes,
    actor: { role: "subject" },
    channel: "online",
  });
  context.expect(response.status, "status of POST /objections").toBe(201);
  const objection = response.json as { id: string; events: { recorded_at: string }[] };
  register.objections.push({ id: objection.id, purposes, active: true, recordedAt: objection.events[0]!.recorded_at });
}

/** Asks decide about a use of the register's subject and compares the whole answer with the model's. */
export async function expectDecision(
  context: CheckContext,
  api: Lds04Api,
  register: Register,
  use: Omit<UseRequest, "requester"> & { requester: string },
  what: string,
) {
  const requester = api.organisation(use.requester);
  const request = { ...use, subject: register.subject, requester };
  const sent = Date.now();
  const { response } = await api.decide(REQUESTER.c, request);
  context.expect(response.status, `status of POST /decisions ${what}`).toBe(200);
  const facts = agreementFacts(context, use.agreement_id, use.agreement_version, requester, sent);
  const expected = expectedDecision(request, register.consents, register.objections, facts, sent);
  context.expect(withoutTime(response.json), `POST /decisions ${what}`).toEqual(expected);
  return response;
}

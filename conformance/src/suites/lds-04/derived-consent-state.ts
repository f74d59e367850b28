import { setTimeout as sleep } from "node:timers/promises";
import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { eventFor, validForProcessing } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

/** How long the check's own consent stays valid before it lapses. */
const VALIDITY_MS = 1_500;

interface PersonaConsent {
  id: string;
  recorded_by: { value: string };
  controllers: { organisation: { value: string } }[];
  recipients: { organisation: { value: string } }[];
  events: { state: string; valid_until?: string }[];
}

/**
 * Consent whose valid_until has passed is expired without any event saying so (LDS-04-R09): a persona's lapsed
 * consent reads as expired with its events as seeded, and consent the check gives for a second and a half reads
 * as given, then as expired with the same events, and no longer counts as valid consent for decide (LDS-04-R10).
 */
export const derivedConsentState = defineCheck({
  id: "lds-04/derived-consent-state",
  title: "Consent state is derived from the events, and lapses when valid_until passes",
  standard: "LDS-04",
  requirements: ["LDS-04-R09"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const a = api.organisation(REQUESTER.a).value;
    const lapsed = ((context.catalogue.personas?.consents ?? []) as unknown as PersonaConsent[]).filter((consent) => {
      const last = consent.events.at(-1);
      const named = [
        consent.recorded_by,
        ...[...consent.controllers, ...consent.recipients].map((p) => p.organisation),
      ];
      return (
        last !== undefined &&
        validForProcessing(last.state) &&
        last.valid_until !== undefined &&
        Date.parse(last.valid_until) < Date.now() &&
        named.some((organisation) => organisation.value === a)
      );
    });
    for (const consent of lapsed) {
      const { response } = await api.readConsentRecord(REQUESTER.a, consent.id);
      const what = `GET /consent-records/{id} for the persona consent ${consent.id}, whose valid_until has passed`;
      context.expect(response.status, `status of ${what}`).toBe(200);
      const record = response.json as { state: string; events: unknown[] };
      context.expect(record.state, `state of ${what}`).toBe("expired");
      context.expect(record.events.length, `number of events of ${what}`).toBe(consent.events.length);
    }

    const subject = freshSubject();
    const validUntil = new Date(Date.now() + VALIDITY_MS).toISOString();
    const created = await api.createConsentRecord(
      REQUESTER.a,
      consentTerms(context, api, subject, {
        controllers: [REQUESTER.a],
        recipients: [REQUESTER.c],
        event: eventFor("given", { valid_until: validUntil }),
      }),
    );
    context.expect(created.response.status, "status of POST /consent-records given until a moment ahead").toBe(201);
    const record = created.response.json as { id: string; state: string; events: unknown[] };
    context.expect(record.state, "state of the record just given, before its valid_until").toBe("given");
    await sleep(Math.max(0, Date.parse(validUntil) - Date.now()) + 500);
    const read = await api.readConsentRecord(REQUESTER.a, record.id);
    const after = read.response.json as typeof record;
    context.expect(after.state, "state of GET /consent-records/{id} after valid_until").toBe("expired");
    context.expect(after.events, "events of GET /consent-records/{id} after valid_until").toEqual(record.events);
    const decision = await api.decide(REQUESTER.c, {
      subject,
      purpose_class: "research",
      requester: api.organisation(REQUESTER.c),
      agreement_id: "aaaaaaaa-0005-4000-8000-000000000003",
      agreement_version: 2,
      consent_id: record.id,
    });
    context
      .expect(
        (decision.response.json as { reasons?: unknown[] }).reasons?.[0],
        "first reason of POST /decisions naming the lapsed consent",
      )
      .toEqual({ code: "consent-not-valid", ref: record.id });
  },
});

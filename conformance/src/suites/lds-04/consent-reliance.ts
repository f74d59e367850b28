import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { expectDecision, giveConsent, type Register, withdrawConsent } from "./decision-cases.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

const RESEARCH = { agreement_id: "aaaaaaaa-0005-4000-8000-000000000003", agreement_version: 2 };
/** The early help agreement: Test Requester A's only special category condition in it is Article 9(2)(a). */
const EARLY_HELP = { agreement_id: "aaaaaaaa-0005-4000-8000-000000000001", agreement_version: 3 };

/**
 * A use relying on consent — lawful basis art6-1-a, or explicit consent because the requester's only special
 * category condition in the agreement is Article 9(2)(a) — is denied with `no-valid-consent` unless valid consent
 * (explicit, where relied on) is named (LDS-04-R20).
 */
export const consentReliance = defineCheck({
  id: "lds-04/consent-reliance",
  title: "A use that relies on consent needs valid consent",
  standard: "LDS-04",
  requirements: ["LDS-04-R20"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const register: Register = { subject: freshSubject(), consents: [], objections: [] };
    const consent = await giveConsent(context, api, register, { purposes: ["direct-care"], recipients: [REQUESTER.c] });
    const direct = { ...RESEARCH, purpose_class: "direct-care", requester: REQUESTER.c, lawful_basis: "art6-1-a" };
    await expectDecision(context, api, register, direct, "on art6-1-a without a consent_id");
    await expectDecision(
      context,
      api,
      register,
      { ...direct, consent_id: consent.id },
      "on art6-1-a naming valid consent",
    );
    await withdrawConsent(context, api, register, consent);
    await expectDecision(
      context,
      api,
      register,
      { ...direct, consent_id: consent.id },
      "on art6-1-a naming withdrawn consent",
    );

    const explicit = await giveConsent(context, api, register, {
      purposes: ["direct-care"],
      recipients: [],
      explicit: true,
    });
    const plain = await giveConsent(context, api, register, { purposes: ["direct-care"], recipients: [] });
    const early = { ...EARLY_HELP, purpose_class: "direct-care", requester: REQUESTER.a, lawful_basis: "art6-1-e" };
    await expectDecision(context, api, register, early, "by A under the early help agreement without a consent_id");
    await expectDecision(context, api, register, { ...early, consent_id: explicit.id }, "by A naming explicit consent");
    await expectDecision(
      context,
      api,
      register,
      { ...early, consent_id: plain.id },
      "by A naming consent that is not explicit",
    );
  },
});

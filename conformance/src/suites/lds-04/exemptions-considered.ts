import { defineCheck } from "../../engine/check.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { expectDecision, giveConsent, object, type Register, withdrawConsent } from "./decision-cases.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

const RESEARCH = { agreement_id: "aaaaaaaa-0005-4000-8000-000000000003", agreement_version: 2 };
/** The statistics agreement: its versions carry a specific approval as objection exemption. */
const STATISTICS = "aaaaaaaa-0005-4000-8000-000000000007";
const ANONYMISED = [{ type: "anonymised-output", reference: "LDS-SUITE-ANONYMISED-OUTPUT" }];

/**
 * For a person objecting to research and statistics, decide lists the exemptions it considered, in order, with
 * their references and whether each applied: consent named (valid, then withdrawn), the agreement version's
 * exemption (the latest version in force, and an earlier version), an anonymised output, all three at once — and
 * permits exactly when one applied (LDS-04-R22).
 */
export const exemptionsConsidered = defineCheck({
  id: "lds-04/exemptions-considered",
  title: "Exemptions are considered in order, each with its evidence",
  standard: "LDS-04",
  requirements: ["LDS-04-R22"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.c)],
  async run(context) {
    const api = lds04Api(context);
    const register: Register = { subject: freshSubject(), consents: [], objections: [] };
    await object(context, api, register, ["research", "statistics"]);
    const consent = await giveConsent(context, api, register, {
      purposes: ["research", "statistics"],
      recipients: [REQUESTER.c],
    });
    const research = { ...RESEARCH, purpose_class: "research", requester: REQUESTER.c, lawful_basis: "art6-1-e" };
    const statistics = { ...research, purpose_class: "statistics", agreement_id: STATISTICS, agreement_version: 2 };
    await expectDecision(context, api, register, research, "for research with no exemption");
    await expectDecision(
      context,
      api,
      register,
      { ...research, consent_id: consent.id },
      "for research naming valid consent",
    );
    await expectDecision(
      context,
      api,
      register,
      { ...research, exemptions: ANONYMISED },
      "for research with an anonymised output",
    );
    await expectDecision(
      context,
      api,
      register,
      statistics,
      "for statistics under the latest version, with its specific approval",
    );
    await expectDecision(
      context,
      api,
      register,
      { ...statistics, agreement_version: 1 },
      "for statistics citing an earlier version",
    );
    await expectDecision(
      context,
      api,
      register,
      { ...statistics, consent_id: consent.id, exemptions: ANONYMISED },
      "for statistics with consent, the agreement's approval and an anonymised output",
    );
    await withdrawConsent(context, api, register, consent);
    await expectDecision(
      context,
      api,
      register,
      { ...research, consent_id: consent.id },
      "for research naming withdrawn consent",
    );
  },
});

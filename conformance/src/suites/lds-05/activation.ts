import type { DataSharingAgreementTerms } from "@lds/types/lds-05";
import type { CheckContext } from "../../engine/context.ts";
import { agreementRequests, createdVersion } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { expectProblemErrors, type ProblemError } from "./problem-errors.ts";

/** A draft that must not become active, and the fix that lets it. */
export interface RefusedActivation {
  /** Names the draft's fault in evidence. */
  readonly fault: string;
  readonly refused: DataSharingAgreementTerms;
  /** Errors `agreement-incomplete` must include. */
  readonly errors: readonly ProblemError[];
  /** The amended terms, which may be made active. */
  readonly fixed: DataSharingAgreementTerms;
}

/**
 * As A: create a draft with the refused terms and ask for activation: 422 agreement-incomplete with the errors and
 * no version; amend it to the fixed terms and ask again: 201, active. The agreement is terminated at the end.
 */
export async function refusedThenActivated(context: CheckContext, scenario: RefusedActivation) {
  const requests = agreementRequests(context);
  const draft = createdVersion(
    context,
    await requests.create("A", scenario.refused),
    `POST /agreements as A, ${scenario.fault}`,
  );
  try {
    const what = `activation of draft ${draft.id}, ${scenario.fault}`;
    expectProblemErrors(
      context,
      (await requests.transition("A", draft.id, 1, "active", "Agreed by the parties.")).response,
      422,
      "agreement-incomplete",
      scenario.errors,
      what,
    );
    const { response } = await requests.get("A", draft.id);
    context.expect(response.json, `GET /agreements/${draft.id} after the refused ${what}`).toEqual(draft);
    createdVersion(
      context,
      await requests.amend("A", draft.id, 1, scenario.fixed, "Fault fixed."),
      `amendment of ${draft.id} fixing it`,
    );
    const active = createdVersion(
      context,
      await requests.transition("A", draft.id, 2, "active", "Agreed by the parties."),
      `activation of ${draft.id} after the fix`,
    );
    context.expect(active.status, `status after the activation of ${draft.id} after the fix`).toBe("active");
  } finally {
    await terminateCreated(requests, "A", [draft.id]);
  }
}

import { defineCheck } from "../../engine/check.ts";
import { refusedThenActivated } from "./activation.ts";
import { agreementRequests } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { reportedErrors } from "./problem-errors.ts";
import { lds05Clients, nameOf, organisationOf, type RequesterName, sameOrganisation } from "./requesters.ts";
import { completeTerms, uniqueTitle } from "./terms.ts";

/**
 * Complete terms whose approvals name only A while A, B and C are controllers: activation gets 422
 * agreement-incomplete with an error {/terms/approvals, required} naming B and one naming C. With every
 * controller's approval: 201.
 */
export const controllerApprovals = defineCheck({
  id: "lds-05/controller-approvals",
  title: "Every controller has approved",
  standard: "LDS-05",
  requirements: ["LDS-05-R14"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const fixed = completeTerms(context, uniqueTitle("approvals"));
    const a = organisationOf(context, "A");
    const refused = {
      ...fixed,
      approvals: (fixed.approvals ?? []).filter((approval) => sameOrganisation(approval.party, a)),
    };
    await refusedThenActivated(context, {
      fault: "approved by A only",
      refused,
      errors: [{ pointer: "/terms/approvals", code: "required" }],
      fixed,
    });
    // The refusal names each controller lacking an approval: asked again on a fresh draft to read its errors.
    const requests = agreementRequests(context);
    const draft = await requests.create("A", { ...refused, title: uniqueTitle("approvals named") });
    context.expect(draft.response.status, "status of POST /agreements as A, approved by A only").toBe(201);
    const { id } = draft.response.json as { id: string };
    const { response } = await requests.transition("A", id, 1, "active", "Agreed by the parties.");
    await terminateCreated(requests, "A", [id]);
    const approvalErrors = reportedErrors(response).filter(
      (error) => error.pointer === "/terms/approvals" && error.code === "required",
    );
    for (const lacking of ["B", "C"] as RequesterName[]) {
      const organisation = organisationOf(context, lacking);
      const name = nameOf(context, lacking);
      context
        .expect(approvalErrors, `{/terms/approvals, required} errors of the activation of ${id}, approved by A only`)
        .toSatisfy(
          (errors) =>
            errors.some(
              (error) =>
                typeof error.message === "string" &&
                (error.message.toUpperCase().includes(organisation.value.toUpperCase()) ||
                  error.message.includes(name)),
            ),
          `to include one whose message names ${name} (${organisation.value})`,
        );
    }
  },
});

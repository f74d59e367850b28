import { defineCheck } from "../../engine/check.ts";
import { refusedThenActivated } from "./activation.ts";
import { agreementRequests, createdVersion } from "./agreement-requests.ts";
import { terminateCreated } from "./cleanup.ts";
import { expectProblemErrors } from "./problem-errors.ts";
import { lds05Clients } from "./requesters.ts";
import { completeTerms, uniqueTitle, utcDay } from "./terms.ts";

/** Today (UTC) by the platform's clock (its Date header); yesterday within a minute of midnight, when "today" is moot. */
function platformToday(date: string | undefined): string {
  const now = date ? new Date(date) : new Date();
  const day = Number.isNaN(now.getTime()) ? new Date() : now;
  const sinceMidnight = day.getTime() % 86_400_000;
  return utcDay(sinceMidnight < 60_000 || sinceMidnight > 86_340_000 ? -1 : 0, day);
}

/**
 * A draft with complete terms whose review_date is today (UTC) and effective_from a year earlier: activation gets
 * 422 agreement-incomplete with {/terms/review_date, out-of-range}; amended to a later review date, 201. An active
 * agreement amended to a review date of today: the same 422.
 */
export const reviewDateFuture = defineCheck({
  id: "lds-05/review-date-future",
  title: "An active agreement's review is not overdue when it is agreed",
  standard: "LDS-05",
  requirements: ["LDS-05-R15"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    const probe = await requests.list("A", { size: "1" });
    const today = platformToday(probe.response.headers.date);
    const fixed = { ...completeTerms(context, uniqueTitle("review date")), review_date: utcDay(2) };
    const due = { effective_from: utcDay(-365, new Date(`${today}T12:00:00Z`)), review_date: today };
    await refusedThenActivated(context, {
      fault: `review_date ${today} (today)`,
      refused: { ...fixed, ...due },
      errors: [{ pointer: "/terms/review_date", code: "out-of-range" }],
      fixed,
    });

    const terms = completeTerms(context, uniqueTitle("review date amended"));
    const first = createdVersion(context, await requests.create("A", terms), "POST /agreements as A, complete terms");
    try {
      createdVersion(
        context,
        await requests.transition("A", first.id, 1, "active", "Agreed by the parties."),
        `activation of ${first.id}`,
      );
      expectProblemErrors(
        context,
        (await requests.amend("A", first.id, 2, { ...terms, ...due }, "Review date brought forward.")).response,
        422,
        "agreement-incomplete",
        [{ pointer: "/terms/review_date", code: "out-of-range" }],
        `amendment of active ${first.id} to review_date ${today} (today)`,
      );
    } finally {
      await terminateCreated(requests, "A", [first.id]);
    }
  },
});

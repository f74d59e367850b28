import type { RegisterEntry } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { agreementRequests, type Page } from "./agreement-requests.ts";

/** How close to midnight UTC (ms) a response may be before its date is ambiguous. */
const NEAR_MIDNIGHT = 60_000;

/**
 * For every register entry: review_overdue is true exactly when the terms' review_date is before the UTC date of
 * the response's Date header; pages answered within a minute of midnight UTC are not judged.
 */
export const reviewOverdue = defineCheck({
  id: "lds-05/review-overdue",
  title: "Register entries flag overdue reviews",
  standard: "LDS-05",
  requirements: ["LDS-05-R33"],
  async run(context) {
    const requests = agreementRequests(context);
    let judged = 0;
    for (let number = 1; ; number++) {
      const { response } = await requests.register({ page: String(number), size: "100" });
      context.expect(response.status, `status of GET /register/agreements page ${number}`).toBe(200);
      context
        .expect(response.json, `body of GET /register/agreements page ${number}`)
        .toBeValid("lds-05/register-entry-list");
      const page = response.json as Page<RegisterEntry>;
      const date = Date.parse(response.headers.date ?? "");
      context.expect(response.headers.date, `Date header of GET /register/agreements page ${number}`).toBeDefined();
      const sinceMidnight = date % 86_400_000;
      if (sinceMidnight >= NEAR_MIDNIGHT && sinceMidnight <= 86_400_000 - NEAR_MIDNIGHT) {
        const today = new Date(date).toISOString().slice(0, 10);
        for (const entry of page.items) {
          const overdue = entry.terms.review_date !== undefined && entry.terms.review_date < today;
          context
            .expect(
              entry.review_overdue,
              `review_overdue of register entry ${entry.id} (review_date ${entry.terms.review_date}, today ${today})`,
            )
            .toBe(overdue);
          judged++;
        }
      }
      if (number >= page.page.total_pages) break;
    }
    if (!judged)
      context.skip("every register page was answered within a minute of midnight UTC, or the register is empty");
  },
});

import type { RegisterEntry } from "@lds/types/lds-05";
import { defineFaux, pathOf, withJson } from "../faux.ts";
import { REGISTER } from "./agreement-paths.ts";

/** Never flags an overdue review in the register: review_overdue is always false. */
export const reviewNeverOverdue = defineFaux({
  name: "review-never-overdue",
  breaks: "LDS-05-R33",
  description: "register entries say review_overdue false even when the review date has passed",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (request.method !== "GET" || !REGISTER.test(pathOf(request)) || response.status !== 200) return response;
    const cleared = (entry: RegisterEntry) => ({ ...entry, review_overdue: false });
    return withJson(response, (body) => {
      const page = body as { items?: RegisterEntry[] };
      return Array.isArray(page.items) ? { ...page, items: page.items.map(cleared) } : cleared(body as RegisterEntry);
    });
  },
});

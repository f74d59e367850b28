import { defineCheck } from "../../engine/check.ts";
import { collections, type PageBody, requestPage } from "./collections.ts";
import { expectProblem } from "./problem.ts";

/** Paging parameters outside their bounds, each refused at its own pointer. */
const INVALID: readonly [string, string, string][] = [
  ["size", "0", "/size"],
  ["size", "101", "/size"],
  ["size", "abc", "/size"],
  ["page", "0", "/page"],
  ["page", "-1", "/page"],
  ["page", "1.5", "/page"],
];

/**
 * Every collection operation returns the page envelope and takes `page` (from 1, default 1) and `size` (1–100,
 * default 20), whether invoked with GET or POST; values outside the bounds, and a page past the last, are 400 at
 * /page or /size (LDS-00-R18).
 */
export const paging = defineCheck({
  id: "lds-00/paging",
  title: "Collections are paged with page and size",
  standard: "LDS-00",
  requirements: ["LDS-00-R18"],
  async run(context) {
    const all = collections(context);
    if (!all.length) return context.skip("no collection operation the declared clients can call is claimed");
    for (const collection of all) {
      const { what } = collection;
      const ok = collection.operation.responses.find((response) => response.status === "200")?.schema;
      const first = await requestPage(context, collection);
      context.expect(first.response.status, `status of ${what} without page or size`).toBe(200);
      if (ok) context.expect(first.response.json, `body of ${what}`).toBeValid(ok);
      context.expect(first.response.json, `body of ${what}`).toBeValid("lds-00/page");
      const body = first.response.json as PageBody;
      context.expect(body.page.number, `page.number of ${what} without page`).toBe(1);
      context.expect(body.page.size, `page.size of ${what} without size`).toBe(20);
      for (const size of ["1", "100"]) {
        const { response } = await requestPage(context, collection, { size });
        context.expect(response.status, `status of ${what}?size=${size}`).toBe(200);
        context.expect((response.json as PageBody).page?.size, `page.size of ${what}?size=${size}`).toBe(Number(size));
      }
      for (const [name, value, pointer] of INVALID) {
        const asked = `${what}?${name}=${value}`;
        const { response } = await requestPage(context, collection, { [name]: value });
        expectProblem(context, response, 400, "bad-request", asked);
        const errors = (response.json as { errors?: { pointer: string }[] }).errors ?? [];
        context
          .expect(errors, `errors of ${asked}`)
          .toSatisfy((list) => list.some((error) => error.pointer === pointer), `an error at ${pointer}`);
      }
      const last = (await requestPage(context, collection, { size: "1" })).response.json as PageBody;
      const again = (await requestPage(context, collection, { size: "1" })).response.json as PageBody;
      if (last.page.total_pages >= 1) {
        // A collection that grows as it is read (an audit trail) is asked well past its end instead.
        const stable = last.page.total_items === again.page.total_items;
        const beyond = String(again.page.total_pages + (stable ? 1 : 1000));
        const asked = `${what}?size=1&page=${beyond} (past the last page, ${again.page.total_pages})`;
        const { response } = await requestPage(context, collection, { size: "1", page: beyond });
        expectProblem(context, response, 400, "bad-request", asked);
        const errors = (response.json as { errors?: { pointer: string; code: string }[] }).errors ?? [];
        context
          .expect(errors, `errors of ${asked}`)
          .toSatisfy(
            (list) => list.some((error) => error.pointer === "/page" && error.code === "out-of-range"),
            'to include {pointer: "/page", code: "out-of-range"}',
          );
      }
    }
  },
});

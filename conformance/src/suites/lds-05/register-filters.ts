import type { RegisterEntry } from "@lds/types/lds-05";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import { agreementRequests, allRegisterEntries } from "./agreement-requests.ts";
import { partyParameter } from "./requesters.ts";

type Filters = Record<string, string>;

/** Whether an entry satisfies the register's filters, as LDS-05-R34 defines them. */
const satisfies = (entry: RegisterEntry, filters: Filters) =>
  (filters.status === undefined || entry.status === filters.status) &&
  (filters.purpose_class === undefined ||
    (entry.terms.purpose?.classes ?? []).includes(filters.purpose_class as never)) &&
  (filters.party === undefined ||
    entry.terms.parties.some((party) => partyParameter(party.organisation) === filters.party)) &&
  (filters.record_type === undefined ||
    (entry.terms.data_items ?? []).some((item) => item.record_type === filters.record_type));

/** Filters built from an entry's own values: each filter, one value of it, taken or not. */
const filtersOf = (entry: RegisterEntry) =>
  fc
    .record(
      {
        status: fc.constant(entry.status),
        purpose_class: fc.constantFrom(...(entry.terms.purpose?.classes ?? ["direct-care"])),
        party: fc.constantFrom(...entry.terms.parties.map((party) => partyParameter(party.organisation))),
        record_type: fc.constantFrom(
          ...(entry.terms.data_items ?? [{ record_type: "family-support-summary" }]).map((item) => item.record_type),
        ),
      },
      { requiredKeys: [] },
    )
    .map((filters) => filters as Filters);

const ascending = (ids: readonly string[]) =>
  ids.every((id, i) => i === 0 || ids[i - 1]!.toLowerCase() < id.toLowerCase());

/**
 * Property-based over the register's own entries: queried with filters built from an entry's values (and their
 * combinations), the entry is returned, every entry returned satisfies the filters, and ids ascend.
 */
export const registerFilters = defineCheck({
  id: "lds-05/register-filters",
  title: "Register filters return exactly the matching entries, in order of id",
  standard: "LDS-05",
  requirements: ["LDS-05-R34"],
  async run(context) {
    const requests = agreementRequests(context);
    const all = await allRegisterEntries(context, requests);
    context
      .expect(
        all.map((entry) => entry.id),
        "ids of GET /register/agreements",
      )
      .toSatisfy(ascending, "ascending");
    if (!all.length) return context.skip("the register is empty");
    const cases = fc
      .nat({ max: all.length - 1 })
      .chain((index) => fc.tuple(fc.constant(all[index]!), filtersOf(all[index]!)));
    await context.property(
      "filters-from-an-entry",
      cases,
      async ([entry, filters]) => {
        const found = await allRegisterEntries(context, requests, filters);
        const what = `GET /register/agreements?${new URLSearchParams(filters)}`;
        context
          .expect(
            found.map((item) => item.id),
            `ids of ${what}`,
          )
          .toSatisfy((ids) => ids.includes(entry.id), `to include ${entry.id}`);
        context
          .expect(
            found.map((item) => item.id),
            `ids of ${what}`,
          )
          .toSatisfy(ascending, "ascending");
        for (const item of found) {
          context
            .expect(item, `entry ${item.id} returned by ${what}`)
            .toSatisfy((value) => satisfies(value, filters), "to satisfy every filter");
        }
        return true;
      },
      { numRuns: Math.min(context.runs, 25) },
    );
  },
});

import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { lds04Api, REQUESTER } from "./api.ts";
import { eventFor } from "./consent-lifecycle.ts";
import { consentTerms } from "./consent-terms.ts";
import { lds04Clients } from "./preconditions.ts";
import { freshSubject } from "./subjects.ts";

const PAGE_SIZES = [1, 7, 100];

/** Every item of a search, walking its pages at one size; each page must answer 200. */
async function walk(
  context: CheckContext,
  search: (query: Record<string, string>) => Promise<{ response: { status: number; json: unknown } }>,
  size: number,
  what: string,
) {
  const items: { id: string }[] = [];
  for (let page = 1; ; page++) {
    const { response } = await search({ page: String(page), size: String(size) });
    context.expect(response.status, `status of ${what}, page ${page} of size ${size}`).toBe(200);
    const body = response.json as { items?: { id: string }[]; page?: { total_pages?: number } };
    items.push(...(body.items ?? []));
    if (page >= (body.page?.total_pages ?? 0)) return items;
  }
}

interface Created {
  readonly id: string;
  readonly first: string;
  readonly body: Record<string, unknown>;
}

const ordered = (items: Created[]) =>
  [...items].sort((x, y) => x.first.localeCompare(y.first) || x.id.localeCompare(y.id));

async function compare(
  context: CheckContext,
  found: { id: string }[],
  expected: Created[],
  what: string,
  read: (id: string) => Promise<unknown>,
) {
  context
    .expect(
      found.map((item) => item.id),
      `ids ${what} returns, in order`,
    )
    .toEqual(ordered(expected).map((item) => item.id));
  for (const item of found)
    context.expect(item, `item ${item.id} of ${what}, against its single read`).toEqual(await read(item.id));
}

/**
 * For a new person with a random number of objections and consent records from A and B, some withdrawn, every
 * search with and without filters, walked at page sizes 1, 7 and 100, returns exactly the matching items visible to
 * the requester, each once, ordered by first event then id, each equal to its read (LDS-04-R16).
 */
export const searchCompleteness = defineCheck({
  id: "lds-04/search-completeness",
  title: "Searches return every matching objection and visible consent record, once, in order",
  standard: "LDS-04",
  requirements: ["LDS-04-R16"],
  preconditions: [lds04Clients(REQUESTER.a, REQUESTER.b)],
  async run(context) {
    const api = lds04Api(context);
    const shape = fc.record({
      objections: fc.array(fc.record({ org: fc.constantFrom(REQUESTER.a, REQUESTER.b), withdraw: fc.boolean() }), {
        maxLength: 6,
      }),
      consents: fc.array(
        fc.record({
          org: fc.constantFrom(REQUESTER.a, REQUESTER.b),
          namesA: fc.boolean(),
          purpose: fc.constantFrom("research", "planning"),
          state: fc.constantFrom("requested", "given", "refused"),
        }),
        { maxLength: 6 },
      ),
    });
    await context.property(
      "searches-of-a-new-person",
      shape,
      async ({ objections, consents }) => {
        const subject = freshSubject();
        const madeObjections: (Created & { status: string })[] = [];
        for (const { org, withdraw } of objections) {
          const { response } = await api.createObjection(org, {
            subject,
            purposes: ["research"],
            actor: { role: "subject" },
            channel: "online",
          });
          context.expect(response.status, "status of POST /objections").toBe(201);
          const objection = response.json as { id: string; events: { recorded_at: string }[] };
          let status = "active";
          if (withdraw) {
            const withdrawn = await api.withdrawObjection(org, objection.id, {
              reason: "subject-request",
              actor: { role: "subject" },
              channel: "online",
            });
            context.expect(withdrawn.response.status, "status of POST /objections/{id}/$withdraw").toBe(200);
            status = "withdrawn";
          }
          madeObjections.push({ id: objection.id, first: objection.events[0]!.recorded_at, body: {}, status });
        }
        const madeConsents: (Created & { visible: boolean; purpose: string; state: string })[] = [];
        for (const { org, namesA, purpose, state } of consents) {
          const terms = consentTerms(context, api, subject, {
            controllers: [org],
            recipients: namesA && org !== REQUESTER.a ? [REQUESTER.a] : [],
            purposes: [purpose],
            event: eventFor(state as "requested"),
          });
          const { response } = await api.createConsentRecord(org, terms);
          context.expect(response.status, "status of POST /consent-records").toBe(201);
          const record = response.json as { id: string; created_at: string };
          madeConsents.push({
            id: record.id,
            first: record.created_at,
            body: {},
            visible: org === REQUESTER.a || namesA,
            purpose,
            state,
          });
        }
        const readObjection = async (id: string) => (await api.readObjection(REQUESTER.a, id)).response.json;
        const readRecord = async (id: string) => (await api.readConsentRecord(REQUESTER.a, id)).response.json;
        for (const size of PAGE_SIZES) {
          for (const status of [undefined, "active", "withdrawn"]) {
            const body = { subject, ...(status ? { status } : {}) };
            const what = `POST /objections/$search${status ? ` with status ${status}` : ""}`;
            const found = await walk(context, (query) => api.searchObjections(REQUESTER.a, body, query), size, what);
            await compare(
              context,
              found,
              madeObjections.filter((item) => !status || item.status === status),
              what,
              readObjection,
            );
          }
          for (const filter of [{}, { purpose_class: "research" }, { state: "given" }]) {
            const what = `POST /consent-records/$search by A${Object.keys(filter).length ? ` with ${JSON.stringify(filter)}` : ""}`;
            const found = await walk(
              context,
              (query) => api.searchConsentRecords(REQUESTER.a, { subject, ...filter }, query),
              size,
              what,
            );
            const expected = madeConsents.filter(
              (item) =>
                item.visible &&
                (!("purpose_class" in filter) || item.purpose === filter.purpose_class) &&
                (!("state" in filter) || item.state === filter.state),
            );
            await compare(context, found, expected, what, readRecord);
          }
        }
        return true;
      },
      { numRuns: Math.min(context.runs, 4) },
    );
  },
});

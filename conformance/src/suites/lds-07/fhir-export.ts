import type { AuditEvent } from "@lds/types/lds-07";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import type { Identifier } from "../lds-06/sandbox.ts";
import { auditorDeclared, auditorOf, eventHash, readChain, searchAll, searchPage } from "./audit-trail.ts";
import { FILTER_MEMBERS, filterFrom } from "./event-filter.ts";
import { fhirAuditEvent, purposeOfUse } from "./fhir-mapping.ts";

const EXPORT = "/audit-events/fhir/$search";
const RELATION: Record<string, string> = { self: "self", first: "first", last: "last", next: "next", prev: "previous" };

/** A page link by relation, reduced to the page and size it addresses (the two operations have different paths). */
const pageOf = (url: string) => {
  const query = new URL(url).searchParams;
  return `page=${query.get("page")}&size=${query.get("size")}`;
};

/** The JSON an lds-audit-event detail decodes to, or undefined when it is not JSON. */
function parsed(text: string): AuditEvent | undefined {
  try {
    return JSON.parse(text) as AuditEvent;
  } catch {
    return undefined;
  }
}

/**
 * The FHIR export (LDS-07-R23, R24): for bodies drawn as for search (sequence_to fixed at the chain length), pages
 * and sizes, the export of a page validates as a FHIR R4 AuditEvent collection bundle, its entries correspond one to
 * one and in order to the items of the same search page, each AuditEvent equals the suite's own mapping of the event
 * (section 10.1) with the custodian of GET /audit-chain, the bundle links carry the page links under FHIR's
 * relation names, and each lds-audit-event detail decodes to exactly the RFC 8785 form of the event, whose hash
 * verifies.
 */
export const fhirExport = defineCheck({
  id: "lds-07/fhir-export",
  title: "The FHIR export is the search page as FHIR R4 AuditEvents carrying the canonical events",
  standard: "LDS-07",
  requirements: ["LDS-07-R23", "LDS-07-R24"],
  preconditions: [auditorDeclared],
  async run(context) {
    const auditor = await context.token(auditorOf(context));
    await searchPage(context, auditor, { sequence_to: 1 }, 1, 1);
    const chain = await readChain(context, auditor);
    context.expect(chain.status, "status of GET /audit-chain (auditor)").toBe(200);
    const { length, custodian } = chain.json as { length: number; custodian: Identifier };
    const all = await searchAll(context, auditor, { sequence_to: length }, `sequence_to ${length}`);
    if (!all.length) return context.skip("the audit chain is empty");
    const purposes = purposeOfUse(context);
    const event = fc.nat(all.length - 1).map((index) => all[index] as AuditEvent);
    const arbitrary = fc.record({
      source: event,
      other: event,
      members: fc.subarray([...FILTER_MEMBERS], { maxLength: 2 }),
      page: fc.integer({ min: 1, max: 3 }),
      size: fc.integer({ min: 1, max: 25 }),
    });
    await context.property(
      "export-pages",
      arbitrary,
      async ({ source, other, members, page: draw, size }) => {
        const body = filterFrom(source, other, members, length);
        // A page that exists: page numbers past the last are a bad request (LDS-00).
        const first = await searchPage(context, auditor, { ...body }, 1, size);
        const pages = (first.json as { page?: { total_pages?: number } }).page?.total_pages ?? 1;
        const page = 1 + ((draw - 1) % Math.max(pages, 1));
        const searched = await searchPage(context, auditor, { ...body }, page, size);
        const what = `${JSON.stringify(body)}, page ${page}, size ${size}`;
        const exported = await searchPage(context, auditor, { ...body }, page, size, EXPORT);
        context.expect(searched.status, `status of POST /audit-events/$search with ${what}`).toBe(200);
        context.expect(exported.status, `status of POST ${EXPORT} with ${what}`).toBe(200);
        context
          .expect(exported.json, `body of POST ${EXPORT} with ${what}`)
          .toBeValid("lds-07/fhir-audit-event-bundle");
        const list = searched.json as { items: AuditEvent[]; links: Record<string, string | undefined> };
        const bundle = exported.json as {
          link: { relation: string; url: string }[];
          entry?: {
            fullUrl: string;
            resource: { entity: { name?: string; detail?: { valueBase64Binary?: string }[] }[] };
          }[];
        };
        const entries = bundle.entry ?? [];
        context
          .expect(
            entries.map((entry) => entry.fullUrl),
            `fullUrl of each entry of POST ${EXPORT} with ${what}, against the ids of the same search page`,
          )
          .toEqual(list.items.map((item) => `urn:uuid:${item.id}`));
        context
          .expect(
            bundle.link.map((link) => `${link.relation} ${pageOf(link.url)}`).sort(),
            `link of POST ${EXPORT} with ${what}, against the links of the same search page`,
          )
          .toEqual(
            Object.entries(list.links)
              .filter(([, url]) => url !== undefined)
              .map(([relation, url]) => `${RELATION[relation] ?? relation} ${pageOf(url!)}`)
              .sort(),
          );
        for (const [index, item] of list.items.entries()) {
          const entry = entries[index];
          if (!entry) break;
          context
            .expect(entry.resource, `AuditEvent ${index + 1} of POST ${EXPORT} with ${what} (event ${item.sequence})`)
            .toEqual(fhirAuditEvent(item, custodian, purposes));
          const carried = entry.resource.entity.find((entity) => entity.name === "lds-audit-event")?.detail?.[0]
            ?.valueBase64Binary;
          const octets = Buffer.from(carried ?? "", "base64");
          const decoded = parsed(octets.toString("utf8"));
          context
            .expect(decoded, `the lds-audit-event of AuditEvent ${index + 1} (event ${item.sequence}), decoded`)
            .toEqual(item);
          context
            .expect(
              decoded ? eventHash(decoded as never) : undefined,
              `hash recomputed from the lds-audit-event of AuditEvent ${index + 1} (event ${item.sequence})`,
            )
            .toBe(item.hash);
        }
        return true;
      },
      { numRuns: Math.min(context.runs, 12) },
    );
  },
});

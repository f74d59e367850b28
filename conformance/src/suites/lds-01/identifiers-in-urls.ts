import { isDeepStrictEqual } from "node:util";
import { defineCheck } from "../../engine/check.ts";
import { collections, personaPath } from "../lds-00/collections.ts";
import { personasOf } from "../lds-00/personas.ts";

const NHS = "https://fhir.nhs.uk/Id/nhs-number";

/**
 * Identifiers in URLs never select data (LDS-01-R13): each personal-data GET operation the declared clients can
 * call is asked again with a persona's NHS number, UPN and NINO as query parameters; the answer is 400 `bad-request`,
 * or the same status and body as without them (for a collection that changes on every read, the same status and
 * total).
 */
export const identifiersInUrls = defineCheck({
  id: "lds-01/identifiers-in-urls",
  title: "Identifiers in URLs never select data",
  standard: "LDS-01",
  requirements: ["LDS-01-R13"],
  async run(context) {
    const personas = personasOf(context);
    const person = personas.people.find((candidate) =>
      candidate.identifiers.some((id) => id.system === "urn:lds:id:upn"),
    );
    if (!person) return context.skip("no persona has a UPN");
    const value = (system: string) => person.identifiers.find((id) => id.system === system)?.value ?? "";
    const nhs = value(NHS);
    const parameters: Record<string, string>[] = [
      { nhs_number: nhs },
      { identifier: `${NHS}|${nhs}` },
      { upn: value("urn:lds:id:upn") },
      { nino: value("urn:lds:id:nino") || "AB123456C" },
    ];
    const paged = new Map(collections(context).map((collection) => [collection.operation, collection]));
    let tried = 0;
    for (const operation of context.claimedOperations()) {
      if (operation.method !== "get" || !operation.standard.manifest.personal_data) continue;
      const organisation = operation.secured ? context.clientFor(operation) : undefined;
      const path = paged.get(operation)?.path ?? personaPath(operation, personas);
      if (path === undefined || (operation.secured && !organisation)) continue;
      tried++;
      const headers = organisation ? { authorization: `Bearer ${await context.token(organisation)}` } : undefined;
      const read = (query: Record<string, string> = {}) =>
        context.http.request({ path, query, ...(headers ? { headers } : {}) });
      for (const query of parameters) {
        const plain = (await read()).response;
        const asked = (await read(query)).response;
        const again = (await read()).response;
        const what = `GET ${operation.path}?${new URLSearchParams(query)} (an identifier of ${person.id})`;
        if (asked.status === 400) {
          context
            .expect((asked.json as { code?: string } | undefined)?.code, `problem code of ${what}`)
            .toBe("bad-request");
          continue;
        }
        context.expect(asked.status, `status of ${what}`).toBe(plain.status);
        // Links repeat the request's query (LDS-00-R19), so they are not compared.
        const withoutLinks = (body: unknown) =>
          body && typeof body === "object" ? { ...(body as object), links: undefined } : body;
        if (isDeepStrictEqual(plain.json, again.json)) {
          context.expect(withoutLinks(asked.json), `body of ${what}, links aside`).toEqual(withoutLinks(plain.json));
        } else {
          const total = (body: unknown) => (body as { page?: { total_items?: number } } | undefined)?.page?.total_items;
          context
            .expect(total(asked.json), `page.total_items of ${what}`)
            .toSatisfy(
              (count) => count === undefined || count >= (total(plain.json) ?? 0),
              `no fewer items than without the parameter (${total(plain.json)})`,
            );
        }
      }
    }
    if (!tried) context.skip("no personal-data GET operation the declared clients can call is claimed");
  },
});

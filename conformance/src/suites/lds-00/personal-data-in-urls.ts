import { pointerGet } from "@lds/arbitraries";
import { BASE_URI, type Catalogue } from "@lds/catalogue";
import { defineCheck } from "../../engine/check.ts";
import { jsonNodes } from "./json-walk.ts";
import { leakedValues, personalValues, personasOf } from "./personas.ts";
import { tour } from "./tour.ts";

const PERSONAL_FORMATS = new Set(["nhs-number", "upn", "nino", "postcode", "uprn"]);
const IDENTIFIER = "lds-01-identifiers/1/schemas/identifier.schema.json";

/** Whether a schema can hold an LDS-01 identifier or a value of a personal format, following `$ref`s. */
function holdsPersonalData(catalogue: Catalogue, schema: unknown, base = "", seen = new Set<string>()): boolean {
  for (const { value } of jsonNodes(schema)) {
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    const node = value as { format?: unknown; $ref?: unknown };
    if (typeof node.format === "string" && PERSONAL_FORMATS.has(node.format)) return true;
    if (typeof node.$ref !== "string" || node.$ref.startsWith("#")) continue;
    const target = new URL(node.$ref, base || BASE_URI);
    target.hash = "";
    if (target.href.endsWith(IDENTIFIER)) return true;
    if (seen.has(target.href)) continue;
    seen.add(target.href);
    const file = catalogue.schemas.find((candidate) => candidate.id === target.href);
    if (file && holdsPersonalData(catalogue, file.schema, file.id, seen)) return true;
  }
  return false;
}

/** A local `#/...` reference inside the platform's OpenAPI document, followed. */
function local(document: unknown, node: unknown): unknown {
  for (let hops = 0; hops < 16; hops++) {
    const ref = (node as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
    node = pointerGet(document, ref.slice(1));
  }
  return node;
}

/**
 * No personal data in URLs (LDS-00-R16): in the platform's OpenAPI document, no path or query parameter of a
 * personal-data operation takes an identifier or a personal format, and every such operation whose body can hold an
 * identifier is a POST; and no URL the platform returned on the tour (links, Location) holds a persona's identifier
 * value, name or birth date.
 */
export const personalDataInUrls = defineCheck({
  id: "lds-00/personal-data-in-urls",
  title: "No personal data in URLs",
  standard: "LDS-00",
  requirements: ["LDS-00-R16"],
  async run(context) {
    const { response } = await context.http.request({ path: "/openapi.json" });
    context.expect(response.status, "status of GET /openapi.json").toBe(200);
    const document = response.json as { paths?: Record<string, Record<string, unknown>> };
    const personalIds = new Set(
      context.operations.filter((operation) => operation.standard.manifest.personal_data).map((o) => o.operationId),
    );
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, raw] of Object.entries(item)) {
        const operation = local(document, raw) as { operationId?: string; parameters?: unknown[] } | undefined;
        if (!operation?.operationId || !personalIds.has(operation.operationId)) continue;
        const what = `${method.toUpperCase()} ${path} (${operation.operationId}) in the platform's OpenAPI document`;
        const shared = ((local(document, item) as { parameters?: unknown[] }).parameters ?? []) as unknown[];
        for (const parameter of [...shared, ...(operation.parameters ?? [])].map((p) => local(document, p))) {
          const { name, in: where, schema } = parameter as { name?: string; in?: string; schema?: unknown };
          if (where !== "path" && where !== "query") continue;
          context
            .expect(schema, `schema of the ${where} parameter ${name} of ${what}`)
            .toSatisfy(
              (value) => !holdsPersonalData(context.catalogue, local(document, value)),
              "no identifier or personal format",
            );
        }
        const standard = context.operations.find((candidate) => candidate.operationId === operation.operationId);
        if (standard?.requestBody && holdsPersonalData(context.catalogue, standard.requestBody.schema)) {
          context.expect(method.toLowerCase(), `method of ${what}, whose body can hold an identifier`).toBe("post");
        }
      }
    }

    const values = personalValues(personasOf(context));
    for (const { what, exchange } of await tour(context)) {
      const urls = [
        ...(exchange.response.headers.location ? [exchange.response.headers.location] : []),
        ...[...jsonNodes(exchange.response.json)]
          .map(({ value }) => value)
          .filter((value): value is string => typeof value === "string" && /^https?:\/\//i.test(value)),
      ];
      for (const url of urls) {
        let decoded = url;
        try {
          decoded = decodeURIComponent(url.replace(/\+/g, " "));
        } catch {}
        if (!decoded.startsWith(context.baseUrl)) continue;
        context
          .expect(
            leakedValues(decoded, values),
            `persona data in the URL ${url} returned by ${what}`,
            exchange.recorded,
          )
          .toEqual([]);
      }
    }
  },
});

import type { Catalogue } from "@lds/catalogue";

/**
 * The name of each conformance level, read from the manifest schema's description of `conformance_level`
 * ("… 1 schema and transport, 2 functional semantics, 3 governance (privacy rules)").
 */
export function conformanceLevels(catalogue: Catalogue): ReadonlyMap<number, string> {
  const manifest = catalogue.meta.find((schema) => schema.name === "standard")?.schema;
  const properties = (manifest?.properties ?? {}) as Record<string, { description?: unknown }>;
  const description = String(properties.conformance_level?.description ?? "");
  return new Map(
    [...description.matchAll(/\b(\d) ([a-z][a-z ]*?)(?=,|\.|\s\(|$)/g)].map((match) => [Number(match[1]), match[2]!]),
  );
}

import type { Catalogue } from "./catalogue.ts";
import { CatalogueError } from "./errors.ts";
import type { SchemaFile } from "./standard.ts";

/**
 * The short name of a schema: `<standard slug>/<file name>` (`lds-01/identifier`), `meta/<file name>` for the
 * standards' own file formats, or `conformance/<file name>` for the conformance process's.
 */
export function shortName(catalogue: Catalogue, schema: SchemaFile): string {
  const owner = catalogue.standards.find((standard) => standard.schemas.includes(schema));
  const group = owner?.slug ?? (catalogue.conformance.includes(schema) ? "conformance" : "meta");
  return `${group}/${schema.name}`;
}

/**
 * Finds a schema by canonical `$id` (a `#` fragment is kept for the caller), by short name, or by bare file name
 * when only one schema has it. Throws a CatalogueError naming the candidates otherwise.
 */
export function findSchema(catalogue: Catalogue, ref: string): { schema: SchemaFile; fragment: string } {
  const [base = "", fragment = ""] = ref.split("#", 2);
  const byId = catalogue.schemas.find((schema) => schema.id === base);
  if (byId) return { schema: byId, fragment };
  const wanted = base.toLowerCase();
  const matches = catalogue.schemas.filter(
    (schema) => shortName(catalogue, schema) === wanted || schema.name === wanted,
  );
  const [only] = matches;
  if (only && matches.length === 1) return { schema: only, fragment };
  if (matches.length > 1) {
    const names = matches.map((schema) => shortName(catalogue, schema)).join(", ");
    throw new CatalogueError(`schema "${ref}" is ambiguous: ${names}`);
  }
  throw new CatalogueError(`unknown schema "${ref}" (try \`lds standards list --schemas\`)`);
}

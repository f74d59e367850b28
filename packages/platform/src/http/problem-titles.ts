import type { Catalogue } from "@lds/catalogue";

/**
 * The title of every LDS problem type, read from the standards' problem-type code lists
 * (`schemas/problem-type.schema.json`): a problem's title is the same for every occurrence (RFC 9457).
 */
export function problemTitles(catalogue: Catalogue): Map<string, string> {
  const titles = new Map<string, string>();
  for (const standard of catalogue.standards) {
    const list = standard.schemas.find((schema) => schema.name === "problem-type");
    for (const entry of (list?.schema.oneOf ?? []) as { const?: string; title?: string }[]) {
      if (entry.const && entry.title) titles.set(entry.const, entry.title);
    }
  }
  return titles;
}

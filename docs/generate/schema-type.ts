import type { JsonSchema } from "@lds/catalogue";
import { code, link } from "./internal/html.ts";
import type { SiteLinks } from "./links.ts";

const json = (value: unknown) => code(JSON.stringify(value));

/** The target of a `$ref`, linked to where it is described. */
function reference(ref: string, base: string, links: SiteLinks): string {
  const target = base ? new URL(ref, base).href : ref;
  const place = links.schema(decodeURIComponent(target));
  return place ? link(place.url, place.title) : code(ref);
}

/** A bound, e.g. "1–200 characters", "at least 1 item"; `unit` is singular and plural. */
function range(min: unknown, max: unknown, [one, many]: readonly [string, string]): string | undefined {
  const unit = (n: number) => (n === 1 ? one : many);
  if (typeof min === "number" && typeof max === "number") {
    return min === max ? `${min} ${unit(min)}` : `${min}–${max} ${many}`;
  }
  if (typeof min === "number") return `at least ${min} ${unit(min)}`;
  if (typeof max === "number") return `at most ${max} ${unit(max)}`;
  return undefined;
}

/** The constraints of a schema worth showing beside its type: lengths, bounds, pattern, uniqueness. */
function constraints(schema: JsonSchema): string[] {
  const found = [
    range(schema.minLength, schema.maxLength, ["character", "characters"]),
    range(schema.minItems, schema.maxItems, ["item", "items"]),
    typeof schema.minimum === "number" ? `≥ ${schema.minimum}` : undefined,
    typeof schema.maximum === "number" ? `≤ ${schema.maximum}` : undefined,
    schema.uniqueItems === true ? "unique" : undefined,
    typeof schema.pattern === "string" ? `matching ${code(schema.pattern)}` : undefined,
  ];
  return found.filter((item): item is string => item !== undefined);
}

/**
 * A short description of what a schema allows, as inline HTML: its type and format, the values of an enum or const,
 * array items, alternatives, and `$ref`s linked to the entity or code list they name.
 */
export function schemaType(schema: JsonSchema | boolean | undefined, base: string, links: SiteLinks): string {
  if (schema === undefined || schema === true) return "any";
  if (schema === false) return "nothing";
  const parts: string[] = [];
  if (typeof schema.$ref === "string") parts.push(reference(schema.$ref, base, links));
  if ("const" in schema) parts.push(json(schema.const));
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.map(json).join(", ")}`);
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives)) {
    parts.push(
      alternatives.every((option) => "const" in option)
        ? `one of ${alternatives.map((option) => json(option.const)).join(", ")}`
        : alternatives.map((option) => schemaType(option, base, links)).join(" or "),
    );
  }
  const all = schema.allOf as JsonSchema[] | undefined;
  if (Array.isArray(all)) {
    for (const part of all.filter((item) => typeof item.$ref === "string" || item.type !== undefined)) {
      parts.push(schemaType(part, base, links));
    }
  }
  if (!parts.length || (schema.type !== undefined && !("const" in schema) && !Array.isArray(schema.enum))) {
    const types = ([] as unknown[]).concat(schema.type ?? []).map(String);
    const named = types.map((type) =>
      type === "array" && (schema.items !== undefined || schema.prefixItems === undefined)
        ? `array of ${schemaType(schema.items as JsonSchema | undefined, base, links)}`
        : type,
    );
    const format = typeof schema.format === "string" ? ` (${schema.format})` : "";
    if (named.length) parts.unshift(named.join(" or ") + format);
  }
  const not = schema.not as JsonSchema | undefined;
  if (not && Array.isArray(not.enum)) parts.push(`except ${not.enum.map(json).join(", ")}`);
  const text = [...new Set(parts)].join(", ") || "any";
  return [text, ...constraints(schema)].join(", ");
}

import type { ExampleFile, JsonSchema, SchemaFile, Standard } from "@lds/catalogue";
import { block, code, element, heading, link, table } from "./internal/html.ts";
import type { SiteLinks } from "./links.ts";
import { prose } from "./prose.ts";
import { schemaType } from "./schema-type.ts";

/** Whether a schema is a code list: a string schema listing its codes with `oneOf` consts or an `enum`. */
const isCodeList = (schema: JsonSchema) =>
  !schema.properties &&
  ((Array.isArray(schema.oneOf) && (schema.oneOf as JsonSchema[]).every((option) => "const" in option)) ||
    Array.isArray(schema.enum));

/** The rows of a properties table, descending into inline objects as `parent.child` and `parent[].child`. */
function propertyRows(schema: JsonSchema, base: string, links: SiteLinks, prefix = ""): string[][] {
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).flatMap(([name, property]) => {
    const path = prefix + name;
    const row = [
      code(path),
      schemaType(property, base, links),
      required.has(name) ? "yes" : "",
      prose(String(property.description ?? ""), links),
    ];
    const items = property.items as JsonSchema | undefined;
    const values = property.additionalProperties as JsonSchema | boolean | undefined;
    const inner = property.properties
      ? propertyRows(property, base, links, `${path}.`)
      : items?.properties
        ? propertyRows(items, base, links, `${path}[].`)
        : typeof values === "object" && values.properties
          ? propertyRows(values, base, links, `${path}.*.`)
          : [];
    return [row, ...inner];
  });
}

/** The rules a schema states besides its properties: the described parts of `allOf` and `dependentSchemas`. */
function rules(schema: JsonSchema, links: SiteLinks): string {
  const parts = [
    ...((schema.allOf ?? []) as JsonSchema[]),
    ...Object.values((schema.dependentSchemas ?? {}) as Record<string, JsonSchema>),
  ];
  const described = parts.map((part) => part.description).filter((text): text is string => typeof text === "string");
  return described.length
    ? `${block("p", "Rules:")}\n\n${block("ul", described.map((text) => `<li>${prose(text, links)}</li>`).join(""), { class: "rules" })}`
    : "";
}

/** The description and table of one schema or `$defs` entry. */
function body(schema: JsonSchema, base: string, links: SiteLinks): string[] {
  const lines: string[] = [];
  if (typeof schema.description === "string") lines.push(block("p", prose(schema.description, links)));
  if (schema.properties) {
    lines.push(table(["Property", "Type", "Required", "Description"], propertyRows(schema, base, links)));
  } else if (isCodeList(schema) && Array.isArray(schema.oneOf)) {
    const rows = (schema.oneOf as JsonSchema[]).map((option) => [
      code(String(option.const)),
      prose(String(option.title ?? ""), links),
      prose(String(option.description ?? ""), links),
    ]);
    lines.push(table(["Code", "Title", "Description"], rows));
  } else if (isCodeList(schema)) {
    lines.push(
      table(
        ["Code"],
        (schema.enum as unknown[]).map((value) => [code(String(value))]),
      ),
    );
  } else {
    const type = schemaType(schema, base, links);
    if (type !== "any") lines.push(block("p", `Type: ${type}`));
  }
  const stated = rules(schema, links);
  if (stated) lines.push(stated);
  return lines;
}

/** A schema's smallest valid example, shown folded below its table. */
function example(examples: readonly ExampleFile[], id: string, links: SiteLinks): string[] {
  const [smallest] = examples
    .filter((file) => file.kind === "valid" && file.example.schema === id)
    .map((file) => ({ file, text: JSON.stringify(file.example.instance, null, 2) }))
    .sort((a, b) => a.text.length - b.text.length);
  if (!smallest) return [];
  const { file, text } = smallest;
  return [
    `::: details Example: ${file.name}`,
    block("p", `${prose(file.example.description, links)} (${link(links.file(file.path), "file")})`),
    `\`\`\`json\n${text}\n\`\`\``,
    ":::",
  ];
}

/** One schema file's section: its own table, then one subsection per `$defs` entry. */
export function schemaSection(
  file: SchemaFile,
  examples: readonly ExampleFile[],
  links: SiteLinks,
  level = 3,
): string[] {
  const { schema } = file;
  const lines = [heading(level, String(schema.title ?? file.name), links.schemaAnchor(file.name))];
  lines.push(block("p", `${code(`${file.name}.schema.json`)} · ${link(links.file(file.path), "JSON Schema")}`));
  lines.push(...body(schema, file.id, links), ...example(examples, file.id, links));
  for (const [name, def] of Object.entries((schema.$defs ?? {}) as Record<string, JsonSchema>)) {
    lines.push(heading(level + 1, String(def.title ?? name), links.defAnchor(file.name, name)));
    lines.push(block("p", code(`${file.name}.schema.json#/$defs/${name}`)));
    lines.push(...body(def, file.id, links), ...example(examples, `${file.id}#/$defs/${name}`, links));
  }
  return lines;
}

/** The entities (object schemas) and code lists of a standard, from its schema files. */
export function entitySections(standard: Standard, links: SiteLinks): string[] {
  const codeLists = standard.schemas.filter((file) => isCodeList(file.schema));
  const entities = standard.schemas.filter((file) => !codeLists.includes(file));
  const lines: string[] = [];
  if (entities.length) {
    lines.push(heading(2, "Entities", "entities"));
    lines.push(
      block("p", `The documents ${element("strong", {}, standard.id)} defines, from its JSON Schemas (2020-12).`),
    );
    for (const file of entities) lines.push(...schemaSection(file, standard.examples, links));
  }
  if (codeLists.length) {
    lines.push(heading(2, "Code lists", "code-lists"));
    for (const file of codeLists) lines.push(...schemaSection(file, standard.examples, links));
  }
  return lines;
}

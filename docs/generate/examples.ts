import { BASE_URI, type Standard } from "@lds/catalogue";
import { block, code, heading, link, table } from "./internal/html.ts";
import { FORMATS_FILE, pageUrl, type SiteLinks } from "./links.ts";
import { prose } from "./prose.ts";
import { schemaType } from "./schema-type.ts";

/** The format every example file has. */
const EXAMPLE_FORMAT = `${BASE_URI}meta/example.schema.json`;

/** A standard's example documents: what each shows, the schema it is checked against, and the errors it must give. */
export function exampleSections(standard: Standard, links: SiteLinks): string[] {
  if (!standard.examples.length) return [];
  const lines = [
    heading(2, "Examples", "examples"),
    block(
      "p",
      `Documents that must validate against their schema, and documents that must fail with the errors they name (${link(links.schema(EXAMPLE_FORMAT)?.url ?? pageUrl(FORMATS_FILE), "example format")}). ${code("lds standards check")} checks every one.`,
    ),
  ];
  for (const kind of ["valid", "invalid"] as const) {
    const files = standard.examples.filter((file) => file.kind === kind);
    if (!files.length) continue;
    lines.push(heading(3, kind === "valid" ? "Valid examples" : "Invalid examples", `examples-${kind}`));
    const rows = files.map((file) => {
      const errors = (file.example.errors ?? [])
        .map((error) => code(error.code) + (error.pointer ? ` at ${code(error.pointer)}` : ""))
        .join("<br>");
      return [
        link(links.file(file.path), code(file.name)),
        schemaType({ $ref: file.example.schema }, "", links),
        prose(file.example.description, links),
        ...(kind === "invalid" ? [errors] : []),
      ];
    });
    lines.push(table(["Example", "Schema", "Shows", ...(kind === "invalid" ? ["Errors"] : [])], rows));
  }
  return lines;
}

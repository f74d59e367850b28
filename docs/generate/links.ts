import { relative, sep } from "node:path";
import type { ApiOperation, Catalogue, SchemaFile, Standard } from "@lds/catalogue";

/** The site's address for a page, given its Markdown file under the site folder (`standards/api.md`). */
export function pageUrl(file: string): string {
  const path = `/${file.split(sep).join("/")}`;
  return path.endsWith("/index.md") ? path.slice(0, -"index.md".length) : path.replace(/\.md$/, ".html");
}

/** The generated pages besides the standards' own. */
export const STANDARDS_INDEX_FILE = "standards/index.md";
export const API_FILE = "standards/api.md";
export const PERSONAS_FILE = "standards/personas.md";
/** The schemas of the standards' own files (`meta/`) and of the conformance process (`conformance/`). */
export const FORMATS_FILE = "standards/formats.md";
export const CONFORMANCE_FILE = "standards/conformance.md";

/** Where a schema (or one of its `$defs`) is described on the site. */
interface SchemaPlace {
  readonly url: string;
  readonly anchor: string;
  readonly title: string;
}

const kebab = (name: string) => name.replace(/_/g, "-");

/**
 * Every address the generated pages link to, derived from the catalogue: a standard's page and normative text, a
 * requirement, an operation, a schema and its `$defs`, and every published file of the standards folder (served at
 * its path under the site root, which mirrors the canonical `$id`s).
 */
export class SiteLinks {
  readonly #catalogue: Catalogue;
  readonly #schemas = new Map<string, SchemaPlace>();
  readonly #operations: ReadonlySet<string>;

  constructor(catalogue: Catalogue, operations: readonly ApiOperation[]) {
    this.#catalogue = catalogue;
    this.#operations = new Set(operations.map((operation) => operation.operationId));
    for (const standard of catalogue.standards) {
      for (const file of standard.schemas) this.#register(this.standard(standard), file);
    }
    for (const file of catalogue.meta) this.#register(pageUrl(FORMATS_FILE), file);
    for (const file of catalogue.conformance) this.#register(pageUrl(CONFORMANCE_FILE), file);
  }

  /** Records where a schema file and each of its `$defs` are described. */
  #register(url: string, file: SchemaFile): void {
    this.#schemas.set(file.id, {
      url,
      anchor: this.schemaAnchor(file.name),
      title: String(file.schema.title ?? file.name),
    });
    const defs = (file.schema.$defs ?? {}) as Record<string, Record<string, unknown>>;
    for (const [name, def] of Object.entries(defs)) {
      const anchor = this.defAnchor(file.name, name);
      this.#schemas.set(`${file.id}#/$defs/${name}`, { url, anchor, title: String(def.title ?? name) });
    }
  }

  /** The Markdown file of a standard's reference page: the newest major at `standards/<slug>/`, older ones below it. */
  standardFile(standard: Standard, page: "index" | "text" = "index"): string {
    const newest = Math.max(...this.#catalogue.standards.filter((s) => s.id === standard.id).map((s) => s.major));
    const dir =
      standard.major === newest ? `standards/${standard.slug}` : `standards/${standard.slug}/v${standard.major}`;
    return `${dir}/${page}.md`;
  }

  standard(standard: Standard, anchor?: string): string {
    return pageUrl(this.standardFile(standard)) + (anchor ? `#${anchor}` : "");
  }

  text(standard: Standard): string {
    return pageUrl(this.standardFile(standard, "text"));
  }

  /** The newest major of a standard, by id (`LDS-04`). */
  standardById(id: string): Standard | undefined {
    return this.#catalogue.standards.filter((s) => s.id === id).sort((a, b) => b.major - a.major)[0];
  }

  /** A requirement's place on its standard's page, by id (`LDS-04-R13`). */
  requirement(id: string): string | undefined {
    const standard = this.standardById(id.slice(0, "LDS-00".length));
    return standard?.requirements.some((requirement) => requirement.id === id)
      ? this.standard(standard, id)
      : undefined;
  }

  hasOperation(operationId: string): boolean {
    return this.#operations.has(operationId);
  }

  operation(operationId: string): string {
    return `${pageUrl(API_FILE)}#${operationId}`;
  }

  schemaAnchor(name: string): string {
    return `schema-${name}`;
  }

  defAnchor(schemaName: string, def: string): string {
    return `schema-${schemaName}--${kebab(def)}`;
  }

  /**
   * Where a schema reference (an absolute `$id`, with an optional `#/$defs/<name>` fragment) is described: its
   * section on a standard page, or else the published schema file.
   */
  schema(ref: string): SchemaPlace | undefined {
    const known = this.#schemas.get(ref) ?? this.#schemas.get(ref.split("#")[0]!);
    if (known) return { ...known, url: `${known.url}#${known.anchor}` };
    const file = this.#catalogue.schemas.find((schema) => schema.id === ref.split("#")[0]);
    return file && { url: this.file(file.path), anchor: "", title: String(file.schema.title ?? file.name) };
  }

  /** The published copy of a file of the standards folder. */
  file(path: string): string {
    return `/${relative(this.#catalogue.root, path).split(sep).join("/")}`;
  }
}

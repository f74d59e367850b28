import type { Example, Personas, Requirement, Requirements, StandardManifest } from "@lds/types/meta";
import { CatalogueError } from "./errors.ts";
import { filesIn, foldersIn, join, readJson, readYaml } from "./internal/read.ts";
import { standardsRoot } from "./location.ts";
import type { ExampleFile, OpenApiFile, SchemaFile, Standard } from "./standard.ts";

/** Everything in the standards folder, read once. */
export interface Catalogue {
  readonly root: string;
  /** Every standard version, ordered by id then major version. */
  readonly standards: readonly Standard[];
  /** The schemas of the standards' own file formats (`meta/`). */
  readonly meta: readonly SchemaFile[];
  /** The schemas of the conformance process: the supplier declaration, the report (`conformance/`). */
  readonly conformance: readonly SchemaFile[];
  readonly personas: Personas | undefined;
  /** Every schema file: the meta-schemas and every standard's. */
  readonly schemas: readonly SchemaFile[];
  /** Every requirement of every standard. */
  readonly requirements: readonly Requirement[];
}

/** Reads the standards folder (by default the installed `@lds/standards`). */
export function loadCatalogue(root: string = standardsRoot()): Catalogue {
  const standards = foldersIn(root)
    .filter((folder) => /^lds-\d{2}-/.test(folder))
    .flatMap((folder) =>
      foldersIn(join(root, folder))
        .filter((major) => /^\d+$/.test(major))
        .map((major) => readStandard(join(root, folder, major), folder, Number(major))),
    );
  const meta = readSchemas(join(root, "meta"));
  const conformance = readSchemas(join(root, "conformance"));
  const personasPath = join(root, "personas", "personas.yaml");
  const personas = filesIn(join(root, "personas"), "personas.yaml").length
    ? (readYaml(personasPath) as Personas)
    : undefined;
  return {
    root,
    standards,
    meta,
    conformance,
    personas,
    schemas: [...meta, ...conformance, ...standards.flatMap((standard) => standard.schemas)],
    requirements: standards.flatMap((standard) => standard.requirements),
  };
}

function readStandard(dir: string, folder: string, major: number): Standard {
  if (!filesIn(dir, "standard.yaml").length) throw new CatalogueError(`${dir} has no standard.yaml`);
  const manifest = readYaml(join(dir, "standard.yaml")) as StandardManifest;
  if (!manifest || typeof manifest.id !== "string") {
    throw new CatalogueError(`${join(dir, "standard.yaml")} has no id`);
  }
  const requirementsFile = filesIn(dir, "requirements.yaml").length
    ? (readYaml(join(dir, "requirements.yaml")) as Requirements)
    : undefined;
  const openapiPath = join(dir, "openapi.yaml");
  const openapi: OpenApiFile | undefined = filesIn(dir, "openapi.yaml").length
    ? { path: openapiPath, document: readYaml(openapiPath) as Record<string, unknown> }
    : undefined;
  return {
    id: manifest.id,
    slug: manifest.id.toLowerCase(),
    folder,
    major,
    dir,
    manifest,
    requirements: requirementsFile?.requirements ?? [],
    schemas: readSchemas(join(dir, "schemas")),
    openapi,
    examples: (["valid", "invalid"] as const).flatMap((kind) => readExamples(join(dir, "examples", kind), kind)),
  };
}

/** Schema files in a folder and its sub-folders (e.g. `schemas/records/`). */
function readSchemas(dir: string): SchemaFile[] {
  const here = filesIn(dir, ".schema.json").map((file) => {
    const path = join(dir, file);
    const schema = readJson(path) as Record<string, unknown>;
    return { id: String(schema.$id ?? ""), name: file.replace(/\.schema\.json$/, ""), path, schema };
  });
  return [...here, ...foldersIn(dir).flatMap((sub) => readSchemas(join(dir, sub)))];
}

function readExamples(dir: string, kind: "valid" | "invalid"): ExampleFile[] {
  return filesIn(dir, ".json").map((file) => {
    const path = join(dir, file);
    return { name: file.replace(/\.json$/, ""), path, kind, example: readJson(path) as Example };
  });
}

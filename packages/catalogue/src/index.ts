export { type Catalogue, loadCatalogue } from "./catalogue.ts";
export { CatalogueError } from "./errors.ts";
export { BASE_URI, standardsRoot } from "./location.ts";
export { findSchema, shortName } from "./schema-names.ts";
export type { ExampleFile, JsonSchema, OpenApiFile, SchemaFile, Standard } from "./standard.ts";

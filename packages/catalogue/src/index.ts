export { type Catalogue, loadCatalogue } from "./catalogue.ts";
export { CatalogueError } from "./errors.ts";
export { BASE_URI, standardsRoot } from "./location.ts";
export { type ApiOperation, type ApiParameter, type ApiResponse, apiOperations } from "./openapi-operations.ts";
export { OpenApiRefs, openApiUrl } from "./openapi-refs.ts";
export { findSchema, shortName } from "./schema-names.ts";
export type { ExampleFile, JsonSchema, OpenApiFile, SchemaFile, Standard } from "./standard.ts";

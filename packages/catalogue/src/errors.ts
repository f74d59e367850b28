/** The standards folder is missing something the catalogue needs, or a schema name matches nothing. */
export class CatalogueError extends Error {
  override name = "CatalogueError";
}

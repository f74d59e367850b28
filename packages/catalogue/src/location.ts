import { createRequire } from "node:module";
import { dirname } from "node:path";

/** The base of every canonical LDS URI: schema `$id`s mirror their path under it. */
export const BASE_URI = "https://standards.lds.example/";

/** The folder holding the standards: the installed `@lds/standards` package. */
export function standardsRoot(): string {
  return dirname(createRequire(import.meta.url).resolve("@lds/standards/package.json"));
}

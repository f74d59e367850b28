import { relative } from "node:path";
import { BASE_URI } from "@lds/catalogue";
import type { LintContext } from "../internal/context.ts";
import { collectRefs, resolvePointer } from "../internal/json-pointer.ts";

/**
 * Every schema: declares 2020-12, has an absolute `$id` mirroring its path under the base URI, a `title` and a
 * `description`; every `$ref` resolves to an LDS schema and, with a fragment, to a place in it; it compiles.
 */
export function lintSchemas(context: LintContext): void {
  const { catalogue, validator } = context;
  for (const file of catalogue.schemas) {
    const { schema, path } = file;
    const expectedId = BASE_URI + relative(catalogue.root, path).split("\\").join("/");
    if (schema.$schema !== "https://json-schema.org/draft/2020-12/schema") {
      context.report("schema-dialect", path, "$schema must be https://json-schema.org/draft/2020-12/schema");
    }
    if (schema.$id !== expectedId) context.report("schema-id", path, `$id must be ${expectedId}`);
    for (const key of ["title", "description"]) {
      if (typeof schema[key] !== "string" || !(schema[key] as string).trim()) {
        context.report("schema-annotated", path, `the schema needs a ${key}`);
      }
    }
    for (const { at, ref } of collectRefs(schema)) {
      const target = new URL(ref, expectedId);
      const fragment = decodeURIComponent(target.hash.slice(1));
      target.hash = "";
      const document = catalogue.schemas.find((candidate) => candidate.id === target.href)?.schema;
      if (!document) context.report("ref-resolves", path, `${at}: $ref ${ref} names no LDS schema (${target.href})`);
      else if (resolvePointer(document, fragment) === undefined) {
        context.report("ref-resolves", path, `${at}: $ref ${ref} points at nothing in ${target.href}`);
      }
    }
    try {
      validator.compiled(file.id);
    } catch (error) {
      context.report("schema-compiles", path, (error as Error).message);
    }
  }
}

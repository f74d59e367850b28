import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { parse } from "yaml";
import type { LintContext } from "../internal/context.ts";
import { collectRefs, resolvePointer } from "../internal/json-pointer.ts";

/**
 * OpenAPI documents: valid OpenAPI 3.1 (the OpenAPI Initiative's schema), `info.version` equal to the standard's
 * version, unique operationIds, and every `$ref` resolving to a file of the standards and a place in it.
 */
export async function lintOpenApi(context: LintContext): Promise<void> {
  const seen = new Map<string, string>();
  for (const standard of context.catalogue.standards) {
    const openapi = standard.openapi;
    if (!openapi) continue;
    const { path, document } = openapi;
    const result = await new Validator().validate(structuredClone(document));
    if (!String(document.openapi ?? "").startsWith("3.1.")) {
      context.report("openapi-valid", path, `openapi must be 3.1.x, not ${String(document.openapi)}`);
    }
    // The validator checks references only after the structure passes, and follows none across files: the
    // reference check below covers them.
    const unresolved = typeof result.errors === "string" && result.errors.startsWith("Can't resolve");
    if (!result.valid && !unresolved) {
      const errors = Array.isArray(result.errors) ? result.errors : [result.errors];
      for (const error of errors.slice(0, 10)) context.report("openapi-valid", path, JSON.stringify(error));
    }
    const version = (document.info as { version?: unknown } | undefined)?.version;
    if (version !== standard.manifest.version) {
      context.report("openapi-version", path, `info.version ${String(version)} ≠ ${standard.manifest.version}`);
    }
    for (const item of Object.values((document.paths ?? {}) as Record<string, Record<string, unknown>>)) {
      for (const operation of Object.values(item ?? {})) {
        const id = (operation as { operationId?: unknown } | null)?.operationId;
        if (typeof id !== "string") continue;
        if (seen.has(id)) context.report("openapi-operation-id", path, `operationId ${id} also in ${seen.get(id)}`);
        seen.set(id, standard.folder);
      }
    }
    for (const { at, ref } of collectRefs(document)) {
      const [file = "", fragment = ""] = ref.split("#", 2);
      const pointer = decodeURIComponent(fragment);
      if (/^[a-z]+:/i.test(file)) {
        context.report("openapi-refs", path, `${at}: reference schemas by relative path, not ${ref}`);
        continue;
      }
      const target = file ? resolve(dirname(path), file) : path;
      if (!existsSync(target)) {
        context.report("openapi-refs", path, `${at}: $ref ${ref}: no file ${target}`);
        continue;
      }
      const targetDocument = file ? parse(readFileSync(target, "utf8")) : document;
      if (resolvePointer(targetDocument, pointer) === undefined) {
        context.report("openapi-refs", path, `${at}: $ref ${ref} points at nothing`);
      }
    }
  }
}

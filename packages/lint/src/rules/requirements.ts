import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkAgainstMeta, type LintContext } from "../internal/context.ts";
import { readYamlFile } from "../internal/read.ts";

/**
 * Requirements: the file matches its meta-schema; ids are `LDS-NN-RMM` of their own standard and unique across the
 * catalogue; `applies_to` names operations or schemas of the standard; the README cites every active requirement.
 */
export function lintRequirements(context: LintContext): void {
  const seen = new Map<string, string>();
  for (const standard of context.catalogue.standards) {
    const path = join(standard.dir, "requirements.yaml");
    checkAgainstMeta(context, "requirements-valid", path, "meta/requirements", readYamlFile(path));
    const readme = readFileSync(join(standard.dir, "README.md"), "utf8");
    const operations = operationIds(standard.openapi?.document);
    const schemas = new Set(standard.schemas.map((schema) => schema.name));
    for (const requirement of standard.requirements) {
      const { id } = requirement;
      if (!id.startsWith(`${standard.id}-R`))
        context.report("requirement-id", path, `${id} is not an ${standard.id} id`);
      if (seen.has(id)) context.report("requirement-id", path, `${id} is used twice (also in ${seen.get(id)})`);
      seen.set(id, standard.folder);
      if (requirement.status !== "withdrawn" && !readme.includes(id)) {
        context.report("requirement-cited", join(standard.dir, "README.md"), `the README never cites ${id}`);
      }
      for (const target of requirement.applies_to ?? []) {
        const name = target.replace(/\.schema\.json$/, "");
        if (!operations.has(target) && !schemas.has(name)) {
          context.report("requirement-applies-to", path, `${id} applies to ${target}: no such operation or schema`);
        }
      }
    }
  }
}

function operationIds(document: Record<string, unknown> | undefined): Set<string> {
  const ids = new Set<string>();
  for (const item of Object.values((document?.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const operation of Object.values(item ?? {})) {
      const id = (operation as { operationId?: unknown } | null)?.operationId;
      if (typeof id === "string") ids.add(id);
    }
  }
  return ids;
}

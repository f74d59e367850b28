import { join } from "node:path";
import { checkAgainstMeta, type LintContext } from "../internal/context.ts";

/**
 * Every manifest matches its meta-schema and its folder: `lds-NN-…/<major>/` holds LDS-NN version <major>.x.y. Every
 * dependency is in the catalogue, and `depends_on` has no cycle.
 */
export function lintManifests(context: LintContext): void {
  for (const standard of context.catalogue.standards) {
    const path = join(standard.dir, "standard.yaml");
    checkAgainstMeta(context, "manifest-valid", path, "meta/standard", standard.manifest);
    const number = standard.folder.slice(4, 6);
    if (standard.id !== `LDS-${number}`) {
      context.report("manifest-folder", path, `folder ${standard.folder} holds ${standard.id}; expected LDS-${number}`);
    }
    if (Number(String(standard.manifest.version).split(".")[0]) !== standard.major) {
      context.report("manifest-folder", path, `version ${standard.manifest.version} is not major ${standard.major}`);
    }
    for (const dependency of standard.manifest.depends_on ?? []) {
      if (!context.catalogue.standards.some((other) => other.id === dependency)) {
        context.report("manifest-depends-on", path, `depends on ${dependency}, which is not in the catalogue`);
      }
    }
  }
  lintDependencyCycles(context);
}

/**
 * `depends_on` is a directed acyclic graph over standard ids (the union over each standard's major versions). Each
 * cycle is reported once, as its path from its lowest id back to that id, on the manifest of that standard.
 */
function lintDependencyCycles(context: LintContext): void {
  const dependencies = new Map<string, Set<string>>();
  const manifests = new Map<string, string>();
  for (const standard of context.catalogue.standards) {
    const edges = dependencies.get(standard.id) ?? new Set<string>();
    for (const dependency of standard.manifest.depends_on ?? []) edges.add(dependency);
    dependencies.set(standard.id, edges);
    if (!manifests.has(standard.id)) manifests.set(standard.id, join(standard.dir, "standard.yaml"));
  }

  const reported = new Set<string>();
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (id: string): void => {
    const at = path.indexOf(id);
    if (at >= 0) {
      const cycle = path.slice(at);
      const lowest = cycle.indexOf([...cycle].sort()[0]!);
      const rotated = [...cycle.slice(lowest), ...cycle.slice(0, lowest)];
      const key = rotated.join(" ");
      if (!reported.has(key)) {
        reported.add(key);
        context.report(
          "manifest-cycle",
          manifests.get(rotated[0]!)!,
          `depends_on forms a cycle: ${[...rotated, rotated[0]].join(" → ")}`,
        );
      }
      return;
    }
    if (done.has(id) || !dependencies.has(id)) return;
    path.push(id);
    for (const dependency of [...dependencies.get(id)!].sort()) visit(dependency);
    path.pop();
    done.add(id);
  };
  for (const id of [...dependencies.keys()].sort()) visit(id);
}

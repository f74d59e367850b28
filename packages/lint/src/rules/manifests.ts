import { join } from "node:path";
import { checkAgainstMeta, type LintContext } from "../internal/context.ts";

/** Every manifest matches its meta-schema and its folder: `lds-NN-…/<major>/` holds LDS-NN version <major>.x.y. */
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
}

import { checkExamples } from "@lds/validate";
import { checkAgainstMeta, type LintContext } from "../internal/context.ts";

/**
 * Examples: each matches the example meta-schema, names requirements that exist, and behaves as it says —
 * valid ones validate, invalid ones fail with every error they name. Every schema has a valid example.
 */
export function lintExamples(context: LintContext): void {
  const { catalogue } = context;
  const requirementIds = new Set(catalogue.requirements.map((requirement) => requirement.id));
  for (const standard of catalogue.standards) {
    for (const file of standard.examples) {
      checkAgainstMeta(context, "example-valid", file.path, "meta/example", file.example);
      for (const id of file.example.requirements ?? []) {
        if (!requirementIds.has(id))
          context.report("example-requirements", file.path, `names unknown requirement ${id}`);
      }
    }
    for (const schema of standard.schemas) {
      const shown = standard.examples.some(
        (file) => file.kind === "valid" && file.example.schema.split("#")[0] === schema.id,
      );
      if (!shown) context.report("schema-has-example", schema.path, "no valid example uses this schema");
    }
  }
  for (const outcome of checkExamples(context.validator)) {
    for (const problem of outcome.problems) context.report("example-behaves", outcome.example.path, problem);
  }
}

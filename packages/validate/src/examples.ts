import type { ExampleFile, Standard } from "@lds/catalogue";
import type { ValidationError } from "./validation-error.ts";
import type { Validator } from "./validator.ts";

/** The outcome of validating one example against what it says validation must produce. */
export interface ExampleOutcome {
  readonly standard: Standard;
  readonly example: ExampleFile;
  /** What validation reported. */
  readonly errors: readonly ValidationError[];
  /** Why the example does not behave as it says; empty when it does. */
  readonly problems: readonly string[];
}

/**
 * Validates every example of every standard: a valid example must produce no error; an invalid example must
 * produce at least one error and every error it names (code, and pointer when given).
 */
export function checkExamples(validator: Validator): ExampleOutcome[] {
  return validator.catalogue.standards.flatMap((standard) =>
    standard.examples.map((example) => checkExample(validator, standard, example)),
  );
}

function checkExample(validator: Validator, standard: Standard, file: ExampleFile): ExampleOutcome {
  let errors: ValidationError[];
  try {
    errors = validator.validate(file.example.schema, file.example.instance);
  } catch (cause) {
    return { standard, example: file, errors: [], problems: [(cause as Error).message] };
  }
  const problems: string[] = [];
  if (file.kind === "valid") {
    for (const error of errors) problems.push(`unexpected ${error.code} at "${error.pointer}": ${error.message}`);
  } else {
    if (errors.length === 0) problems.push("validates, but is an invalid example");
    for (const expected of file.example.errors ?? []) {
      const found = errors.some(
        (error) =>
          error.code === expected.code && (expected.pointer === undefined || error.pointer === expected.pointer),
      );
      const where = expected.pointer === undefined ? "" : ` at "${expected.pointer}"`;
      if (!found) problems.push(`expected ${expected.code}${where}; got ${describe(errors)}`);
    }
    if (!file.example.errors?.length) problems.push("an invalid example must name the errors it produces");
  }
  return { standard, example: file, errors, problems };
}

const describe = (errors: readonly ValidationError[]) =>
  errors.length ? errors.map((error) => `${error.code} at "${error.pointer}"`).join(", ") : "no errors";

export { checkExamples, type ExampleOutcome } from "./examples.ts";
export { addLdsFormats } from "./formats.ts";
export type { ValidationError } from "./validation-error.ts";
export { toValidationErrors } from "./validation-error.ts";
export { createValidator, type Validator } from "./validator.ts";

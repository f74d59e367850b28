import { type Catalogue, loadCatalogue } from "@lds/catalogue";
import { createValidator, type Validator } from "@lds/validate";

let catalogue: Catalogue | undefined;
let validator: Validator | undefined;

/** The installed standards, read on first use: only problem synthesis and request validation need them. */
export const standards = (): Catalogue => (catalogue ??= loadCatalogue());

/** The LDS validators over the installed standards, compiled on first use. */
export const validators = (): Validator => (validator ??= createValidator(standards()));

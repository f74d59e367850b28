import { type Catalogue, findSchema, loadCatalogue } from "@lds/catalogue";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { addLdsFormats } from "./formats.ts";
import { toValidationErrors, type ValidationError } from "./validation-error.ts";

/** Validates documents against any LDS schema, by canonical `$id` or short name (`lds-01/identifier`). */
export interface Validator {
  readonly catalogue: Catalogue;
  /** The errors in `document`; empty when it is valid. Throws CatalogueError for an unknown schema. */
  validate(schema: string, document: unknown): ValidationError[];
  /** The compiled validator for a schema reference: compiled on first use, then reused. */
  compiled(schema: string): ValidateFunction;
  /**
   * The errors in `document` against a schema object whose `$ref`s are absolute (such as an OpenAPI parameter's).
   * Each object is compiled once.
   */
  validateWith(schema: object, document: unknown): ValidationError[];
}

/** The one annotation keyword LDS schemas may carry besides JSON Schema's own: code-list mappings. */
const LDS_KEYWORDS = ["x-mappings"];

/** A validator over every schema of the catalogue (by default the installed standards). */
export function createValidator(catalogue: Catalogue = loadCatalogue()): Validator {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    // `required` inside `if`/`then` names members declared beside it: legitimate JSON Schema.
    strictRequired: false,
    allowUnionTypes: true,
    keywords: LDS_KEYWORDS,
  });
  addLdsFormats(ajv);
  for (const file of catalogue.schemas) ajv.addSchema(file.schema);

  const cache = new Map<string, ValidateFunction>();
  const compiled = (ref: string): ValidateFunction => {
    const { schema, fragment } = findSchema(catalogue, ref);
    const key = fragment ? `${schema.id}#${fragment}` : schema.id;
    let fn = cache.get(key);
    if (!fn) {
      fn = ajv.getSchema(key);
      if (!fn) throw new Error(`schema ${key} could not be compiled`);
      cache.set(key, fn);
    }
    return fn;
  };

  const inline = new WeakMap<object, ValidateFunction>();
  const compiledInline = (schema: object): ValidateFunction => {
    let fn = inline.get(schema);
    if (!fn) {
      fn = ajv.compile(schema);
      inline.set(schema, fn);
    }
    return fn;
  };

  return {
    catalogue,
    compiled,
    validateWith(schema, document) {
      const fn = compiledInline(schema);
      return fn(document) ? [] : toValidationErrors(fn.errors ?? []);
    },
    validate(ref, document) {
      const fn = compiled(ref);
      return fn(document) ? [] : toValidationErrors(fn.errors ?? []);
    },
  };
}

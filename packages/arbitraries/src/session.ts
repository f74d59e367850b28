// The validator, resolver and compiled checks that arbitraries over one catalogue share.
import { type Catalogue, loadCatalogue } from "@lds/catalogue";
import { createValidator, type Validator } from "@lds/validate";
import type { ArbitraryOptions } from "./options.ts";
import { SchemaResolver } from "./resolve.ts";
import { canonicalJson, type Schema } from "./schema.ts";

/** Whether values are instances of schemas, by the validator; one compiled check per distinct schema. */
export class Checker {
  readonly #validator: Validator;
  readonly #byObject = new WeakMap<object, (value: unknown) => boolean>();
  readonly #byJson = new Map<string, (value: unknown) => boolean>();

  constructor(validator: Validator) {
    this.#validator = validator;
  }

  /** The check of a schema whose `$ref`s are absolute. */
  check(schema: Schema): (value: unknown) => boolean {
    if (typeof schema === "boolean") return () => schema;
    let check = this.#byObject.get(schema);
    if (check) return check;
    const key = canonicalJson(schema);
    check = this.#byJson.get(key);
    if (!check) {
      check = (value) => this.#validator.validateWith(schema, value).length === 0;
      this.#byJson.set(key, check);
    }
    this.#byObject.set(schema, check);
    return check;
  }

  /** Why `value` is not an instance of `schema`, for error messages. */
  explain(schema: Schema, value: unknown): string {
    if (typeof schema === "boolean") return schema ? "valid" : "the schema is false";
    return describeErrors(this.#validator.validateWith(schema, value), value);
  }
}

/** Validation errors and the value, shortened, for error messages. */
export function describeErrors(
  errors: readonly { pointer: string; code: string; message: string }[],
  value: unknown,
): string {
  const json = JSON.stringify(value) ?? String(value);
  const listed = errors
    .slice(0, 5)
    .map((error) => `${error.pointer || "/"} ${error.code}: ${error.message}`)
    .join("; ");
  return `${listed || "valid"} in ${json.length > 500 ? `${json.slice(0, 497)}...` : json}`;
}

export interface Session {
  readonly validator: Validator;
  readonly resolver: SchemaResolver;
  readonly checker: Checker;
}

const sessions = new WeakMap<Validator, Session>();
const validators = new WeakMap<Catalogue, Validator>();
let installed: Catalogue | undefined;

function installedCatalogue(): Catalogue {
  installed ??= loadCatalogue();
  return installed;
}

/** The session of `options.validator`, or of a validator over `options.catalogue` (default: the installed standards). */
export function sessionFor(options: ArbitraryOptions): Session {
  let validator = options.validator;
  if (!validator) {
    const catalogue = options.catalogue ?? installedCatalogue();
    validator = validators.get(catalogue);
    if (!validator) {
      validator = createValidator(catalogue);
      validators.set(catalogue, validator);
    }
  }
  let session = sessions.get(validator);
  if (!session) {
    session = { validator, resolver: new SchemaResolver(validator.catalogue), checker: new Checker(validator) };
    sessions.set(validator, session);
  }
  return session;
}

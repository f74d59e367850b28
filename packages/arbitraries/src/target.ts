// What arbitraryFor and nearMissFor are asked about: a schema object, a boolean schema, or a schema of the
// catalogue named by `$id` or short name; turned into its absolutized form and its exact validity check.
import { findSchema } from "@lds/catalogue";
import { Generator } from "./generator.ts";
import { type ArbitraryOptions, resolveOptions } from "./options.ts";
import { absolutize, resolveUri } from "./resolve.ts";
import type { Schema, SchemaObject } from "./schema.ts";
import { describeErrors, type Session, sessionFor } from "./session.ts";

/** A schema object, `true`/`false`, or a catalogue schema's `$id` (with an optional `#` pointer) or short name. */
export type SchemaInput = SchemaObject | object | boolean | string;

export interface Target {
  readonly generator: Generator;
  /** The schema with absolute `$ref`s. */
  readonly root: Schema;
  /** Whether a value is an instance of the schema. */
  readonly check: (value: unknown) => boolean;
  /** Why a value is not an instance of the schema. */
  readonly explain: (value: unknown) => string;
  /** How errors name the schema. */
  readonly label: string;
}

const generators = new WeakMap<Session, Map<string, Generator>>();

function generatorFor(session: Session, options: ArbitraryOptions): Generator {
  const resolved = resolveOptions(options);
  const key = JSON.stringify(resolved);
  let byOptions = generators.get(session);
  if (!byOptions) {
    byOptions = new Map();
    generators.set(session, byOptions);
  }
  let generator = byOptions.get(key);
  if (!generator) {
    generator = new Generator(session, resolved);
    byOptions.set(key, generator);
  }
  return generator;
}

export function targetOf(input: SchemaInput, options: ArbitraryOptions): Target {
  if (Array.isArray(input) || input === null) throw new TypeError("a schema is an object, a boolean or a name");
  const schema = input as SchemaObject | boolean | string;
  const session = sessionFor(options);
  const generator = generatorFor(session, options);
  const { validator, resolver, checker } = session;
  if (typeof schema === "boolean") {
    return {
      generator,
      root: schema,
      check: () => schema,
      explain: () => "the schema is false",
      label: String(schema),
    };
  }
  if (typeof schema === "string") {
    const { schema: file, fragment } = findSchema(validator.catalogue, schema);
    const compiled = validator.compiled(schema);
    return {
      generator,
      root: resolver.resolve(fragment ? `${file.id}#${fragment}` : file.id),
      check: (value) => compiled(value) === true,
      explain: (value) => describeErrors(validator.validate(schema, value), value),
      label: schema,
    };
  }
  if (typeof schema.$id === "string") {
    const id = resolveUri(schema.$id, options.baseUri);
    const known = validator.catalogue.schemas.find((file) => file.id === id);
    if (known && known.schema !== schema) {
      throw new Error(`another schema with $id ${id} is in the catalogue: pass its $id to use the catalogue's`);
    }
    if (known) {
      const compiled = validator.compiled(id);
      return {
        generator,
        root: resolver.root(id),
        check: (value) => compiled(value) === true,
        explain: (value) => describeErrors(validator.validate(id, value), value),
        label: id,
      };
    }
    resolver.register(id, schema);
    // Compiling it registers its $id with the validator too, for the checks of its subschemas.
    const check = (value: unknown) => validator.validateWith(schema, value).length === 0;
    check(null);
    const explain = (value: unknown) => describeErrors(validator.validateWith(schema, value), value);
    return { generator, root: resolver.root(id), check, explain, label: id };
  }
  const root = absolutize(schema, options.baseUri);
  return {
    generator,
    root,
    check: checker.check(root),
    explain: (value) => checker.explain(root, value),
    label: typeof schema.title === "string" ? schema.title : "schema",
  };
}

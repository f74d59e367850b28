// The generator behind arbitraryFor and nearMissFor: one node per set of schemas an instance (or a member or
// item of it) must satisfy, expanded into leaves, with valid instances and near misses per leaf. Arbitraries
// are built on first use and shared, so large and recursive schemas cost only what is generated.
import * as fc from "fast-check";
import { arrayArbitrary, arrayMutations } from "./arrays.ts";
import { boundedFilter, GenerationError, lazy, oneOf } from "./combinators.ts";
import { domainOf } from "./domain.ts";
import { type ExpandEnv, expand, obviouslyForbidden } from "./expand.ts";
import { annotationKeywords } from "./keywords.ts";
import { shapeOf } from "./merge.ts";
import { type Candidate, mutated } from "./mutation.ts";
import type { Built, NodeContext } from "./node-context.ts";
import { integerArbitrary, numberArbitrary, numberMutations } from "./numbers.ts";
import { objectArbitrary, objectMutations } from "./objects.ts";
import type { ResolvedOptions } from "./options.ts";
import type { JsonType, Schema } from "./schema.ts";
import type { Session } from "./session.ts";
import type { Shape } from "./shape.ts";
import { stringArbitrary, stringMutations } from "./strings.ts";
import { valuesArbitrary, valuesMutations } from "./values.ts";

/** Nesting beyond maxDepth after which generation stops: only a schema that requires infinite nesting gets there. */
const nestingAllowance = 16;

/** Nesting beyond maxDepth after which near misses stop looking for places to mutate. */
const nearMissAllowance = 2;

/** How many levels of members and items to look into when telling whether a node has no instances. */
const probeDepth = 4;

/** A value of each JSON type, for wrong-type near misses. */
const samples: Readonly<Record<JsonType, unknown>> = {
  null: null,
  boolean: true,
  object: {},
  array: [],
  number: 1.5,
  integer: 7,
  string: "text",
};

export class Generator {
  readonly options: ResolvedOptions;
  readonly #env: ExpandEnv;
  readonly #session: Session;
  readonly #ids = new WeakMap<object, number>();
  #nextId = 0;
  readonly #leaves = new Map<string, Shape[]>();
  readonly #combined = new Map<string, Schema>();
  readonly #valid = new Map<string, fc.Arbitrary<unknown>>();
  readonly #nearMiss = new Map<string, fc.Arbitrary<Candidate>>();
  readonly #probing = new Set<string>();

  constructor(session: Session, options: ResolvedOptions) {
    this.options = options;
    this.#session = session;
    this.#env = {
      resolve: (ref) => session.resolver.resolve(ref),
      check: (schema) => session.checker.check(schema),
      isForbidden: (schemas) => this.isForbidden(schemas),
    };
  }

  #key(schemas: readonly Schema[]): string {
    return schemas
      .map((schema) => {
        if (typeof schema === "boolean") return String(schema);
        let id = this.#ids.get(schema);
        if (id === undefined) {
          id = this.#nextId++;
          this.#ids.set(schema, id);
        }
        return id;
      })
      .join(",");
  }

  /** The leaves of the node with these schemas. */
  leaves(schemas: readonly Schema[]): Shape[] {
    const key = this.#key(schemas);
    let leaves = this.#leaves.get(key);
    if (!leaves) {
      leaves = expand(shapeOf(schemas, this.#env), this.#env);
      this.#leaves.set(key, leaves);
    }
    return leaves;
  }

  /**
   * Whether no value satisfies all of `schemas`: false when unsure (a node still being expanded, or nested more
   * than a few levels below the question).
   */
  isForbidden(schemas: readonly Schema[]): boolean {
    if (obviouslyForbidden(schemas, this.#env)) return true;
    const key = this.#key(schemas);
    const known = this.#leaves.get(key);
    if (known) return known.length === 0;
    if (this.#probing.has(key) || this.#probing.size >= probeDepth) return false;
    this.#probing.add(key);
    try {
      return this.leaves(schemas).length === 0;
    } finally {
      this.#probing.delete(key);
    }
  }

  /** One schema for all of `schemas`. */
  #schemaOf(schemas: readonly Schema[]): Schema {
    const key = this.#key(schemas);
    let combined = this.#combined.get(key);
    if (combined === undefined) {
      const [only] = schemas;
      combined = only === undefined ? true : schemas.length === 1 ? only : { allOf: [...schemas] };
      this.#combined.set(key, combined);
    }
    return combined;
  }

  /** Whether a value satisfies all of `schemas`. */
  check(schemas: readonly Schema[]): (value: unknown) => boolean {
    return this.#env.check(this.#schemaOf(schemas));
  }

  /** `arbitrary` keeping only instances of all of `schemas`. */
  #filtered<T>(arbitrary: fc.Arbitrary<T>, schemas: readonly Schema[]): fc.Arbitrary<T> {
    const schema = this.#schemaOf(schemas);
    return boundedFilter(
      arbitrary,
      this.#env.check(schema),
      this.options.maxAttempts,
      () => `valid instance of ${describeNode(schemas)}`,
      (value) => this.#session.checker.explain(schema, value),
    );
  }

  /** Valid instances of all of `schemas`, at nesting `depth`. */
  valid(schemas: readonly Schema[], depth: number): fc.Arbitrary<unknown> {
    const key = `${this.#key(schemas)}@${depth}`;
    let arbitrary = this.#valid.get(key);
    if (!arbitrary) {
      arbitrary = lazy(() => this.#buildValid(schemas, depth));
      this.#valid.set(key, arbitrary);
    }
    return arbitrary;
  }

  /** Near misses of all of `schemas`, at nesting `depth`; undefined where a mutation turned out not to apply. */
  nearMiss(schemas: readonly Schema[], depth: number): fc.Arbitrary<Candidate> {
    const key = `${this.#key(schemas)}@${depth}`;
    let arbitrary = this.#nearMiss.get(key);
    if (!arbitrary) {
      arbitrary = lazy(() => this.#buildNearMiss(schemas, depth));
      this.#nearMiss.set(key, arbitrary);
    }
    return arbitrary;
  }

  #context(depth: number): NodeContext {
    return {
      depth,
      limited: depth >= this.options.maxDepth,
      options: this.options,
      valid: (schemas) => this.valid(schemas, depth + 1),
      nearMiss: (schemas) => this.nearMiss(schemas, depth + 1),
      isForbidden: (schemas) => this.isForbidden(schemas),
      domainSize: (schemas) => domainOf(schemas, this.#env)?.length,
      filter: (arbitrary, predicate, what) => boundedFilter(arbitrary, predicate, this.options.maxAttempts, () => what),
    };
  }

  #nodeLeaves(schemas: readonly Schema[], depth: number): Shape[] {
    if (depth > this.options.maxDepth + nestingAllowance) {
      throw new GenerationError(`${describeNode(schemas)} requires nesting deeper than ${depth} levels`);
    }
    const leaves = this.leaves(schemas);
    if (leaves.length === 0)
      throw new GenerationError(`${describeNode(schemas)} has no instances this generator can find`);
    return leaves;
  }

  /** Per type of a leaf, valid instances of it (checked against the node unless exact). */
  #typeArbitraries(leaf: Shape, depth: number): { type: JsonType | "values"; built: Built }[] {
    const context = this.#context(depth);
    if (leaf.values) return [{ type: "values", built: valuesArbitrary(leaf.values, leaf) }];
    const types = [...(leaf.types ?? [])].filter((type) => !(type === "integer" && leaf.types?.has("number")));
    return types.map((type) => ({ type, built: typeArbitrary(type, leaf, context) }));
  }

  #buildValid(schemas: readonly Schema[], depth: number): fc.Arbitrary<unknown> {
    const leaves = this.#nodeLeaves(schemas, depth);
    const built = leaves.flatMap((leaf) => this.#typeArbitraries(leaf, depth).map(({ built }) => built));
    const arbitrary = oneOf(
      built.map(({ arbitrary }) => arbitrary),
      () => `instance of ${describeNode(schemas)}`,
      true,
    );
    const exact = built.every((part) => part.exact) && leaves.every((leaf) => !leaf.approximate);
    return exact ? arbitrary : this.#filtered(arbitrary, schemas);
  }

  #buildNearMiss(schemas: readonly Schema[], depth: number): fc.Arbitrary<Candidate> {
    if (depth > this.options.maxDepth + nearMissAllowance || unconstrained(schemas)) return fc.constant(undefined);
    const leaves = this.#nodeLeaves(schemas, depth);
    const context = this.#context(depth);
    const mutations: fc.Arbitrary<Candidate>[] = [];
    const types = new Set(leaves.flatMap((leaf) => [...(leaf.types ?? [])]));
    if (!leaves.some((leaf) => (leaf.values ? leaf.values.includes(null) : leaf.types?.has("null")))) {
      mutations.push(fc.constant(mutated(null, "null")));
    }
    const numeric = types.has("number") || types.has("integer");
    const wrong = (Object.keys(samples) as JsonType[]).filter(
      (type) => type !== "null" && !types.has(type) && !((type === "integer" || type === "number") && numeric),
    );
    if (wrong.length) {
      mutations.push(
        fc.constantFrom(...wrong.map((type) => samples[type])).map((value) => mutated(value, "wrong-type")),
      );
    }
    for (const leaf of leaves) {
      for (const { type, built } of this.#typeArbitraries(leaf, depth)) {
        const valid = built.exact && !leaf.approximate ? built.arbitrary : this.#filtered(built.arbitrary, schemas);
        if (type === "values") mutations.push(...valuesMutations(leaf.values ?? []));
        else if (type === "string") mutations.push(...stringMutations(leaf, valid as fc.Arbitrary<string>));
        else if (type === "number" || type === "integer") {
          mutations.push(...numberMutations(leaf, valid as fc.Arbitrary<number>, type === "integer"));
        } else if (type === "array") mutations.push(...arrayMutations(leaf, valid as fc.Arbitrary<unknown[]>, context));
        else if (type === "object") {
          mutations.push(...objectMutations(leaf, valid as fc.Arbitrary<Record<string, unknown>>, context));
        }
      }
    }
    return mutations.length === 0
      ? fc.constant(undefined)
      : oneOf(mutations, () => `near miss of ${describeNode(schemas)}`);
  }
}

function typeArbitrary(type: JsonType, leaf: Shape, context: NodeContext): Built {
  switch (type) {
    case "null":
      return { arbitrary: fc.constant(null), exact: true };
    case "boolean":
      return { arbitrary: fc.boolean(), exact: true };
    case "integer":
      return integerArbitrary(leaf);
    case "number":
      return numberArbitrary(leaf);
    case "string":
      return stringArbitrary(leaf, context);
    case "array":
      return arrayArbitrary(leaf, context);
    case "object":
      return objectArbitrary(leaf, context);
  }
}

/** Whether `schemas` allow every value (so nothing near them is invalid). */
function unconstrained(schemas: readonly Schema[]): boolean {
  return schemas.every(
    (schema) =>
      schema === true ||
      (typeof schema === "object" && Object.keys(schema).every((keyword) => annotationKeywords.has(keyword))),
  );
}

/** A short description of a node for error messages: its title, its `$ref`, or its JSON. */
export function describeNode(schemas: readonly Schema[]): string {
  for (const schema of schemas) {
    if (typeof schema === "boolean") continue;
    if (typeof schema.title === "string") return `"${schema.title}"`;
    if (typeof schema.$ref === "string") return schema.$ref;
  }
  const json = JSON.stringify(schemas.length === 1 ? schemas[0] : schemas) ?? "";
  return json.length > 120 ? `${json.slice(0, 117)}...` : json;
}

import type { ApiOperation, Catalogue } from "@lds/catalogue";
import type { SupplierDeclaration } from "@lds/types/conformance";
import type { Validator } from "@lds/validate";
import fc from "fast-check";
import type { RecordedExchange } from "../transport/exchange.ts";
import type { HttpClient } from "../transport/http-client.ts";
import { TransportError } from "../transport/transport-error.ts";
import type { Check } from "./check.ts";
import { type Expectation, expectation } from "./expect.ts";
import { CheckFailure, CheckSkipped } from "./failure.ts";
import { runProperty } from "./property.ts";
import type { ReplayTarget } from "./replay.ts";
import type { Counterexample } from "./result.ts";
import type { TokenSource } from "./tokens.ts";

/** A model-based check: commands run against a model and the platform, compared at every step. */
export interface StatefulSpec<Model extends object, Real> {
  readonly commands: fc.Arbitrary<fc.AsyncCommand<Model, Real>>[];
  /** A fresh model and the real system (for instance a client bound to a new resource) for one sequence. */
  setup(): Promise<{ model: Model; real: Real }> | { model: Model; real: Real };
  /** The longest sequence generated (default 20). */
  readonly maxCommands?: number;
}

/** What a check's `run` is given. */
export interface CheckContext {
  readonly check: Check;
  readonly declaration: SupplierDeclaration;
  readonly catalogue: Catalogue;
  readonly validator: Validator;
  /** Every operation of every standard in the catalogue, with resolved schemas. */
  readonly operations: readonly ApiOperation[];
  /** The platform's base URL (the declaration's, or `--target`). */
  readonly baseUrl: string;
  /** The HTTP client: requests under the base URL, recorded as this check's evidence. */
  readonly http: HttpClient;
  /** Cases per property (`--runs`). */
  readonly runs: number;
  /** Aborted when the check's or the run's time is up. */
  readonly signal: AbortSignal;
  /** An operation by operationId; throws for one the catalogue does not have. */
  operation(operationId: string): ApiOperation;
  /** The operations of the claimed standards, at the claimed versions. */
  claimedOperations(): ApiOperation[];
  /** The first declared client whose scopes allow an operation, by organisation id. */
  clientFor(operation: ApiOperation): string | undefined;
  /** An access token for a declared client (client credentials grant), cached until shortly before it expires. */
  token(organisation: string, scopes?: readonly string[]): Promise<string>;
  /** Assertions on an observed value, named `what` in the report; the check's last exchange is the evidence. */
  expect<T>(observed: T, what: string, exchange?: RecordedExchange): Expectation<T>;
  /**
   * A property over generated values, with the run's seed derived for this check and property. A failure is shrunk,
   * re-checked, and reported with its seed and replay path. The predicate fails through `expect` or by returning
   * false.
   */
  property<T>(
    name: string,
    arbitrary: fc.Arbitrary<T>,
    predicate: (value: T) => Promise<boolean | undefined> | boolean | undefined,
    options?: { readonly numRuns?: number },
  ): Promise<void>;
  /** A model-based property (fast-check commands), with the same seeding, shrinking and replay. */
  stateful<Model extends object, Real>(
    name: string,
    spec: StatefulSpec<Model, Real>,
    options?: { readonly numRuns?: number },
  ): Promise<void>;
  /** Ends the check as skipped, with the reason. */
  skip(reason: string): never;
}

/** What every check of a run shares. */
export interface RunScope {
  readonly declaration: SupplierDeclaration;
  readonly catalogue: Catalogue;
  readonly validator: Validator;
  readonly operations: readonly ApiOperation[];
  readonly http: HttpClient;
  readonly tokens: TokenSource;
  readonly seed: number;
  readonly runs: number;
  readonly deadline: number;
  readonly replay?: ReplayTarget | undefined;
}

/** What a check's context recorded, for its result. */
export interface CheckRecord {
  /** The check's last exchanges (at most a few). */
  readonly exchanges: RecordedExchange[];
  /** The exchanges of the current (or failing) generated case. */
  caseExchanges: RecordedExchange[];
  counterexample?: Counterexample;
  readonly properties: { name: string; seed: number; numRuns: number }[];
}

const KEPT_EXCHANGES = 4;

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The context for one check, with what it records. */
export function createCheckContext(
  scope: RunScope,
  check: Check,
  signal: AbortSignal,
): { context: CheckContext; record: CheckRecord } {
  const record: CheckRecord = { exchanges: [], caseExchanges: [], properties: [] };
  const http = scope.http.observed((exchange) => {
    record.exchanges.push(exchange);
    if (record.exchanges.length > KEPT_EXCHANGES) record.exchanges.shift();
    record.caseExchanges.push(exchange);
    if (record.caseExchanges.length > KEPT_EXCHANGES) record.caseExchanges.shift();
  }, signal);
  const claimed = new Map(scope.declaration.standards.map((claim) => [claim.id, claim.version]));

  async function property<T>(
    name: string,
    build: (replayPath: string | undefined) => fc.IAsyncProperty<[T]>,
    show: (value: T) => unknown,
    numRuns: number,
    replayPathOf?: (value: T) => string | undefined,
  ) {
    if (!NAME.test(name)) throw new Error(`property name "${name}" must be kebab-case`);
    const outcome = await runProperty({
      check: check.id,
      name,
      runSeed: scope.seed,
      numRuns,
      deadline: scope.deadline,
      replay: scope.replay,
      build,
      show,
      ...(replayPathOf ? { replayPathOf } : {}),
    });
    if (outcome.held) {
      record.properties.push({ name, seed: outcome.seed, numRuns: outcome.numRuns });
      return;
    }
    const { counterexample, error } = outcome;
    record.counterexample = counterexample;
    if (error instanceof TransportError || !(error instanceof CheckFailure)) throw error;
    throw new CheckFailure(
      {
        ...error.detail,
        message: `property ${name} failed: ${error.detail.message} (replay: ${counterexample.replay})`,
      },
      { cause: error },
    );
  }

  /** Runs a predicate as one generated case, its exchanges kept apart; `false` is a failure. */
  const asCase =
    <T>(predicate: (value: T) => Promise<boolean | undefined> | boolean | undefined) =>
    async (value: T) => {
      record.caseExchanges = [];
      if ((await predicate(value)) === false) {
        throw new CheckFailure({ message: "the property does not hold for this case", observed: value });
      }
    };

  const context: CheckContext = {
    check,
    declaration: scope.declaration,
    catalogue: scope.catalogue,
    validator: scope.validator,
    operations: scope.operations,
    baseUrl: http.baseUrl,
    http,
    runs: scope.runs,
    signal,
    operation(operationId) {
      const operation = scope.operations.find((candidate) => candidate.operationId === operationId);
      if (!operation) throw new Error(`no standard defines the operation ${operationId}`);
      return operation;
    },
    claimedOperations: () =>
      scope.operations.filter(
        (operation) => claimed.get(operation.standard.id) === operation.standard.manifest.version,
      ),
    clientFor(operation) {
      return Object.entries(scope.declaration.clients).find(([, client]) =>
        operation.scopeSets.some((set) => set.every((scopeName) => client?.scopes.includes(scopeName))),
      )?.[0];
    },
    token: (organisation, scopes) => scope.tokens.token(organisation, scopes, http),
    expect: (observed, what, exchange) =>
      expectation(observed, what, scope.validator, () => exchange ?? record.exchanges.at(-1)),
    property: (name, arbitrary, predicate, options) =>
      property(
        name,
        () => fc.asyncProperty(arbitrary, asCase(predicate)),
        (value) => value,
        options?.numRuns ?? scope.runs,
      ),
    stateful: (name, spec, options) =>
      property(
        name,
        (replayPath) =>
          fc.asyncProperty(
            fc.commands(spec.commands, { maxCommands: spec.maxCommands ?? 20, ...(replayPath ? { replayPath } : {}) }),
            asCase(async (commands) => {
              const state = await spec.setup();
              await fc.asyncModelRun(() => state, commands);
              return undefined;
            }),
          ),
        (commands) => String(commands).replace(/\s*\/\*replayPath=.*\*\/$/, ""),
        options?.numRuns ?? scope.runs,
        (commands) => {
          const match = /\/\*replayPath=("(?:[^"\\]|\\.)*")\*\/$/.exec(String(commands));
          return match?.[1] ? (JSON.parse(match[1]) as string) : undefined;
        },
      ),
    skip(reason) {
      throw new CheckSkipped(reason);
    },
  };
  return { context, record };
}

import type { CheckContext } from "./context.ts";

/** Something a check needs besides a claimed standard: when it does not hold, the check is skipped. */
export interface Precondition {
  /** What is needed, said so that a skip reason reads well: "a client with the lds-01:validate scope". */
  readonly description: string;
  holds(context: CheckContext): boolean | Promise<boolean>;
}

/** One check: the requirements it verifies, and how. */
export interface Check {
  /** `<standard slug>/<name>`: `lds-00/api-info`. Stable: reports and replays name checks by it. */
  readonly id: string;
  readonly title: string;
  /** The requirements it verifies, all of its own standard; its level is the strongest of theirs. */
  readonly requirements: readonly string[];
  /** The standard whose suite it belongs to: `LDS-00`. Runs only when that standard is claimed. */
  readonly standard: string;
  readonly preconditions: readonly Precondition[];
  /** Passes by returning; fails through the context's assertions; anything else it throws is an error. */
  run(context: CheckContext): Promise<void> | void;
}

export type CheckDefinition = Omit<Check, "preconditions"> & { readonly preconditions?: readonly Precondition[] };

const ID = /^lds-\d{2}\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REQUIREMENT = /^LDS-\d{2}-R\d{2,3}$/;

/** Declares a check; throws for a malformed id or requirement list (a suite author's mistake). */
export function defineCheck(definition: CheckDefinition): Check {
  const { id, requirements, standard } = definition;
  if (!ID.test(id)) throw new Error(`check id "${id}" must be <standard slug>/<kebab-case name>`);
  if (!/^LDS-\d{2}$/.test(standard) || !id.startsWith(`${standard.toLowerCase()}/`)) {
    throw new Error(`check ${id}: standard "${standard}" must match its id`);
  }
  if (!requirements.length) throw new Error(`check ${id} verifies no requirement`);
  for (const requirement of requirements) {
    if (!REQUIREMENT.test(requirement)) throw new Error(`check ${id}: "${requirement}" is not a requirement id`);
    if (!requirement.startsWith(`${standard}-`)) {
      throw new Error(`check ${id}: ${requirement} is not a requirement of ${standard}`);
    }
  }
  return Object.freeze({
    ...definition,
    requirements: [...requirements],
    preconditions: definition.preconditions ?? [],
  });
}

import type { Catalogue } from "@lds/catalogue";
import type { Check } from "./check.ts";
import { requirementLevels, strongest } from "./level.ts";
import type { Level } from "./result.ts";

/** The checks of a suite, by id, checked against the catalogue's requirements. */
export class CheckRegistry {
  readonly #checks = new Map<string, Check>();

  constructor(checks: readonly Check[] = []) {
    this.register(...checks);
  }

  register(...checks: readonly Check[]): this {
    for (const check of checks) {
      if (this.#checks.has(check.id)) throw new Error(`check ${check.id} is registered twice`);
      this.#checks.set(check.id, check);
    }
    return this;
  }

  get checks(): readonly Check[] {
    return [...this.#checks.values()];
  }

  get(id: string): Check | undefined {
    return this.#checks.get(id);
  }

  /** Every check that verifies a requirement, by requirement id. */
  byRequirement(): ReadonlyMap<string, readonly Check[]> {
    const map = new Map<string, Check[]>();
    for (const check of this.#checks.values()) {
      for (const requirement of check.requirements) map.set(requirement, [...(map.get(requirement) ?? []), check]);
    }
    return map;
  }

  /** Problems with the registered checks against the catalogue: unknown or withdrawn requirements. */
  problems(catalogue: Catalogue): string[] {
    const known = new Map(catalogue.requirements.map((requirement) => [requirement.id, requirement]));
    const problems: string[] = [];
    for (const check of this.#checks.values()) {
      for (const id of check.requirements) {
        const requirement = known.get(id);
        if (!requirement) problems.push(`${check.id} names ${id}, which no standard defines`);
        else if (requirement.status === "withdrawn") problems.push(`${check.id} names ${id}, which is withdrawn`);
      }
    }
    return problems;
  }
}

/** A check's level: the strongest level of the requirements it verifies. */
export function checkLevel(check: Check, levels: ReadonlyMap<string, Level>): Level {
  return strongest(check.requirements.map((id) => levels.get(id) ?? "MAY"));
}

export { requirementLevels };

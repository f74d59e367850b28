import type { Catalogue } from "@lds/catalogue";
import type { Level } from "./result.ts";

const STRENGTH: Record<Level, number> = { MUST: 3, SHOULD: 2, MAY: 1 };

/** The strongest of some levels: a check naming a MUST is a MUST check. */
export function strongest(levels: readonly Level[]): Level {
  return levels.reduce<Level>((best, level) => (STRENGTH[level] > STRENGTH[best] ? level : best), "MAY");
}

/** Each requirement's level, by id, from the catalogue. */
export function requirementLevels(catalogue: Catalogue): ReadonlyMap<string, Level> {
  return new Map(catalogue.requirements.map((requirement) => [requirement.id, requirement.level]));
}

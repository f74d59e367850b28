import type { Check } from "../engine/check.ts";
import { CheckRegistry } from "../engine/registry.ts";
import { lds00Checks } from "./lds-00/index.ts";

/**
 * Every check of the suite, standard by standard. A standard's suite lives in `suites/<standard slug>/` and adds
 * its list here.
 */
export const suiteChecks: readonly Check[] = [...lds00Checks];

/** A registry of every check of the suite. */
export const suiteRegistry = () => new CheckRegistry(suiteChecks);

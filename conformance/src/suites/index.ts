import type { Check } from "../engine/check.ts";
import { CheckRegistry } from "../engine/registry.ts";
import { lds00Checks } from "./lds-00/index.ts";
import { lds01Checks } from "./lds-01/index.ts";
import { lds04Checks } from "./lds-04/index.ts";
import { lds05Checks } from "./lds-05/index.ts";
import { lds06Checks } from "./lds-06/index.ts";
import { lds07Checks } from "./lds-07/index.ts";

/**
 * Every check of the suite, standard by standard. A standard's suite lives in `suites/<standard slug>/` and adds
 * its list here.
 */
export const suiteChecks: readonly Check[] = [
  ...lds00Checks,
  ...lds01Checks,
  ...lds04Checks,
  ...lds05Checks,
  ...lds06Checks,
  ...lds07Checks,
];

/** A registry of every check of the suite. */
export const suiteRegistry = () => new CheckRegistry(suiteChecks);

import type { Faux } from "./faux.ts";
import { lds00Faux } from "./lds-00/index.ts";
import { lds01Faux } from "./lds-01/index.ts";
import { lds04Faux } from "./lds-04/index.ts";
import { lds05Faux } from "./lds-05/index.ts";
import { lds06Faux } from "./lds-06/index.ts";
import { lds07Faux } from "./lds-07/index.ts";

export { defineFaux, type Faux } from "./faux.ts";

/** Every faux platform, standard by standard: each breaks one requirement that the suite must catch. */
export const fauxPlatforms: readonly Faux[] = [
  ...lds00Faux,
  ...lds01Faux,
  ...lds04Faux,
  ...lds05Faux,
  ...lds06Faux,
  ...lds07Faux,
];

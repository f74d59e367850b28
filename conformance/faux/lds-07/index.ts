import type { Faux } from "../faux.ts";

/** Faux platforms that break LDS-07. */
export const lds07Faux: readonly Faux[] = [];

import type { Faux } from "../faux.ts";

/** Faux platforms that break LDS-06. */
export const lds06Faux: readonly Faux[] = [];

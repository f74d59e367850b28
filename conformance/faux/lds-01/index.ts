import type { Faux } from "../faux.ts";

/** Faux platforms that break LDS-01. */
export const lds01Faux: readonly Faux[] = [];

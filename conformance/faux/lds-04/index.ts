import type { Faux } from "../faux.ts";

/** Faux platforms that break LDS-04. */
export const lds04Faux: readonly Faux[] = [];

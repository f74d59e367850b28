import type { Faux } from "../faux.ts";

/** Faux platforms that break LDS-05. */
export const lds05Faux: readonly Faux[] = [];

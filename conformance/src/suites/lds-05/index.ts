import type { Check } from "../../engine/check.ts";

/** The LDS-05 checks. */
export const lds05Checks: readonly Check[] = [];

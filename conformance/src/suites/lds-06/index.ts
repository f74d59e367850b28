import type { Check } from "../../engine/check.ts";

/** The LDS-06 checks. */
export const lds06Checks: readonly Check[] = [];

import type { Check } from "../../engine/check.ts";

/** The LDS-07 checks. */
export const lds07Checks: readonly Check[] = [];

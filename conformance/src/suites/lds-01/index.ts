import type { Check } from "../../engine/check.ts";

/** The LDS-01 checks. */
export const lds01Checks: readonly Check[] = [];

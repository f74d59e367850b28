import type { Check } from "../../engine/check.ts";

/** The LDS-04 checks. */
export const lds04Checks: readonly Check[] = [];

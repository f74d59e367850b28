import type { Check } from "../../engine/check.ts";
import { apiInfo } from "./api-info.ts";
import { bearerRequired } from "./bearer-required.ts";
import { invalidBodies } from "./invalid-bodies.ts";
import { methodNotAllowed } from "./method-not-allowed.ts";
import { unknownPath } from "./unknown-path.ts";

/** The LDS-00 Common API profile checks. */
export const lds00Checks: readonly Check[] = [apiInfo, unknownPath, methodNotAllowed, bearerRequired, invalidBodies];

import type { OperationHandler } from "./context.ts";
import * as lds00 from "./lds-00/handlers.ts";
import * as lds01 from "./lds-01/handlers.ts";
import * as lds04 from "./lds-04/handlers.ts";
import * as lds05 from "./lds-05/handlers.ts";
import * as lds06 from "./lds-06/handlers.ts";
import * as lds07 from "./lds-07/handlers.ts";

/** Every operation the reference platform implements, by operationId, and the standards they complete. */
export const handlers: Readonly<Record<string, OperationHandler>> = {
  ...lds00,
  ...lds01,
  ...lds04,
  ...lds05,
  ...lds06,
  ...lds07,
};

/** The standards the reference platform implements in full. */
export const IMPLEMENTED_STANDARDS = ["LDS-00", "LDS-01", "LDS-04", "LDS-05", "LDS-06", "LDS-07"] as const;

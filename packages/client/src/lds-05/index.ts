import { createLdsClient, type LdsClient, type LdsClientOptions } from "../client.ts";
import { openOperations, type paths } from "./openapi.gen.ts";

export type { components, operations, paths } from "./openapi.gen.ts";

/** A client for LDS-05 Data sharing agreements, typed from its OpenAPI document. */
export type Lds05Client = LdsClient<paths>;

/** A client for LDS-05 Data sharing agreements. */
export const createLds05Client = (options: LdsClientOptions): Lds05Client =>
  createLdsClient<paths>({ id: "LDS-05", openOperations }, options);

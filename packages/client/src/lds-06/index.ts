import { createLdsClient, type LdsClient, type LdsClientOptions } from "../client.ts";
import { openOperations, type paths } from "./openapi.gen.ts";

export type { components, operations, paths } from "./openapi.gen.ts";

/** A client for LDS-06 Purpose-bound record access, typed from its OpenAPI document. */
export type Lds06Client = LdsClient<paths>;

/** A client for LDS-06 Purpose-bound record access. */
export const createLds06Client = (options: LdsClientOptions): Lds06Client =>
  createLdsClient<paths>({ id: "LDS-06", openOperations }, options);

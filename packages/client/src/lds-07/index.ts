import { createLdsClient, type LdsClient, type LdsClientOptions } from "../client.ts";
import { openOperations, type paths } from "./openapi.gen.ts";

export type { components, operations, paths } from "./openapi.gen.ts";

/** A client for LDS-07 Access audit, typed from its OpenAPI document. */
export type Lds07Client = LdsClient<paths>;

/** A client for LDS-07 Access audit. */
export const createLds07Client = (options: LdsClientOptions): Lds07Client =>
  createLdsClient<paths>({ id: "LDS-07", openOperations }, options);

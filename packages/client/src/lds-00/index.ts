import { createLdsClient, type LdsClient, type LdsClientOptions } from "../client.ts";
import { openOperations, type paths } from "./openapi.gen.ts";

export type { components, operations, paths } from "./openapi.gen.ts";

/** A client for LDS-00 Common API Profile, typed from its OpenAPI document. */
export type Lds00Client = LdsClient<paths>;

/** A client for LDS-00 Common API Profile. */
export const createLds00Client = (options: LdsClientOptions): Lds00Client =>
  createLdsClient<paths>({ id: "LDS-00", openOperations }, options);

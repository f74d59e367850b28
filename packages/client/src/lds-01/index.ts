import { createLdsClient, type LdsClient, type LdsClientOptions } from "../client.ts";
import { openOperations, type paths } from "./openapi.gen.ts";

export type { components, operations, paths } from "./openapi.gen.ts";

/** A client for LDS-01 Identifiers, typed from its OpenAPI document. */
export type Lds01Client = LdsClient<paths>;

/** A client for LDS-01 Identifiers. */
export const createLds01Client = (options: LdsClientOptions): Lds01Client =>
  createLdsClient<paths>({ id: "LDS-01", openOperations }, options);

import { createLdsClient, type LdsClient, type LdsClientOptions } from "../client.ts";
import { openOperations, type paths } from "./openapi.gen.ts";

export type { components, operations, paths } from "./openapi.gen.ts";

/** A client for LDS-04 Consent and objections, typed from its OpenAPI document. */
export type Lds04Client = LdsClient<paths>;

/** A client for LDS-04 Consent and objections. */
export const createLds04Client = (options: LdsClientOptions): Lds04Client =>
  createLdsClient<paths>({ id: "LDS-04", openOperations }, options);

export { type BearerOptions, withBearer } from "./bearer.ts";
export { createLdsClient, type LdsClient, type LdsClientOptions, type StandardApi } from "./client.ts";
export { type ClientCredentialsOptions, clientCredentials, type TokenSource } from "./client-credentials.ts";
export { LdsTransportError, TokenRequestError } from "./errors.ts";
export type { Fetch } from "./fetch.ts";
export type { HttpMethod, LdsMethod, LdsRequestOptions, PageLike } from "./methods.ts";
export { isProblem, type Problem, problemType, type ValidationError } from "./problem.ts";
export type { LdsFailure, LdsResult, LdsSuccess } from "./result.ts";
export { type RetryOptions, retryDelay, withRetry } from "./retry.ts";

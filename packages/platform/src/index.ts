export { type ClientCredentials, type ClientRegistration, registerClient } from "./auth/clients.ts";
export type { OperationHandler, OperationRequest, PlatformConfig, PlatformContext, Requester } from "./context.ts";
export { ProblemError } from "./http/problem.ts";
export { createPlatform, type Platform, type PlatformOptions } from "./platform.ts";
export type { Database } from "./storage/database.ts";
export { openDatabase, type StorageOptions } from "./storage/open.ts";

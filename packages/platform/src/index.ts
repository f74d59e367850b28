export { type ClientCredentials, type ClientRegistration, registerClient } from "./auth/clients.ts";
export type {
  GuardedRequest,
  OperationGuard,
  OperationHandler,
  OperationRequest,
  PlatformConfig,
  PlatformContext,
  Requester,
} from "./context.ts";
export { ProblemError } from "./http/problem.ts";
export { createPlatform, type Platform, type PlatformOptions } from "./platform.ts";
export type { SandboxClient } from "./sandbox/clients.ts";
export { sandboxDeclaration } from "./sandbox/declaration.ts";
export { seedSandbox } from "./sandbox/seed.ts";
export { listen, type RunningServer } from "./serve.ts";
export type { Database } from "./storage/database.ts";
export { openDatabase, type StorageOptions } from "./storage/open.ts";

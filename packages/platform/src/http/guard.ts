import type { OperationGuard, OperationHandler } from "../context.ts";

/** A handler with a guard: the router runs the guard's checks before it validates the request (LDS-05-R29). */
export const guarded = (guard: OperationGuard, handler: OperationHandler): OperationHandler =>
  Object.assign((...args: Parameters<OperationHandler>) => handler(...args), { guard });

import type { Precondition } from "./check.ts";

/** The declaration claims a standard (for a check of one standard that exercises another's operation). */
export const claims = (standard: string): Precondition => ({
  description: `${standard} to be claimed`,
  holds: (context) => context.declaration.standards.some((claim) => claim.id === standard),
});

/** A declared client can call an operation: it holds every scope of one of the operation's scope sets. */
export const clientFor = (operationId: string): Precondition => ({
  description: `a declared client allowed to call ${operationId}`,
  holds: (context) => context.clientFor(context.operation(operationId)) !== undefined,
});

/** The standards declare at least one operation that needs a token, among the claimed standards. */
export const securedOperations = (): Precondition => ({
  description: "a claimed standard with operations that need a token",
  holds: (context) => context.claimedOperations().some((operation) => operation.secured),
});

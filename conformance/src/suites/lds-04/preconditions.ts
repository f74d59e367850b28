import type { Precondition } from "../../engine/check.ts";

/** The four LDS-04 scopes (LDS-04-R01). */
export const LDS04_SCOPES = ["lds-04:read", "lds-04:write", "lds-04:check", "lds-04:decide"] as const;

/** The declaration gives clients for these test requester organisations, each holding every LDS-04 scope. */
export const lds04Clients = (...organisations: readonly string[]): Precondition => ({
  description: `clients for ${organisations.join(", ")} holding every LDS-04 scope`,
  holds: (context) =>
    organisations.every((organisation) => {
      const client = context.declaration.clients[organisation];
      return client !== undefined && LDS04_SCOPES.every((scope) => client.scopes.includes(scope));
    }),
});

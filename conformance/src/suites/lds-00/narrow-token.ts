import type { ApiOperation } from "@lds/catalogue";
import type { CheckContext } from "../../engine/context.ts";

/** A declared client's token whose scopes do not allow an operation: the requester may not perform it. */
export interface NarrowToken {
  readonly organisation: string;
  readonly scopes: readonly string[];
  readonly token: string;
}

/**
 * A token for a declared client, asked for with one of its scopes that no scope set of the operation is satisfied
 * by; undefined when no declared client holds such a scope.
 */
export async function narrowToken(context: CheckContext, operation: ApiOperation): Promise<NarrowToken | undefined> {
  for (const [organisation, client] of Object.entries(context.declaration.clients)) {
    const scope = client?.scopes.find((candidate) =>
      operation.scopeSets.every((set) => !set.every((s) => s === candidate)),
    );
    if (!scope) continue;
    return { organisation, scopes: [scope], token: await context.token(organisation, [scope]) };
  }
  return undefined;
}

import { createHash } from "node:crypto";
import { canonicalize } from "@lds/canonical-json";
import { defineFaux, pathOf, withJson } from "../faux.ts";

/**
 * Serves every event as if it were the first of the chain: prev_hash is the genesis value and hash is recomputed
 * over that, so each event verifies on its own but no event links to the one before.
 */
export const breaksAuditHashChain = defineFaux({
  name: "breaks-audit-hash-chain",
  breaks: "LDS-07-R11",
  description: "serves events whose prev_hash is always the genesis value, with hashes recomputed to match",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (pathOf(request) !== "/audit-events/$search" || response.status !== 200) return response;
    return withJson(response, (body) => {
      const list = body as { items: Record<string, unknown>[] };
      const items = list.items.map((event) => {
        const { hash: _hash, ...rest }: Record<string, unknown> = { ...event, prev_hash: "0".repeat(64) };
        return { ...rest, hash: createHash("sha256").update(canonicalize(rest), "utf8").digest("hex") };
      });
      return { ...list, items };
    });
  },
});

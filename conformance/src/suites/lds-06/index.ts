import type { Check } from "../../engine/check.ts";
import { auditLink } from "./audit-link.ts";
import { decisionOrder } from "./decision-order.ts";
import { failClosed } from "./fail-closed.ts";
import { minimisation } from "./minimisation.ts";
import { noStore } from "./no-store.ts";
import { requesterFromToken } from "./requester-from-token.ts";

/** The LDS-06 checks. */
export const lds06Checks: readonly Check[] = [
  requesterFromToken,
  decisionOrder,
  minimisation,
  auditLink,
  failClosed,
  noStore,
];

import { defineFaux } from "../faux.ts";
import { rewritingTerms } from "./changed-body.ts";

interface Approval {
  readonly party?: { readonly system?: string; readonly value?: string };
}

const partyKey = (approval: Approval) =>
  `${approval.party?.system ?? ""}|${String(approval.party?.value ?? "").toUpperCase()}`;

/** Keeps the first approval of each party and silently drops the repeats, where LDS-05 refuses them. */
export const dropsRepeatedApprovals = defineFaux({
  name: "drops-repeated-approvals",
  breaks: "LDS-05-R22",
  description: "stores terms with a repeated approval party after dropping the repeat, instead of refusing them",
  wrap: rewritingTerms((terms) => {
    if (!Array.isArray(terms.approvals)) return terms;
    const seen = new Set<string>();
    const approvals = (terms.approvals as Approval[]).filter((approval) => {
      const key = partyKey(approval);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ...terms, approvals };
  }),
});

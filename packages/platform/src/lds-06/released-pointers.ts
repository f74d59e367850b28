import type { Redaction, RedactionReason } from "@lds/types/lds-06";
import type { PointerCodeList } from "./pointer-code-list.ts";
import { coveredByAny, covers, parentOf } from "./pointers.ts";

/** Which gates are open for the requester (LDS-06-R15, R16): each opens with a condition, or with break-glass (R18). */
export interface Gates {
  readonly specialCategory: boolean;
  readonly criminalOffence: boolean;
}

/** What a request may see of a record type, decided before the record is read. */
export interface ReleasePlan {
  /** The released pointers (LDS-06-R13): requested, in the agreement, and not withheld by a gate. */
  readonly released: ReadonlySet<string>;
  /** The highest withheld pointers for each reason (LDS-06-R14), in code-list order. */
  readonly redactions: readonly Redaction[];
}

/**
 * The released pointers and the redactions of a request (LDS-06 §5.4). They depend only on the request's fields, the
 * applied version's data item pointers for the record type and the open gates, never on the record, so a redaction
 * never reveals that a value exists (LDS-06-R14).
 */
export function releasePlan(
  codeList: PointerCodeList,
  fields: readonly string[] | undefined,
  agreementPointers: readonly string[],
  gates: Gates,
): ReleasePlan {
  // Without fields, everything the agreement lists for the record type is requested.
  const requested = codeList.pointers.filter((q) => coveredByAny(fields ?? agreementPointers, q));
  const inAgreement = (q: string) => coveredByAny(agreementPointers, q);
  const gate = (q: string): RedactionReason | undefined => {
    const mark = codeList.mark(q);
    if (mark === "special-category" && !gates.specialCategory) return "special-category-condition-missing";
    if (mark === "criminal-offence" && !gates.criminalOffence) return "criminal-offence-condition-missing";
    return undefined;
  };
  const released = new Set(requested.filter((q) => inAgreement(q) && gate(q) === undefined));

  // Withheld: requested, and neither it nor any pointer below it is released.
  const withheld = new Map<string, RedactionReason>();
  for (const q of requested) {
    if (codeList.pointers.some((below) => covers(q, below) && released.has(below))) continue;
    withheld.set(q, inAgreement(q) ? (gate(q) ?? "not-in-agreement") : "not-in-agreement");
  }
  const redactions = [...withheld]
    .filter(([q, reason]) => withheld.get(parentOf(q)) !== reason)
    .map(([pointer, reason]) => ({ pointer, reason }));
  return { released, redactions };
}

import type { LegalGroundsOfAParty } from "@lds/types/lds-05";
import { covers, type Mark, type PointerCodeList } from "./pointers.ts";

/** A withheld pointer and its reason, as a response's `redactions` lists it (LDS-06-R14). */
export interface Redaction {
  readonly pointer: string;
  readonly reason: string;
}

/** What a permitted request may release and must list as withheld (LDS-06 section 5.4). */
export interface ReleasePlan {
  /** Pointers of the code list that are released. */
  readonly released: ReadonlySet<string>;
  readonly redactions: readonly Redaction[];
}

const REASON: Record<Mark, string> = {
  "special-category": "special-category-condition-missing",
  "criminal-offence": "criminal-offence-condition-missing",
};

/** Which gates are open: break-glass opens both; otherwise a recorded condition of the kind (R15, R16, R18). */
export function openGates(grounds: LegalGroundsOfAParty | undefined, breakGlass: boolean): ReadonlySet<Mark> {
  const open = new Set<Mark>();
  if (breakGlass || (grounds?.special_category_conditions?.length ?? 0) > 0) open.add("special-category");
  if (breakGlass || (grounds?.criminal_offence_conditions?.length ?? 0) > 0) open.add("criminal-offence");
  return open;
}

/**
 * The released pointers and the redactions of a request, computed from the request's fields, the applied version's
 * data items of the record type and the open gates only, never from the record (LDS-06-R13, R14).
 */
export function releasePlan(
  codeList: PointerCodeList,
  fields: readonly string[] | undefined,
  dataItems: readonly string[],
  open: ReadonlySet<Mark>,
): ReleasePlan {
  const inAgreement = (pointer: string) => dataItems.some((item) => covers(item, pointer));
  const requested = (pointer: string) => (fields ?? dataItems).some((field) => covers(field, pointer));
  const gated = (pointer: string) => {
    const mark = codeList.mark(pointer);
    return mark !== undefined && !open.has(mark);
  };
  const released = new Set(codeList.pointers.filter((p) => requested(p) && inAgreement(p) && !gated(p)));
  const reasonOf = (pointer: string): string | undefined => {
    if (!requested(pointer)) return undefined;
    if (codeList.pointers.some((below) => covers(pointer, below) && released.has(below))) return undefined;
    if (!inAgreement(pointer)) return "not-in-agreement";
    const mark = codeList.mark(pointer);
    return mark ? REASON[mark] : undefined;
  };
  const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf("/"));
  const redactions = codeList.pointers.flatMap((pointer) => {
    const reason = reasonOf(pointer);
    if (!reason) return [];
    const parent = parentOf(pointer);
    return parent && reasonOf(parent) === reason ? [] : [{ pointer, reason }];
  });
  return { released, redactions };
}

/** The conditions provenance states for the marked kinds of data a record holds (LDS-06-R15, R16, R18). */
export function expectedConditions(
  heldMarks: ReadonlySet<Mark>,
  grounds: LegalGroundsOfAParty | undefined,
  breakGlass: boolean,
  lawfulBasis: string,
): string[] | undefined {
  const conditions = new Set<string>();
  if (heldMarks.has("special-category")) {
    const codes = breakGlass
      ? lawfulBasis === "art6-1-d"
        ? ["art9-2-c"]
        : ["art9-2-g", "dpa2018-sch1-p18"]
      : (grounds?.special_category_conditions ?? []).flatMap((condition) => [
          condition.article_9,
          ...(condition.schedule_1 ? [condition.schedule_1] : []),
        ]);
    for (const code of codes) conditions.add(code);
  }
  if (heldMarks.has("criminal-offence")) {
    const codes = breakGlass
      ? lawfulBasis === "art6-1-d"
        ? ["dpa2018-sch1-p30"]
        : ["dpa2018-sch1-p18", "dpa2018-sch1-p36"]
      : (grounds?.criminal_offence_conditions ?? []);
    for (const code of codes) conditions.add(code);
  }
  return conditions.size ? [...conditions].sort() : undefined;
}

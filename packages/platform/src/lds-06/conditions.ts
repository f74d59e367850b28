import type { LawfulBasisAndProcessingCondition, LegalGroundsOfAParty } from "@lds/types/lds-05";
import type { DataMark } from "./pointer-code-list.ts";
import type { Gates } from "./released-pointers.ts";

type Condition = LawfulBasisAndProcessingCondition;

/** The conditions that disclose each kind of marked data. */
export type ConditionsByMark = Readonly<Record<DataMark, readonly Condition[]>>;

/**
 * The requester's conditions in the applied version (LDS-06-R15, R16): the `article_9` and `schedule_1` codes of its
 * special category conditions, and its criminal offence conditions.
 */
export function recordedConditions(grounds: LegalGroundsOfAParty | undefined): ConditionsByMark {
  return {
    "special-category": (grounds?.special_category_conditions ?? []).flatMap((condition) =>
      condition.schedule_1 ? [condition.article_9, condition.schedule_1] : [condition.article_9],
    ),
    "criminal-offence": grounds?.criminal_offence_conditions ?? [],
  };
}

/**
 * The emergency conditions of an authorised break-glass request (LDS-06-R18): vital interests on `art6-1-d`,
 * otherwise (safeguarding) the safeguarding conditions and their extension to criminal offence data.
 */
export function emergencyConditions(lawfulBasis: Condition): ConditionsByMark {
  return lawfulBasis === "art6-1-d"
    ? { "special-category": ["art9-2-c"], "criminal-offence": ["dpa2018-sch1-p30"] }
    : {
        "special-category": ["art9-2-g", "dpa2018-sch1-p18"],
        "criminal-offence": ["dpa2018-sch1-p18", "dpa2018-sch1-p36"],
      };
}

/** A gate is open when the requester has a condition for its kind of data, or under break-glass (R15, R16, R18). */
export const gatesFor = (recorded: ConditionsByMark, breakGlass: boolean): Gates => ({
  specialCategory: breakGlass || recorded["special-category"].length > 0,
  criminalOffence: breakGlass || recorded["criminal-offence"].length > 0,
});

/**
 * `provenance.conditions`: the conditions for each kind of marked data the returned record holds, once each;
 * undefined when it holds none (LDS-06 §5.4).
 */
export function provenanceConditions(
  conditions: ConditionsByMark,
  marksHeld: ReadonlySet<DataMark>,
): Condition[] | undefined {
  const listed = [
    ...(marksHeld.has("special-category") ? conditions["special-category"] : []),
    ...(marksHeld.has("criminal-offence") ? conditions["criminal-offence"] : []),
  ];
  return listed.length ? [...new Set(listed)] : undefined;
}

import type { DataSharingAgreementTerms } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { refusedThenActivated } from "./activation.ts";
import { lds05Clients } from "./requesters.ts";
import { completeTerms, uniqueTitle } from "./terms.ts";

type Conditions = "special_category_conditions" | "criminal_offence_conditions";

/** The terms with one party's conditions of one kind removed. */
function withoutConditions(terms: DataSharingAgreementTerms, party: number, conditions: Conditions) {
  return {
    ...terms,
    parties: terms.parties.map((candidate, index) => {
      if (index !== party || !candidate.lawful_basis) return candidate;
      const { [conditions]: _, ...lawfulBasis } = candidate.lawful_basis;
      return { ...candidate, lawful_basis: lawfulBasis };
    }),
  } as DataSharingAgreementTerms;
}

/**
 * Complete terms with a special category data item (example agreement-terms-full.json's): without B's special
 * category conditions, activation gets 422 with {/terms/parties/1/lawful_basis/special_category_conditions, required};
 * with an uncompleted DPIA, {/terms/dpia/completed, not-allowed-value}; with both, 201.
 */
export const specialCategoryConditions = defineCheck({
  id: "lds-05/special-category-conditions",
  title: "Special category data needs conditions and a DPIA",
  standard: "LDS-05",
  requirements: ["LDS-05-R12"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const fixed = completeTerms(context, uniqueTitle("special category"));
    await refusedThenActivated(context, {
      fault: "B without special category conditions",
      refused: withoutConditions(fixed, 1, "special_category_conditions"),
      errors: [{ pointer: "/terms/parties/1/lawful_basis/special_category_conditions", code: "required" }],
      fixed,
    });
    const { completed_on: _, reference: __, ...dpia } = fixed.dpia ?? { completed: false };
    await refusedThenActivated(context, {
      fault: "a DPIA not completed",
      refused: { ...fixed, title: uniqueTitle("special category DPIA"), dpia: { ...dpia, completed: false } },
      errors: [{ pointer: "/terms/dpia/completed", code: "not-allowed-value" }],
      fixed,
    });
  },
});

/**
 * Complete terms with a criminal offence data item: without A's criminal offence conditions, activation gets 422
 * with {/terms/parties/0/lawful_basis/criminal_offence_conditions, required}; with conditions for every controller
 * and a completed DPIA, 201.
 */
export const criminalOffenceConditions = defineCheck({
  id: "lds-05/criminal-offence-conditions",
  title: "Criminal offence data needs conditions and a DPIA",
  standard: "LDS-05",
  requirements: ["LDS-05-R13"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const fixed = completeTerms(context, uniqueTitle("criminal offence"));
    await refusedThenActivated(context, {
      fault: "A without criminal offence conditions",
      refused: withoutConditions(fixed, 0, "criminal_offence_conditions"),
      errors: [{ pointer: "/terms/parties/0/lawful_basis/criminal_offence_conditions", code: "required" }],
      fixed,
    });
  },
});

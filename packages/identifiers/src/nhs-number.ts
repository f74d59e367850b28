// NHS number: 10 digits, the tenth a modulus 11 check digit (NHS Data Dictionary, "NHS NUMBER"):
//   1. multiply digits 1 to 9 by the weights 10, 9, 8, 7, 6, 5, 4, 3, 2 and add the products;
//   2. take the remainder of the total divided by 11 and subtract it from 11;
//   3. a result of 11 gives check digit 0; a result of 10 means no valid number has these nine digits;
//   4. the number is valid when the result equals digit 10.
// Source: https://v2.datadictionary.nhs.uk/data_dictionary/attributes/n/nhs_number_de.asp
// LDS additions (LDS-01): LDS-01-R02 removes every ASCII whitespace character and every hyphen-minus,
// wherever they are, so "943 476 5919", "943-476-5919" and "9990 000018" are all accepted; no other
// separator is. Ten identical digits (0000000000, 1111111111, …) pass the check but are rejected as
// placeholders (LDS-01-R04). The canonical form is the 10 digits without separators. The `system` URI is the one fixed by
// HL7 UK Core (Patient.identifier slice nhsNumber): https://fhir.nhs.uk/Id/nhs-number
import { defineRule } from "./define-rule.ts";
import { characters } from "./normalise.ts";

const weights = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * The modulus 11 check value of the first nine digits of an NHS number: 0 to 9 is the check digit,
 * 10 means no NHS number starts with these digits. `firstNine` must be nine ASCII digits.
 */
export function nhsNumberCheckValue(firstNine: string): number {
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight * Number(firstNine[index]);
  });
  const value = 11 - (total % 11);
  return value === 11 ? 0 : value;
}

/** What is wrong with a form (LDS-01-R02: separators removed) as an NHS number: the first step of the rule it fails. */
function nhsNumberProblems(form: string): string[] {
  if (/[^0-9]/.test(form))
    return ["NHS number may contain only digits, with ASCII whitespace or hyphens as separators"];
  if (form.length !== 10) return [`NHS number has ${characters(form.length, "digit")}, expected 10`];
  if (/^(\d)\1{9}$/.test(form)) return ["NHS number has ten identical digits, which LDS rejects as a placeholder"];
  const expected = nhsNumberCheckValue(form.slice(0, 9));
  if (expected === 10) {
    return ["NHS number's first nine digits have check value 10, so no valid NHS number starts with them"];
  }
  const actual = Number(form[9]);
  return actual === expected ? [] : [`NHS number check digit is ${actual}, expected ${expected}`];
}

export const nhsNumber = defineRule({
  name: "nhs-number",
  system: "https://fhir.nhs.uk/Id/nhs-number",
  title: "NHS number",
  sources: [
    "https://v2.datadictionary.nhs.uk/data_dictionary/attributes/n/nhs_number_de.asp",
    "https://github.com/NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN",
  ],
  problems: nhsNumberProblems,
});

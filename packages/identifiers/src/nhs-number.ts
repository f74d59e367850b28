// NHS number: 10 digits, the tenth a modulus 11 check digit (NHS Data Dictionary, "NHS NUMBER"):
//   1. multiply digits 1 to 9 by the weights 10, 9, 8, 7, 6, 5, 4, 3, 2 and add the products;
//   2. take the remainder of the total divided by 11 and subtract it from 11;
//   3. a result of 11 gives check digit 0; a result of 10 means no valid number has these nine digits;
//   4. the number is valid when the result equals digit 10.
// Source: https://v2.datadictionary.nhs.uk/data_dictionary/attributes/n/nhs_number_de.asp
// LDS additions (LDS-01): input may be grouped 3-3-4 by single spaces or hyphens ("943 476 5919");
// ten identical digits (0000000000, 1111111111, …) pass the check but are rejected as placeholders.
// The canonical form is the 10 digits without separators. The `system` URI is the one fixed by
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

const grouped = /^(\d{3})[ -]?(\d{3})[ -]?(\d{4})$/;

function shapeProblem(value: string): string {
  if (/[^\d -]/.test(value)) return "NHS number may contain only digits, with single spaces or hyphens between groups";
  const digits = value.replace(/[ -]/g, "").length;
  if (digits !== 10) return `NHS number has ${characters(digits, "digit")}, expected 10`;
  return "NHS number separators may only split the digits into groups of 3, 3 and 4";
}

export const nhsNumber = defineRule({
  name: "nhs-number",
  system: "https://fhir.nhs.uk/Id/nhs-number",
  title: "NHS number",
  sources: [
    "https://v2.datadictionary.nhs.uk/data_dictionary/attributes/n/nhs_number_de.asp",
    "https://github.com/NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN",
  ],
  check(trimmed) {
    const match = grouped.exec(trimmed);
    if (match === null) return { problems: [shapeProblem(trimmed)] };
    const digits = `${match[1]}${match[2]}${match[3]}`;
    if (/^(\d)\1{9}$/.test(digits)) {
      return { problems: ["NHS number has ten identical digits, which LDS rejects as a placeholder"] };
    }
    const expected = nhsNumberCheckValue(digits.slice(0, 9));
    if (expected === 10) {
      return {
        problems: ["NHS number's first nine digits have check value 10, so no valid NHS number starts with them"],
      };
    }
    const actual = Number(digits[9]);
    if (actual !== expected) return { problems: [`NHS number check digit is ${actual}, expected ${expected}`] };
    return { canonical: digits };
  },
});

// Unique Pupil Number (UPN), DfE: 13 characters. Character 1 is a check letter; characters 2 to 13
// are a 3-digit local authority number, a 4-digit establishment number, the last 2 digits of an
// academic year and a 3-digit serial. A temporary UPN has a letter as character 13.
// Check letter (UK Government Data Standards Catalogue, Unique Pupil Number v2.0, validations 1-6):
//   1. give each of characters 2 to 13 a value: a digit its own value; a letter in position 13 its
//      index in the 23-letter alphabet A B C D E F G H J K L M N P Q R T U V W X Y Z (A=0 … Z=22);
//   2. multiply each value by its position (2 to 13) and add the products;
//   3. the check letter is the alphabet letter at index (total mod 23).
// I, O and S are never a check letter or the final letter of a temporary UPN.
// Source: http://www.govtalk.gov.uk/gdsc/html/noframes/UniquePupilNumber-2-0-Release.htm
// Vectors: B801200005001 is valid (python-stdnum). For B207000016049 the total is 266, giving P:
// the worked example in some MIS support articles adds to 267 and concludes Q, which is wrong.
// LDS does not check the local authority number against DfE's list (census rule 1530): the list
// changes with local government reorganisation. LDS-01-R02 removes whitespace and upper-cases
// letters; the canonical form is upper case.
import { defineRule } from "./define-rule.ts";
import { characters } from "./normalise.ts";

export const upnAlphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";

/** The check letter for characters 2 to 13 of a UPN (`body`: 11 digits then a digit or an alphabet letter). */
export function upnCheckLetter(body: string): string {
  let total = 0;
  for (let index = 0; index < 12; index++) {
    const character = body[index] ?? "";
    const value = /\d/.test(character) ? Number(character) : upnAlphabet.indexOf(character);
    total += value * (index + 2);
  }
  return upnAlphabet[total % 23] ?? "";
}

function shapeProblems(value: string): string[] {
  if (value.length !== 13) return [`UPN has ${characters(value.length)}, expected 13`];
  const problems: string[] = [];
  const first = value[0] ?? "";
  if (!/[A-Z]/.test(first)) {
    problems.push("UPN character 1 must be the check letter");
  } else if (!upnAlphabet.includes(first)) {
    problems.push(`UPN check letter ${first} is never used (I, O and S are excluded)`);
  }
  if (!/^\d{11}$/.test(value.slice(1, 12))) problems.push("UPN characters 2 to 12 must be digits");
  const last = value[12] ?? "";
  if (!/[\dA-Z]/.test(last)) {
    problems.push("UPN character 13 must be a digit or, in a temporary UPN, a letter");
  } else if (/[IOS]/.test(last)) {
    problems.push(`UPN character 13 is ${last}, which a temporary UPN never uses`);
  }
  return problems;
}

export const upn = defineRule({
  name: "upn",
  system: "urn:lds:id:upn",
  title: "Unique Pupil Number",
  sources: [
    "http://www.govtalk.gov.uk/gdsc/html/noframes/UniquePupilNumber-2-0-Release.htm",
    "https://arthurdejong.org/python-stdnum/doc/1.19/stdnum.gb.upn",
  ],
  problems(form) {
    const problems = shapeProblems(form);
    if (problems.length > 0) return problems;
    const expected = upnCheckLetter(form.slice(1));
    const actual = form[0] ?? "";
    return actual === expected ? [] : [`UPN check letter is ${actual}, expected ${expected}`];
  },
});

// UK postcode: an outward code (area and district) and an inward code (sector digit and two unit
// letters), written upper case with one space between them: AN NAA, ANN NAA, ANA NAA, AAN NAA,
// AANN NAA, AANA NAA, and the special case GIR 0AA.
// Two tiers (LDS-01):
//   - lenient, which decides validity: ^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$ or GIR 0AA;
//   - strict, the BS 7666 v2.0 PostCodeType pattern, which adds the letter rules: Q, V, X never
//     first; I, J, Z never second; only A-H J K S T U W third in ANA; only A B E H M N P R V W X Y
//     fourth in AANA; C I K M O V never in the inward code. A valid postcode that misses the strict
//     pattern gets a `postcode-not-strict` warning: Royal Mail may change its conventions, and the
//     strict pattern is then out of date before the data is.
// Source: http://webarchive.nationalarchives.gov.uk/+/http://www.cabinetoffice.gov.uk/media/291370/bs7666-v2-0-xsd-PostCodeType.htm
// Non-geographic forms (BFPO, overseas territories) are not postcodes here. LDS-01-R02 removes
// whitespace, upper-cases letters and inserts one space before the last 3 characters, which gives
// the canonical form of a valid postcode.
import { defineRule } from "./define-rule.ts";
import { characters } from "./normalise.ts";

const lenient = /^(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|GIR 0AA)$/;

export const postcodeStrictPattern =
  /^(?:GIR 0AA|[A-PR-UWYZ](?:\d\d?|[A-HK-Y]\d\d?|\d[A-HJKSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY]) \d[ABD-HJLNP-UW-Z]{2})$/;

function shapeProblems(outward: string, inward: string): string[] {
  const problems: string[] = [];
  if (!/^[A-Z]{1,2}\d[A-Z\d]?$/.test(outward)) {
    problems.push("postcode outward code must be 1 or 2 letters, a digit, and optionally a letter or digit");
  }
  if (!/^\d[A-Z]{2}$/.test(inward)) problems.push("postcode inward code must be a digit followed by 2 letters");
  return problems;
}

/** Why a lenient-valid postcode misses the strict BS 7666 pattern. */
function strictReasons(outward: string, inward: string): string[] {
  const reasons: string[] = [];
  const [first = "", second = "", third = "", fourth = ""] = outward;
  if ("QVX".includes(first)) reasons.push(`first letter ${first} is never used`);
  const twoLetterArea = /[A-Z]/.test(second);
  if (twoLetterArea && "IJZ".includes(second)) reasons.push(`second letter ${second} is never used`);
  if (!twoLetterArea && /[A-Z]/.test(third) && !"ABCDEFGHJKSTUW".includes(third)) {
    reasons.push(`third-position letter ${third} is never used`);
  }
  if (twoLetterArea && /[A-Z]/.test(fourth) && !"ABEHMNPRVWXY".includes(fourth)) {
    reasons.push(`fourth-position letter ${fourth} is never used`);
  }
  const badUnit = [...inward.slice(1)].filter((letter) => "CIKMOV".includes(letter));
  if (badUnit.length > 0) reasons.push(`inward letters never include ${badUnit.join(" or ")}`);
  return reasons;
}

export const postcode = defineRule({
  name: "postcode",
  system: "urn:lds:id:postcode",
  title: "postcode",
  sources: [
    "http://webarchive.nationalarchives.gov.uk/+/http://www.cabinetoffice.gov.uk/media/291370/bs7666-v2-0-xsd-PostCodeType.htm",
  ],
  problems(form) {
    // The only space in the form is the one LDS-01-R02 inserts before the last 3 characters.
    const compact = form.replace(" ", "");
    if (/[^A-Z0-9]/.test(compact)) return ["postcode may contain only letters A to Z, digits and ASCII whitespace"];
    if (compact.length < 5 || compact.length > 7) {
      return [`postcode has ${characters(compact.length)} without whitespace, expected 5 to 7`];
    }
    return lenient.test(form) ? [] : shapeProblems(compact.slice(0, -3), compact.slice(-3));
  },
  warnings(canonical) {
    if (postcodeStrictPattern.test(canonical)) return [];
    const [outward = "", inward = ""] = canonical.split(" ");
    const reasons = strictReasons(outward, inward);
    const message = `postcode does not match the BS 7666 pattern: ${reasons.join("; ") || "letters are out of place"}`;
    return [{ code: "postcode-not-strict", message }];
  },
});

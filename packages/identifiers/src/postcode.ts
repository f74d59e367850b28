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
// Non-geographic forms (BFPO, overseas territories) are not postcodes here. Input may be lower case
// with any whitespace; the canonical form is upper case with one space before the last 3 characters.
import { defineRule } from "./define-rule.ts";
import type { IdentifierIssue } from "./identifier-result.ts";
import { asciiUpperCase, characters, removeWhitespace } from "./normalise.ts";

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
  check(trimmed) {
    const compact = asciiUpperCase(removeWhitespace(trimmed));
    if (/[^A-Z0-9]/.test(compact)) return { problems: ["postcode may contain only letters, digits and spaces"] };
    if (compact.length < 5 || compact.length > 7) {
      return { problems: [`postcode has ${characters(compact.length)} without spaces, expected 5 to 7`] };
    }
    const outward = compact.slice(0, -3);
    const inward = compact.slice(-3);
    const canonical = `${outward} ${inward}`;
    if (!lenient.test(canonical)) return { problems: shapeProblems(outward, inward) };
    if (postcodeStrictPattern.test(canonical)) return { canonical };
    const reasons = strictReasons(outward, inward);
    const warning: IdentifierIssue = {
      code: "postcode-not-strict",
      message: `postcode does not match the BS 7666 pattern: ${reasons.join("; ") || "letters are out of place"}`,
    };
    return { canonical, warnings: [warning] };
  },
});

import type { IdentifierName } from "@lds/identifiers";
import fc from "fast-check";

const ASCII_WHITESPACE = ["\t", "\n", "\f", "\r", " "];
const DECIMAL: readonly IdentifierName[] = ["uprn", "usrn", "dfe-urn"];

/**
 * The canonical form LDS-01-R02 defines: every ASCII whitespace character removed (and, for NHS numbers, every
 * hyphen-minus), lower-case ASCII letters upper-cased, leading zeros removed from UPRNs, USRNs and DfE URNs, and one
 * space before a postcode's last three characters. No other character is touched.
 */
export function canonicalForm(name: IdentifierName, value: string): string {
  let form = value.replace(/[\t\n\f\r ]/g, "");
  if (name === "nhs-number") form = form.replace(/-/g, "");
  form = form.replace(/[a-z]/g, (letter) => letter.toUpperCase());
  if (DECIMAL.includes(name)) form = form.replace(/^0+/, "");
  if (name === "postcode" && form.length > 3) form = `${form.slice(0, -3)} ${form.slice(-3)}`;
  return form;
}

/**
 * Spellings of a canonical value that LDS-01-R02 makes the same identifier: ASCII whitespace (and, for NHS numbers,
 * hyphens) inserted anywhere, letters in any case, leading zeros on decimal identifiers, a postcode's space dropped
 * or doubled.
 */
export function spellingOf(name: IdentifierName, canonical: string): fc.Arbitrary<string> {
  const separators = name === "nhs-number" ? [...ASCII_WHITESPACE, "-"] : ASCII_WHITESPACE;
  const compact = canonical.replace(/ /g, "");
  const gap = fc.oneof(
    { weight: 3, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...separators), minLength: 1, maxLength: 2 }) },
  );
  const zeros = DECIMAL.includes(name) ? fc.string({ unit: fc.constant("0"), maxLength: 3 }) : fc.constant("");
  return fc
    .tuple(
      zeros,
      fc.array(gap, { minLength: compact.length + 1, maxLength: compact.length + 1 }),
      fc.array(fc.boolean(), { minLength: compact.length, maxLength: compact.length }),
    )
    .map(([leading, gaps, lower]) => {
      const characters = [...compact].map((character, at) => (lower[at] ? character.toLowerCase() : character));
      return `${gaps[0]}${leading}${characters.map((character, at) => `${character}${gaps[at + 1]}`).join("")}`;
    })
    .filter((value) => value.length <= 256);
}

// The canonicalisation of LDS-01-R02, the one step every identifier rule applies before its own check:
//   (1) remove every ASCII whitespace character wherever it occurs and, for NHS numbers only, every
//       U+002D HYPHEN-MINUS;
//   (2) replace each ASCII lower-case letter by its upper-case letter;
//   (3) for UPRNs, USRNs and DfE URNs remove leading zeros; for postcodes insert one U+0020 SPACE
//       before the last three characters.
// No other character is removed or changed: a non-breaking space, another Unicode space, a full-width
// digit or another separator stays in the value, and the rule then rejects it. Upper-casing is
// ASCII-only for the same reason: the Unicode mapping would turn some non-ASCII letters into ASCII
// ones ("ı" to "I", "ſ" to "S") and so accept values that are not identifiers at all.
import type { IdentifierName } from "./identifier-name.ts";

/** ASCII whitespace (LDS-01 §3): U+0009 TAB, U+000A LINE FEED, U+000C FORM FEED, U+000D CARRIAGE RETURN, U+0020 SPACE. */
export const asciiWhitespace = "\t\n\f\r ";

/** The identifiers whose canonical form drops leading zeros. */
const decimalNames: readonly IdentifierName[] = ["uprn", "usrn", "dfe-urn"];

/** Step 1: every ASCII whitespace character and, for NHS numbers, every hyphen-minus removed. */
function withoutSeparators(name: IdentifierName, value: string): string {
  const form = value.replace(/[\t\n\f\r ]/g, "");
  return name === "nhs-number" ? form.replaceAll("-", "") : form;
}

/** Whether step 1 leaves nothing of `value`: it is nothing but separators. */
export function isBlank(name: IdentifierName, value: string): boolean {
  return withoutSeparators(name, value) === "";
}

function asciiUpperCase(value: string): string {
  return value.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

/**
 * The form of `value` that LDS-01-R02's three steps give for the identifier `name`. It is the canonical form when the
 * value is valid, which the rule of `name` decides on this form alone.
 */
export function canonicalForm(name: IdentifierName, value: string): string {
  let form = asciiUpperCase(withoutSeparators(name, value));
  if (decimalNames.includes(name)) form = form.replace(/^0+/, "");
  if (name === "postcode" && form.length > 3) form = `${form.slice(0, -3)} ${form.slice(-3)}`;
  return form;
}

/** "1 character" / "3 characters", for messages. */
export function characters(count: number, noun = "character"): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

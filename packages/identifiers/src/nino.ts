// National Insurance number (NINO), HMRC National Insurance Manual NIM39110:
//   - 2 prefix letters, 6 digits and a suffix letter, which is always A, B, C or D;
//   - D, F, I, Q, U and V are never the first or second letter; O is never the second letter;
//   - the prefixes BG, GB, KN, NK, NT, TN and ZZ are not used;
//   - the administrative prefixes OO, CR, FY, MW and NC mark reference numbers that look like NINOs
//     but are not NINOs;
//   - a Temporary Reference Number (TRN), format "11 a1 11 11", is not a NINO.
// NINOs have no check digit. HMRC's own example QQ 12 34 56 A is deliberately invalid.
// Source: https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110
// LDS-01-R02 removes whitespace and upper-cases letters ("ab 12 34 56 c" is AB123456C); the
// canonical form is upper case without spaces.
import { defineRule } from "./define-rule.ts";

export const ninoNeverFirst = "DFIQUV";
export const ninoNeverSecond = "DFIQUVO";
export const ninoUnusedPrefixes = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"] as const;
export const ninoAdministrativePrefixes = ["CR", "FY", "MW", "NC", "OO"] as const;
export const ninoSuffixes = "ABCD";

const trnShape = /^\d{2}[A-Z]\d{5}$/;
const ninoShape = /^[A-Z]{2}\d{6}[A-Z]$/;

function prefixProblems(prefix: string): string[] {
  if ((ninoAdministrativePrefixes as readonly string[]).includes(prefix)) {
    return [`NINO prefix ${prefix} is an administrative prefix, which marks a reference number that is not a NINO`];
  }
  if ((ninoUnusedPrefixes as readonly string[]).includes(prefix)) return [`NINO prefix ${prefix} is never issued`];
  const [first = "", second = ""] = prefix;
  const problems: string[] = [];
  if (ninoNeverFirst.includes(first)) problems.push(`NINO first letter ${first} is never used`);
  if (ninoNeverSecond.includes(second)) problems.push(`NINO second letter ${second} is never used`);
  return problems;
}

export const nino = defineRule({
  name: "nino",
  system: "urn:lds:id:nino",
  title: "National Insurance number",
  sources: ["https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110"],
  problems(form) {
    if (trnShape.test(form)) {
      return ["value is an HMRC Temporary Reference Number (TRN), not a National Insurance number"];
    }
    if (!ninoShape.test(form)) {
      return ["NINO must be 2 letters, 6 digits and a suffix letter, optionally separated by ASCII whitespace"];
    }
    const problems = prefixProblems(form.slice(0, 2));
    const suffix = form[8] ?? "";
    if (!ninoSuffixes.includes(suffix)) problems.push(`NINO suffix ${suffix} is not A, B, C or D`);
    return problems;
  },
});

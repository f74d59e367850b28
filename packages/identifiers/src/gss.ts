// GSS code (Government Statistical Service code, ONS Register of Geographic Codes): 9 characters, a
// country letter and 2 digits naming the entity (the kind of area: E09 London borough, E05 ward, …)
// and 6 digits naming the instance, e.g. E09000011 (Greenwich). Country letters: E England, W Wales,
// S Scotland, N Northern Ireland, K codes spanning more than one country, L Channel Islands, M Isle
// of Man. Codes are versioned by date: a boundary change creates a new code and retires the old one,
// so existence can only be checked against a dated Register of Geographic Codes snapshot.
// Sources: https://geoportal.statistics.gov.uk/ (Register of Geographic Codes)
//          https://www.liquisearch.com/ons_coding_system/current_gss_coding_system
// LDS-01-R02 removes whitespace and upper-cases letters; the canonical form is upper case.
import { defineRule } from "./define-rule.ts";
import { characters } from "./normalise.ts";

export const gssCountryLetters = "EWSNKLM";

/** What is wrong with a form (LDS-01-R02) as a GSS code: nothing when it is one. */
export function gssProblems(value: string): string[] {
  if (value.length !== 9) return [`GSS code has ${characters(value.length)}, expected 9`];
  const problems: string[] = [];
  const first = value[0] ?? "";
  if (!gssCountryLetters.includes(first)) {
    problems.push(`GSS code starts with ${first}, expected a country letter (E, W, S, N, K, L or M)`);
  }
  if (!/^\d{8}$/.test(value.slice(1))) problems.push("GSS code characters 2 to 9 must be digits");
  return problems;
}

export const gss = defineRule({
  name: "gss",
  system: "urn:lds:id:gss",
  title: "GSS code",
  sources: [
    "https://geoportal.statistics.gov.uk/",
    "https://www.liquisearch.com/ons_coding_system/current_gss_coding_system",
  ],
  problems: gssProblems,
});

// Identifiers that are positive whole numbers in a range and have no check digit (UPRN, USRN,
// DfE URN). Input is ASCII digits only; leading zeros are accepted and dropped (a UPRN is often
// shown zero-padded to 12 digits, e.g. 000000199356); no sign, decimal point, exponent, grouping or
// inner space. The canonical form is the decimal number without leading zeros.
import type { CheckOutcome } from "./define-rule.ts";

export type DecimalRange = { readonly title: string; readonly min: bigint; readonly max: bigint };

export function checkDecimal(trimmed: string, range: DecimalRange): CheckOutcome {
  const { title, min, max } = range;
  if (!/^\d+$/.test(trimmed)) return { problems: [`${title} must contain only the digits 0 to 9`] };
  const canonical = trimmed.replace(/^0+(?=\d)/, "");
  const value = BigInt(canonical);
  if (value < min || value > max) return { problems: [`${title} must be between ${min} and ${max}`] };
  return { canonical };
}

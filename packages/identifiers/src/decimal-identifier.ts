// Identifiers that are positive whole numbers in a range and have no check digit (UPRN, USRN,
// DfE URN). LDS-01-R02 removes whitespace and leading zeros (a UPRN is often shown zero-padded to 12
// digits, e.g. 000000199356); what is left must be ASCII digits only (no sign, decimal point,
// exponent or other grouping character) whose value is in the range. The canonical form is the
// decimal number without leading zeros.

export type DecimalRange = { readonly title: string; readonly min: bigint; readonly max: bigint };

/** What is wrong with a form (LDS-01-R02, leading zeros already removed) as a number in `range`. */
export function decimalProblems(form: string, range: DecimalRange): string[] {
  const { title, min, max } = range;
  if (!/^[0-9]*$/.test(form)) return [`${title} must contain only the digits 0 to 9`];
  const value = form === "" ? 0n : BigInt(form);
  if (value < min || value > max) return [`${title} must be between ${min} and ${max}`];
  return [];
}

import { type IdentifierName, identifierRules, nhsNumber, nhsNumberCheckValue } from "@lds/identifiers";
import { nearMissIdentifier, nonCanonicalIdentifier, validIdentifier } from "@lds/identifiers/arbitraries";
import fc from "fast-check";

/**
 * Identifier values for the suite to send. NHS numbers stay in the 999 range, which is never issued to a patient
 * (standards/personas/README.md): valid ones from 999 900 0000 upward, a range no persona is given, so that a
 * platform cannot hold them; the other systems' values come from the LDS arbitraries as they are.
 */
const syntheticNhsNumber = fc
  .stringMatching(/^9999\d{5}$/)
  .filter((firstNine) => nhsNumberCheckValue(firstNine) !== 10)
  .map((firstNine) => `${firstNine}${nhsNumberCheckValue(firstNine)}`)
  // 9999999999 passes the check digit but has ten identical digits: a placeholder LDS-01 rejects.
  .filter((value) => nhsNumber.validate(value).valid);

/** Valid values of an identifier, in canonical form. */
export function validValue(name: IdentifierName): fc.Arbitrary<string> {
  return name === "nhs-number" ? syntheticNhsNumber : validIdentifier(name);
}

/** Invalid values close to an identifier. */
export function nearMissValue(name: IdentifierName): fc.Arbitrary<string> {
  if (name !== "nhs-number") return nearMissIdentifier(name);
  return fc.oneof(
    // One digit changed: the check digit catches every single substitution.
    syntheticNhsNumber.chain((valid) =>
      fc
        .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 1, max: 9 }))
        .map(([at, delta]) => `${valid.slice(0, at)}${(Number(valid[at]) + delta) % 10}${valid.slice(at + 1)}`),
    ),
    // A digit dropped or added, or a letter for a digit.
    syntheticNhsNumber.map((valid) => valid.slice(0, 9)),
    syntheticNhsNumber.map((valid) => `${valid}0`),
    syntheticNhsNumber.map((valid) => `${valid.slice(0, 8)}I${valid.slice(9)}`),
    fc.constant("9999999999"),
  );
}

/** Non-canonical spellings of valid values, each with its canonical form. */
export function nonCanonicalValue(name: IdentifierName): fc.Arbitrary<{ value: string; canonical: string }> {
  if (name !== "nhs-number") return nonCanonicalIdentifier(name);
  return syntheticNhsNumber.chain((canonical) => {
    const [a, b, c] = [canonical.slice(0, 3), canonical.slice(3, 6), canonical.slice(6)];
    return fc
      .constantFrom(`${a} ${b} ${c}`, `${a}-${b}-${c}`, ` ${canonical}\t`, `${a}${b} ${c}`, `${a} - ${b} - ${c}`)
      .map((value) => ({ value, canonical }));
  });
}

/** The identifier rules of the systems LDS-01 Table 1 lists (the local-authority GSS rule shares the GSS system). */
export const tableOneRules = Object.values(identifierRules).filter((rule) => rule.name !== "gss-local-authority");

/** A request item: a Table 1 system and a valid, invalid or non-canonical value of it. */
export const identifierItems: fc.Arbitrary<{ system: string; value: string }> = fc
  .constantFrom(...tableOneRules)
  .chain((rule) =>
    fc
      .oneof(
        validValue(rule.name),
        nearMissValue(rule.name),
        nonCanonicalValue(rule.name).map(({ value }) => value),
      )
      .filter((value) => value.length > 0 && value.length <= 256)
      .map((value) => ({ system: rule.system, value })),
  );

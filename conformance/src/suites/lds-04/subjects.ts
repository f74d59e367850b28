import { randomInt } from "node:crypto";
import { nhsNumberCheckValue, nhsNumber as nhsNumberRule } from "@lds/identifiers";
import fc from "fast-check";
import type { Identifier } from "./api.ts";

/** The LDS-01 NHS number system. */
export const NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

/**
 * NHS numbers from 999 900 0000 upward are never given to a persona (personas.yaml), so a platform holds nothing
 * about them until the suite records something. The suite splits that block: numbers starting 99990 to 99994 are
 * the subjects it records consent and objections for (a new one for every check or sequence, so that checks never
 * see each other's records), and numbers starting 99995 to 99999 are never used for anything: the unknown subjects
 * of LDS-04-R19.
 */
const nhsNumber = (firstNine: string): string | undefined => {
  const check = nhsNumberCheckValue(firstNine);
  const value = `${firstNine}${check}`;
  // No number for nine digits whose check value is 10, nor 9999999999 (ten identical digits: a placeholder, LDS-01).
  return check !== 10 && nhsNumberRule.validate(value).valid ? value : undefined;
};

/** A new subject for the suite to record consent and objections for: one no persona has and no check shares. */
export function freshSubject(): Identifier {
  for (;;) {
    const value = nhsNumber(`9999${randomInt(0, 5)}${String(randomInt(0, 10_000)).padStart(4, "0")}`);
    if (value) return { system: NHS_NUMBER, value };
  }
}

/** Valid NHS numbers no persona has and the suite never records anything for (LDS-04-R19). */
export const unknownSubject: fc.Arbitrary<Identifier> = fc
  .tuple(fc.integer({ min: 5, max: 9 }), fc.integer({ min: 0, max: 9999 }))
  .map(([block, rest]) => nhsNumber(`9999${block}${String(rest).padStart(4, "0")}`))
  .filter((value): value is string => value !== undefined)
  .map((value) => ({ system: NHS_NUMBER, value }));

/** A person's identifier of a system, from the personas. */
export function personaIdentifier(
  people: readonly { id: string; identifiers: readonly Identifier[] }[],
  persona: string,
  system = NHS_NUMBER,
): Identifier {
  const identifier = people.find((person) => person.id === persona)?.identifiers.find((id) => id.system === system);
  if (!identifier) throw new Error(`the personas give ${persona} no ${system} identifier`);
  return { system: identifier.system, value: identifier.value };
}

/** An NHS number written as people write it, grouped 3-3-4 by spaces (LDS-01 accepts it; canonical has none). */
export const spaced = (value: string) => `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}`;

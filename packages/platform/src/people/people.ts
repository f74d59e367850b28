import { ruleForSystem } from "@lds/identifiers";
import type { Queryable } from "../storage/database.ts";

/** An LDS-01 identifier: `{system, value}`. */
export interface Identifier {
  readonly system: string;
  readonly value: string;
}

/** The identifier in canonical form (LDS-01); unchanged when its system is not an LDS-01 one or it is invalid. */
export function canonicalIdentifier(identifier: Identifier): Identifier {
  const result = ruleForSystem(identifier.system)?.validate(identifier.value);
  return result?.valid ? { system: identifier.system, value: result.canonical } : identifier;
}

/**
 * Systems that identify places, areas and organisations: a person may carry them (a postcode, a UPRN) but they are
 * shared by a household, so they never find a person.
 */
const NOT_PERSONAL = new Set(["postcode", "uprn", "usrn", "gss", "gss-local-authority", "ods", "dfe-urn"]);

/** Whether an identifier names one person (an NHS number, a UPN, a NINO, a local person id). */
export function identifiesPerson(identifier: Identifier): boolean {
  const rule = ruleForSystem(identifier.system);
  return !rule || !NOT_PERSONAL.has(rule.name);
}

/** The person an identifier names, if the platform holds one. */
export async function findPerson(tx: Queryable, identifier: Identifier): Promise<string | undefined> {
  const { system, value } = canonicalIdentifier(identifier);
  const [row] = await tx.query<{ person_id: string }>(
    "SELECT person_id FROM person_identifiers WHERE system = $1 AND value = $2",
    [system, value],
  );
  return row?.person_id;
}

/** Every identifier the platform holds for a person, canonical, in a stable order. */
export async function identifiersOf(tx: Queryable, personId: string): Promise<Identifier[]> {
  return tx.query<Identifier>(
    "SELECT system, value FROM person_identifiers WHERE person_id = $1 ORDER BY system, value",
    [personId],
  );
}

/** Adds or replaces a person and their identifiers. */
export async function putPerson(
  tx: Queryable,
  personId: string,
  person: { identifiers: readonly Identifier[]; death_date?: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO people (person_id, person, deceased) VALUES ($1, $2, $3)
     ON CONFLICT (person_id) DO UPDATE SET person = EXCLUDED.person, deceased = EXCLUDED.deceased`,
    [personId, JSON.stringify(person), person.death_date !== undefined],
  );
  await tx.query("DELETE FROM person_identifiers WHERE person_id = $1", [personId]);
  for (const identifier of person.identifiers.filter(identifiesPerson).map(canonicalIdentifier)) {
    await tx.query("INSERT INTO person_identifiers (system, value, person_id) VALUES ($1, $2, $3)", [
      identifier.system,
      identifier.value,
      personId,
    ]);
  }
}

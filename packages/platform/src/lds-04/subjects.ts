import { findPerson, identifiersOf } from "../people/people.ts";
import type { Queryable } from "../storage/database.ts";
import { bare, canonical, type IdentifierLike } from "./identifiers.ts";

/**
 * Whom a subject identifier stands for: the person the platform resolves it to, if any, and every identifier of that
 * person (just the identifier itself for a person the platform does not hold). A consent record or objection is the
 * subject's when it was recorded for that person, or against one of those identifiers — so a person's choices apply
 * whichever of their identifiers a request uses (LDS-04-R26), and an unknown subject has only what was recorded
 * against its own identifier, which for a subject never seen is nothing (LDS-04-R19).
 */
export interface SubjectMatch {
  readonly person: string | undefined;
  readonly identifiers: readonly IdentifierLike[];
}

/** A stored consent record's or objection's subject columns. */
export interface SubjectColumns {
  readonly person_id: string | null;
  readonly subject_system: string;
  readonly subject_value: string;
}

const key = (identifier: IdentifierLike) => `${identifier.system}\n${identifier.value}`;

/** Resolves many subjects in two queries, whatever their number (a check has up to 1000), as resolveSubject does. */
export async function resolveSubjects(tx: Queryable, subjects: readonly IdentifierLike[]): Promise<SubjectMatch[]> {
  const wanted = subjects.map((subject) => bare(canonical(subject)));
  if (wanted.length === 0) return [];
  const found = await tx.query<{ system: string; value: string; person_id: string }>(
    `SELECT system, value, person_id FROM person_identifiers
     WHERE (system, value) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [wanted.map((w) => w.system), wanted.map((w) => w.value)],
  );
  const personOf = new Map(found.map((row) => [key(row), row.person_id]));
  const persons = [...new Set(found.map((row) => row.person_id))];
  const identifiersByPerson = new Map<string, IdentifierLike[]>();
  if (persons.length) {
    const rows = await tx.query<{ person_id: string; system: string; value: string }>(
      "SELECT person_id, system, value FROM person_identifiers WHERE person_id = ANY($1::text[]) ORDER BY system, value",
      [persons],
    );
    for (const row of rows) {
      const list = identifiersByPerson.get(row.person_id) ?? [];
      list.push({ system: row.system, value: row.value });
      identifiersByPerson.set(row.person_id, list);
    }
  }
  return wanted.map((identifier) => {
    const person = personOf.get(key(identifier));
    return person === undefined
      ? { person: undefined, identifiers: [identifier] }
      : { person, identifiers: identifiersByPerson.get(person) ?? [identifier] };
  });
}

/** Resolves one subject through the platform's people (people/people.ts). */
export async function resolveSubject(tx: Queryable, subject: IdentifierLike): Promise<SubjectMatch> {
  const identifier = bare(canonical(subject));
  const person = await findPerson(tx, identifier);
  if (person === undefined) return { person, identifiers: [identifier] };
  const identifiers = await identifiersOf(tx, person);
  return { person, identifiers: identifiers.length ? identifiers : [identifier] };
}

/** Whether a stored record or objection belongs to the subject a match stands for. */
export function belongsTo(row: SubjectColumns, match: SubjectMatch): boolean {
  if (match.person !== undefined && row.person_id === match.person) return true;
  return match.identifiers.some((id) => id.system === row.subject_system && id.value === row.subject_value);
}

/**
 * The SQL condition (over a table with the subject columns) that selects what belongs to any of the matches, and its
 * parameters, numbered from `first`.
 */
export function belongingCondition(matches: readonly SubjectMatch[], first: number) {
  const persons = [...new Set(matches.flatMap((match) => (match.person === undefined ? [] : [match.person])))];
  const identifiers = matches.flatMap((match) => match.identifiers);
  return {
    sql: `(person_id = ANY($${first}::text[])
      OR (subject_system, subject_value) IN (SELECT * FROM unnest($${first + 1}::text[], $${first + 2}::text[])))`,
    params: [persons, identifiers.map((id) => id.system), identifiers.map((id) => id.value)],
  };
}

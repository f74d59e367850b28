import type { Personas } from "@lds/types/meta";
import type { CheckContext } from "../../engine/context.ts";

/** The personas the sandbox is seeded with; a check that needs them cannot run without them. */
export function personasOf(context: CheckContext): Personas {
  const personas = context.catalogue.personas;
  if (!personas) return context.skip("the standards have no personas");
  return personas;
}

/** A persona's personal value that must never leak: an identifier value, a name or a birth date. */
export interface PersonalValue {
  readonly persona: string;
  readonly kind: string;
  readonly value: string;
}

/** Every identifier value, name and birth date of every persona. */
export function personalValues(personas: Personas): PersonalValue[] {
  return personas.people.flatMap((person) => [
    ...person.identifiers.map((identifier) => ({
      persona: person.id,
      kind: identifier.system,
      value: identifier.value,
    })),
    { persona: person.id, kind: "given name", value: person.name.given },
    { persona: person.id, kind: "family name", value: person.name.family },
    { persona: person.id, kind: "birth date", value: person.birth_date },
  ]);
}

const words = (value: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}])`, "u");

/**
 * The personal values of personas found in a text, each as a whole word (so that a name inside another word does not
 * count), except those of the personas a request itself named.
 */
export function leakedValues(text: string, values: readonly PersonalValue[], except: readonly string[] = []) {
  return values.filter(({ value, persona }) => !except.includes(persona) && words(value).test(text));
}

import type { AuditNotes } from "../context.ts";
import { checkPersonIdentifier, type IdentifierLike } from "./identifiers.ts";

/**
 * Notes for the request's LDS-07 audit event the person identifiers it named: those valid under LDS-01, canonical,
 * once each, in request order (LDS-07-R03). Noted before anything can fail, so a refused request is audited with them.
 */
export function noteSubjects(notes: AuditNotes, identifiers: readonly IdentifierLike[]): void {
  const seen = new Set<string>();
  const subjects: { system: string; value: string }[] = [];
  for (const identifier of identifiers) {
    const checked = checkPersonIdentifier(identifier);
    if (!checked.valid) continue;
    const { system, value } = checked.identifier;
    if (seen.has(`${system}\n${value}`)) continue;
    seen.add(`${system}\n${value}`);
    subjects.push({ system, value });
  }
  if (subjects.length) notes.subjects = subjects;
}

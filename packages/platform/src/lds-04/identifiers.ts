import { ruleForSystem } from "@lds/identifiers";

/** Anything shaped like an LDS-01 identifier: a subject, an organisation, an identifier as submitted for a check. */
export interface IdentifierLike {
  readonly system: string;
  readonly value: string;
}

/** LDS-01 systems that identify one person: the NHS number, the Unique Pupil Number and the National Insurance number. */
const PERSON_SYSTEMS = new Set(["nhs-number", "upn", "nino"]);

/**
 * The identifier with its value in LDS-01 canonical form, every other member kept (an NHS number's
 * `verification_status`); unchanged when its system has no LDS-01 rule or the value is not valid for it.
 */
export function canonical<T extends IdentifierLike>(identifier: T): T {
  const result = ruleForSystem(identifier.system)?.validate(identifier.value);
  return result?.valid ? { ...identifier, value: result.canonical } : identifier;
}

/** Whether two identifiers name the same thing: same system, same canonical value (LDS-01). */
export function sameIdentifier(a: IdentifierLike, b: IdentifierLike): boolean {
  return a.system === b.system && canonical(a).value === canonical(b).value;
}

/** Just `system` and `value`: how LDS-04 stores and compares subjects and organisations. */
export const bare = ({ system, value }: IdentifierLike): IdentifierLike => ({ system, value });

/**
 * A subject as submitted to checkObjections, judged on its own (LDS-04-R17): valid with its canonical value, or
 * invalid with the LDS-01 error code — `not-allowed-value` when its system is not a person identifier system.
 */
export type CheckedSubject =
  | { readonly valid: true; readonly identifier: IdentifierLike }
  | { readonly valid: false; readonly errorCode: string };

export function checkPersonIdentifier(identifier: IdentifierLike): CheckedSubject {
  const rule = ruleForSystem(identifier.system);
  if (!rule || !PERSON_SYSTEMS.has(rule.name)) return { valid: false, errorCode: "not-allowed-value" };
  const result = rule.validate(identifier.value);
  if (!result.valid) return { valid: false, errorCode: result.errors[0]?.code ?? `invalid-${rule.name}` };
  return { valid: true, identifier: { system: identifier.system, value: result.canonical } };
}

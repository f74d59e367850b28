import { ruleForSystem } from "@lds/identifiers";
import type { AuditEvent, DisclosedDataItem } from "@lds/types/lds-07";
import type { Validator } from "@lds/validate";
import type { AuditNotes } from "../context.ts";
import { canonicalIdentifier, type Identifier, identifiesPerson } from "../people/people.ts";

/** The members of an audit event that come from what the handler learnt of the request (LDS-07-R03, R05, R06). */
export type NotedMembers = Pick<
  AuditEvent,
  | "subjects"
  | "purpose_class"
  | "agreement_id"
  | "agreement_version"
  | "lawful_basis"
  | "conditions"
  | "disclosed"
  | "break_glass"
  | "break_glass_justification"
>;

/** The longest break-glass justification an event carries, in characters (LDS-07-R05). */
const MAX_JUSTIFICATION = 2000;

/**
 * The event members a handler's notes give. Handlers set, in `request.audit`:
 * `subjects` (the person identifiers the request named, in request order), `purpose`, `agreement` ({id, version}:
 * the version evaluated or written) or, until the agreement is found, `agreementId` (the one cited), `lawfulBasis`,
 * `conditions`, `disclosed` ([{record_type, pointer}]), `breakGlass` and `breakGlassJustification`. The untyped ones
 * are also read in snake_case (`agreement_id`, `lawful_basis`, `break_glass`, `break_glass_justification`,
 * `purpose_class`). A member with no value is omitted, never null (LDS-07 section 4.1).
 */
export function notedMembers(notes: AuditNotes): NotedMembers {
  const subjects = personSubjects(notes.subjects);
  const purpose = text(notes.purpose) ?? text(notes.purpose_class);
  // The agreement evaluated or written; before the platform finds it, the agreement the request cited.
  const agreementId = text(notes.agreement?.id) ?? text(notes.agreementId) ?? text(notes.agreement_id);
  const agreementVersion = notes.agreement?.version;
  const lawfulBasis = text(notes.lawfulBasis) ?? text(notes.lawful_basis);
  const conditions = unique((Array.isArray(notes.conditions) ? notes.conditions : []).filter(isText));
  const disclosed = disclosedItems(notes.disclosed);
  const breakGlass = notes.breakGlass === true || notes.break_glass === true;
  const justification = text(notes.breakGlassJustification) ?? text(notes.break_glass_justification);
  return {
    ...(subjects.length ? { subjects } : {}),
    ...(purpose ? { purpose_class: purpose as NonNullable<AuditEvent["purpose_class"]> } : {}),
    ...(agreementId ? { agreement_id: agreementId } : {}),
    ...(agreementId && Number.isInteger(agreementVersion) && agreementVersion! >= 1
      ? { agreement_version: agreementVersion! }
      : {}),
    ...(lawfulBasis ? { lawful_basis: lawfulBasis as NonNullable<AuditEvent["lawful_basis"]> } : {}),
    ...(conditions.length ? { conditions: conditions as NonNullable<AuditEvent["conditions"]> } : {}),
    ...(disclosed.length ? { disclosed } : {}),
    break_glass: breakGlass,
    ...(breakGlass && justification ? { break_glass_justification: truncate(justification) } : {}),
  };
}

const AUDIT_EVENT = "https://standards.lds.example/lds-07-access-audit/1/schemas/audit-event.schema.json";

/**
 * Notes what a request body stated, before the platform checks anything (LDS-07-R03, R05): the person identifiers in
 * its `subject` and `subjects`, its `purpose_class`, `agreement_id` and `lawful_basis` where each is a value the
 * audit event can hold, and whether it invoked break-glass with which justification. The body is as sent: anything
 * not JSON, or not of the expected shape, is left out (`notedMembers` keeps only valid subjects); a handler's own
 * notes take precedence.
 */
export function noteStated(notes: AuditNotes, body: string, validator: Validator): void {
  let stated: unknown;
  try {
    stated = JSON.parse(body);
  } catch {
    return;
  }
  if (!stated || typeof stated !== "object" || Array.isArray(stated)) return;
  const members = stated as Record<string, unknown>;
  const { subject, subjects, break_glass } = members;
  notes.subjects = [subject, ...(Array.isArray(subjects) ? subjects : [])].filter(isIdentifier);
  for (const member of ["purpose_class", "agreement_id", "lawful_basis"] as const) {
    const value = members[member];
    const schema = { $ref: `${AUDIT_EVENT}#/properties/${member}` };
    if (value !== undefined && validator.validateWith(schema, value).length === 0) notes[member] = value;
  }
  if (break_glass !== undefined) {
    notes.break_glass = true;
    notes.break_glass_justification = (break_glass as { justification?: unknown } | null)?.justification;
  }
}

/**
 * The subjects as LDS-07-R03 records them: each person identifier (not a postcode, UPRN or organisation code) that
 * passes LDS-01 validation — one of a system LDS-01 does not define is taken as given — in canonical form, system
 * and value only, once each, in request order.
 */
function personSubjects(subjects: unknown): Identifier[] {
  if (!Array.isArray(subjects)) return [];
  const seen = new Set<string>();
  const result: Identifier[] = [];
  for (const subject of subjects as unknown[]) {
    if (!isIdentifier(subject) || !identifiesPerson(subject)) continue;
    const rule = ruleForSystem(subject.system);
    if (rule && !rule.validate(subject.value).valid) continue;
    const { system, value } = canonicalIdentifier(subject);
    const key = JSON.stringify([system, value]);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ system, value });
  }
  return result;
}

/** The disclosed data items, each once, in the order noted. */
function disclosedItems(items: unknown): DisclosedDataItem[] {
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  const result: DisclosedDataItem[] = [];
  for (const item of items as unknown[]) {
    if (!item || typeof item !== "object") continue;
    const { record_type, pointer } = item as Record<string, unknown>;
    if (!isText(record_type) || typeof pointer !== "string") continue;
    const key = JSON.stringify([record_type, pointer]);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ record_type: record_type as DisclosedDataItem["record_type"], pointer });
  }
  return result;
}

function isIdentifier(value: unknown): value is Identifier {
  if (!value || typeof value !== "object") return false;
  const { system, value: identifierValue } = value as Record<string, unknown>;
  return isText(system) && isText(identifierValue);
}

const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;

const text = (value: unknown): string | undefined => (isText(value) ? value : undefined);

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * The first 2000 characters, counted as JSON Schema's `maxLength` counts them (Unicode code points), so a surrogate
 * pair is never split. A lone surrogate, which has no RFC 8785 form, becomes U+FFFD.
 */
function truncate(justification: string): string {
  const wellFormed = justification.replace(LONE_SURROGATE, "\uFFFD");
  return Array.from(wellFormed).slice(0, MAX_JUSTIFICATION).join("");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

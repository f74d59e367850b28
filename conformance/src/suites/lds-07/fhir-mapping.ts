import { canonicalize } from "@lds/canonical-json";
import type { AuditEvent } from "@lds/types/lds-07";
import type { CheckContext } from "../../engine/context.ts";
import type { Identifier } from "../lds-06/sandbox.ts";

const PURPOSE_CLASS =
  "https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/purpose-class.schema.json";
const OPERATION = "https://standards.lds.example/lds-07-access-audit/1/codes/operation";
const ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
const OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
const ACTIONS: Record<string, string> = { create: "C", read: "R", update: "U", delete: "D", execute: "E" };
const SYSTEM_OBJECT = { system: ENTITY_TYPE, code: "2", display: "System Object" };

/** The HL7 v3 PurposeOfUse code of each LDS-05 purpose class that has one (its x-mappings.fhir_purpose_of_use). */
export function purposeOfUse(context: CheckContext): ReadonlyMap<string, string> {
  const schema = context.catalogue.schemas.find((file) => file.id === PURPOSE_CLASS)?.schema as
    | { oneOf?: { const?: string; "x-mappings"?: { fhir_purpose_of_use?: string } }[] }
    | undefined;
  if (!schema) throw new Error(`the catalogue has no schema ${PURPOSE_CLASS}`);
  return new Map(
    (schema.oneOf ?? []).flatMap((entry) => {
      const code = entry["x-mappings"]?.fhir_purpose_of_use;
      return entry.const && code ? [[entry.const, code] as const] : [];
    }),
  );
}

const identifier = (of: Identifier) => ({ system: of.system, value: of.value });

/** The base64 (RFC 4648 section 4) of the UTF-8 octets of an event's RFC 8785 form, hash included (LDS-07-R24). */
export const canonicalBase64 = (event: AuditEvent) => Buffer.from(canonicalize(event), "utf8").toString("base64");

/** An audit event as a FHIR R4 AuditEvent, by the mapping table of the LDS-07 README, section 10.1 (LDS-07-R23). */
export function fhirAuditEvent(
  event: AuditEvent,
  custodian: Identifier,
  purposes: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const outcome =
    event.outcome.result === "permit"
      ? "0"
      : event.outcome.result === "error" && event.outcome.http_status >= 500
        ? "8"
        : "4";
  const agent: Record<string, unknown> = {
    who: { identifier: identifier(event.requester.organisation), type: "Organization" },
    requestor: true,
    ...(event.requester.user_ref !== undefined ? { altId: event.requester.user_ref } : {}),
    ...(event.agreement_id !== undefined
      ? {
          policy: [
            `urn:lds:agreement:${event.agreement_id}${event.agreement_version === undefined ? "" : `:${event.agreement_version}`}`,
          ],
        }
      : {}),
  };
  const purpose = event.purpose_class;
  const disclosedTypes = [...new Set((event.disclosed ?? []).map((item) => item.record_type))];
  return {
    resourceType: "AuditEvent",
    id: event.id,
    type: {
      system: "http://terminology.hl7.org/CodeSystem/audit-event-type",
      code: "rest",
      display: "RESTful Operation",
    },
    subtype: [
      { system: OPERATION, code: `${event.standard}/${event.operation}` },
      ...(event.break_glass
        ? [
            {
              system: "http://dicom.nema.org/resources/ontology/DCM",
              code: "110127",
              display: "Emergency Override Started",
            },
          ]
        : []),
    ],
    action: ACTIONS[event.action],
    recorded: event.recorded_at,
    outcome,
    ...(event.outcome.result !== "permit" && event.outcome.problem_code !== undefined
      ? { outcomeDesc: event.outcome.problem_code }
      : {}),
    ...(purpose !== undefined
      ? {
          purposeOfEvent: [
            {
              coding: [
                { system: PURPOSE_CLASS, code: purpose },
                ...(purposes.has(purpose)
                  ? [{ system: "http://terminology.hl7.org/CodeSystem/v3-ActReason", code: purposes.get(purpose) }]
                  : []),
              ],
            },
          ],
        }
      : {}),
    agent: [agent],
    source: {
      observer: { identifier: identifier(custodian), type: "Organization" },
      type: [
        {
          system: "http://terminology.hl7.org/CodeSystem/security-source-type",
          code: "4",
          display: "Application Server",
        },
      ],
    },
    entity: [
      ...(event.subjects ?? []).map((subject) => ({
        what: { identifier: identifier(subject), type: "Patient" },
        type: { system: ENTITY_TYPE, code: "1", display: "Person" },
        role: { system: OBJECT_ROLE, code: "1", display: "Patient" },
      })),
      ...disclosedTypes.map((recordType) => ({
        type: SYSTEM_OBJECT,
        role: { system: OBJECT_ROLE, code: "4", display: "Domain Resource" },
        name: recordType,
        detail: (event.disclosed ?? [])
          .filter((item) => item.record_type === recordType)
          .map((item) => ({ type: "pointer", valueString: item.pointer })),
      })),
      {
        type: SYSTEM_OBJECT,
        name: "lds-audit-event",
        detail: [{ type: "lds-audit-event", valueBase64Binary: canonicalBase64(event) }],
      },
    ],
  };
}

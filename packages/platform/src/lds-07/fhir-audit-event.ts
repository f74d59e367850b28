import { canonicalize } from "@lds/canonical-json";
import type { Catalogue } from "@lds/catalogue";
import type {
  AuditEvent,
  AuditSource,
  BundleLink,
  DisclosedRecordEntity,
  FHIRAuditEvent,
  LDSEventEntity,
  LDSOperationCoding,
  PurposeClassCoding,
  RequestingAgent,
  SubjectEntity,
  V3PurposeOfUseCoding,
} from "@lds/types/lds-07";
import type { Identifier } from "../people/people.ts";

/** DICOM 110127 Emergency Override Started: the second subtype of a break-glass event. */
const EMERGENCY_OVERRIDE = {
  system: "http://dicom.nema.org/resources/ontology/DCM",
  code: "110127",
  display: "Emergency Override Started",
} as const;

/** One LDS audit event as a FHIR R4 AuditEvent (LDS-07 section 10.1), exactly the shape the export schema fixes. */
export type FhirAuditEvent = Omit<FHIRAuditEvent, "subtype" | "purposeOfEvent"> & {
  subtype: [LDSOperationCoding, ...(typeof EMERGENCY_OVERRIDE)[]];
  purposeOfEvent?: [{ coding: [PurposeClassCoding, ...V3PurposeOfUseCoding[]] }];
};

const ACTION_CODES = { create: "C", read: "R", update: "U", delete: "D", execute: "E" } as const;

const PERSON = {
  system: "http://terminology.hl7.org/CodeSystem/audit-entity-type",
  code: "1",
  display: "Person",
} as const;
const SYSTEM_OBJECT = {
  system: "http://terminology.hl7.org/CodeSystem/audit-entity-type",
  code: "2",
  display: "System Object",
} as const;
const PATIENT = { system: "http://terminology.hl7.org/CodeSystem/object-role", code: "1", display: "Patient" } as const;
const DOMAIN_RESOURCE = {
  system: "http://terminology.hl7.org/CodeSystem/object-role",
  code: "4",
  display: "Domain Resource",
} as const;

/**
 * The HL7 v3 PurposeOfUse code of each LDS-05 purpose class that has one, from the purpose class code list's
 * `x-mappings.fhir_purpose_of_use` (planning HOPERAT; safeguarding has none).
 */
export function purposeOfUseCodes(catalogue: Catalogue): ReadonlyMap<string, string> {
  const codes = new Map<string, string>();
  const list = catalogue.standards
    .find((standard) => standard.id === "LDS-05")
    ?.schemas.find((schema) => schema.name === "purpose-class");
  for (const entry of (list?.schema.oneOf ?? []) as { const?: string; "x-mappings"?: Record<string, string> }[]) {
    const code = entry["x-mappings"]?.fhir_purpose_of_use;
    if (entry.const && code) codes.set(entry.const, code);
  }
  return codes;
}

/**
 * An LDS audit event as a FHIR R4 AuditEvent, by the mapping table of LDS-07 section 10.1 (LDS-07-R23): entities in
 * the order subjects, disclosed record types, then the whole event in canonical form, hash included (LDS-07-R24).
 */
/** A whole number in decimal digits, however large (`${1e21}` would be `1e+21`). */
const decimal = (value: number) => BigInt(value).toString();

export function fhirAuditEvent(
  event: AuditEvent,
  custodian: Identifier,
  purposeOfUse: ReadonlyMap<string, string>,
): FhirAuditEvent {
  const agent: RequestingAgent = {
    who: { identifier: identifier(event.requester.organisation), type: "Organization" },
    requestor: true,
    ...(event.requester.user_ref ? { altId: event.requester.user_ref } : {}),
    ...(event.agreement_id
      ? {
          policy: [
            `urn:lds:agreement:${event.agreement_id}${event.agreement_version === undefined ? "" : `:${decimal(event.agreement_version)}`}`,
          ],
        }
      : {}),
  };
  const source: AuditSource = {
    observer: { identifier: identifier(custodian), type: "Organization" },
    type: [
      {
        system: "http://terminology.hl7.org/CodeSystem/security-source-type",
        code: "4",
        display: "Application Server",
      },
    ],
  };
  const purpose = event.purpose_class;
  const v3 = purpose === undefined ? undefined : purposeOfUse.get(purpose);
  return {
    resourceType: "AuditEvent",
    id: event.id,
    type: {
      system: "http://terminology.hl7.org/CodeSystem/audit-event-type",
      code: "rest",
      display: "RESTful Operation",
    },
    subtype: [
      {
        system: "https://standards.lds.example/lds-07-access-audit/1/codes/operation",
        code: `${event.standard}/${event.operation}`,
      },
      ...(event.break_glass ? [EMERGENCY_OVERRIDE] : []),
    ],
    action: ACTION_CODES[event.action],
    recorded: event.recorded_at,
    outcome: outcomeCode(event),
    ...(event.outcome.result !== "permit" && event.outcome.problem_code
      ? { outcomeDesc: event.outcome.problem_code }
      : {}),
    ...(purpose === undefined
      ? {}
      : {
          purposeOfEvent: [
            {
              coding: [
                {
                  system:
                    "https://standards.lds.example/lds-05-data-sharing-agreements/1/schemas/purpose-class.schema.json",
                  code: purpose,
                },
                ...(v3 ? [{ system: "http://terminology.hl7.org/CodeSystem/v3-ActReason" as const, code: v3 }] : []),
              ],
            },
          ],
        }),
    agent: [agent],
    source,
    entity: [...subjectEntities(event), ...disclosedEntities(event), eventEntity(event)],
  };
}

/** permit 0 (Success); deny and a 4xx error 4 (Minor failure); a 5xx error 8 (Serious failure). */
function outcomeCode(event: AuditEvent): "0" | "4" | "8" {
  if (event.outcome.result === "permit") return "0";
  return event.outcome.result === "error" && event.outcome.http_status >= 500 ? "8" : "4";
}

const identifier = (value: Identifier): Identifier => ({ system: value.system, value: value.value });

function subjectEntities(event: AuditEvent): SubjectEntity[] {
  return (event.subjects ?? []).map((subject) => ({
    what: { identifier: identifier(subject), type: "Patient" },
    type: PERSON,
    role: PATIENT,
  }));
}

/** One entity per disclosed record type, in order of first mention, its pointers in the order of `disclosed`. */
function disclosedEntities(event: AuditEvent): DisclosedRecordEntity[] {
  const byType = new Map<string, DisclosedRecordEntity>();
  for (const item of event.disclosed ?? []) {
    const entity: DisclosedRecordEntity = byType.get(item.record_type) ?? {
      type: SYSTEM_OBJECT,
      role: DOMAIN_RESOURCE,
      name: item.record_type,
      detail: [],
    };
    entity.detail.push({ type: "pointer", valueString: item.pointer });
    byType.set(item.record_type, entity);
  }
  return [...byType.values()];
}

/** The whole event: base64 (RFC 4648 section 4) of the UTF-8 octets of its RFC 8785 form (LDS-07-R24). */
function eventEntity(event: AuditEvent): LDSEventEntity {
  return {
    type: SYSTEM_OBJECT,
    name: "lds-audit-event",
    detail: [
      { type: "lds-audit-event", valueBase64Binary: Buffer.from(canonicalize(event), "utf8").toString("base64") },
    ],
  };
}

/** The LDS-00 page links with FHIR relation names: `prev` is `previous` (LDS-07 section 10). */
export function bundleLinks(links: Readonly<Record<string, string | undefined>>): BundleLink[] {
  const relations = [
    ["self", "self"],
    ["first", "first"],
    ["last", "last"],
    ["next", "next"],
    ["prev", "previous"],
  ] as const;
  return relations.flatMap(([lds, relation]) => {
    const url = links[lds];
    return url === undefined ? [] : [{ relation, url }];
  });
}

import type { Identifier } from "@lds/types/lds-01";
import type { RecordType } from "@lds/types/lds-06";
import { putConsentRecord } from "../lds-04/consent-records.ts";
import { putObjection } from "../lds-04/objections.ts";
import { putAgreementVersion } from "../lds-05/agreements.ts";
import { putRecord, setRecordSource } from "../lds-06/records.ts";
import { putPerson } from "../people/people.ts";
import type { Platform } from "../platform.ts";
import { registerSandboxClients, type SandboxClient } from "./clients.ts";

/**
 * Seeds the sandbox with the LDS personas (standards/personas): the people, the test organisations' clients, and the
 * agreements, objections, consents and records the conformance suite relies on. The host council (the personas'
 * first local authority) is the source of every record type this base URL discloses (LDS-06). Seeding again
 * replaces what it seeded, so a sandbox with a data directory can be restarted.
 */
export async function seedSandbox(platform: Platform): Promise<SandboxClient[]> {
  const { context } = platform;
  const personas = context.catalogue.personas;
  if (!personas) throw new Error("the standards have no personas to seed");
  const organisations = new Map<string, Identifier>(
    personas.organisations.flatMap((o) => (o.identifiers[0] ? [[o.id, o.identifiers[0]] as const] : [])),
  );
  const host = personas.organisations.find((organisation) => organisation.kind === "local-authority");
  return context.db.transaction(async (tx) => {
    for (const person of personas.people) await putPerson(tx, person.id, person);
    for (const version of personas.agreements ?? []) await putAgreementVersion(tx, version);
    for (const objection of personas.objections ?? []) await putObjection(tx, objection);
    for (const record of personas.consents ?? []) await putConsentRecord(tx, record);
    const hostIdentifier = host && organisations.get(host.id);
    const recordTypes = new Set((personas.records ?? []).map((held) => held.record_type as RecordType));
    if (hostIdentifier) for (const type of recordTypes) await setRecordSource(tx, type, hostIdentifier);
    for (const held of personas.records ?? []) {
      const source = organisations.get(held.source);
      if (!source) throw new Error(`personas: record of ${held.person} names unknown source ${held.source}`);
      await putRecord(tx, held.person, held.record_type as RecordType, source, held.record);
    }
    return registerSandboxClients(tx, context, personas);
  });
}

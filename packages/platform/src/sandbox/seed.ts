import { putAgreementVersion } from "../lds-05/agreements.ts";
import { putPerson } from "../people/people.ts";
import type { Platform } from "../platform.ts";
import { registerSandboxClients, type SandboxClient } from "./clients.ts";

/**
 * Seeds the sandbox with the LDS personas (standards/personas): the people, the test organisations' clients, and the
 * agreements, objections, consents and records the conformance suite relies on. Seeding again replaces what it
 * seeded, so a sandbox with a data directory can be restarted.
 */
export async function seedSandbox(platform: Platform): Promise<SandboxClient[]> {
  const { context } = platform;
  const personas = context.catalogue.personas;
  if (!personas) throw new Error("the standards have no personas to seed");
  return context.db.transaction(async (tx) => {
    for (const person of personas.people) await putPerson(tx, person.id, person);
    for (const version of personas.agreements ?? []) await putAgreementVersion(tx, version);
    return registerSandboxClients(tx, context, personas);
  });
}

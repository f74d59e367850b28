import type { Platform, SandboxClient } from "@lds/platform";
import { sandboxToken } from "./sandbox-token.ts";

const NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
const RECEIVES = new Set(["recipient", "provider-and-recipient"]);

/** An LDS-06 record-access request (POST /records/$search) and the token of the sandbox client that sends it. */
export interface GrantedRequest {
  readonly organisationId: string;
  readonly token: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/**
 * A record-access request the seeded sandbox grants (200): a test requester that receives under an active persona
 * agreement asks, for one of the agreement's purposes and on its own lawful basis, for a persona's record of a type
 * the agreement shares (citing the person's consent when the basis is consent). Candidates come from the personas
 * and are tried in-process until one is granted, so the benchmark follows the personas as they change.
 */
export async function grantedRequest(platform: Platform, clients: readonly SandboxClient[]): Promise<GrantedRequest> {
  const personas = platform.context.catalogue.personas;
  if (!personas) throw new Error("the standards have no personas to benchmark with");
  const latest = new Map<string, NonNullable<typeof personas.agreements>[number]>();
  for (const version of personas.agreements ?? []) latest.set(version.id, version);
  const tokens = new Map<string, Promise<string>>();
  for (const agreement of [...latest.values()].filter((version) => version.status === "active")) {
    const shared = new Set((agreement.terms.data_items ?? []).map((item) => item.record_type));
    for (const party of agreement.terms.parties.filter((candidate) => RECEIVES.has(candidate.sharing_role))) {
      const organisation = personas.organisations.find((candidate) =>
        candidate.identifiers.some(
          (id) => id.system === party.organisation.system && id.value === party.organisation.value,
        ),
      );
      const client = clients.find((candidate) => candidate.organisationId === organisation?.id);
      const basis = party.lawful_basis?.article_6;
      if (!client || !basis) continue;
      if (!tokens.has(client.clientId)) tokens.set(client.clientId, sandboxToken(platform, client));
      const token = await tokens.get(client.clientId)!;
      for (const purpose of agreement.terms.purpose?.classes ?? []) {
        for (const held of (personas.records ?? []).filter((record) => shared.has(record.record_type))) {
          const person = personas.people.find((candidate) => candidate.id === held.person);
          const subject = person?.identifiers.find((identifier) => identifier.system === NHS_NUMBER);
          if (!subject) continue;
          const consents = (personas.consents ?? []).filter(
            (consent) => consent.subject.system === subject.system && consent.subject.value === subject.value,
          );
          for (const consent of basis === "art6-1-a" ? consents : [undefined]) {
            const body = {
              subject: { system: subject.system, value: subject.value },
              record_type: held.record_type,
              purpose_class: purpose,
              lawful_basis: basis,
              agreement_id: agreement.id,
              ...(consent ? { consent_id: consent.id } : {}),
            };
            if ((await recordAccess(platform, token, body)).status === 200) {
              return { organisationId: client.organisationId, token, body };
            }
          }
        }
      }
    }
  }
  throw new Error("no persona record-access request is granted by the seeded sandbox");
}

/** POST /records/$search in-process. */
export function recordAccess(platform: Platform, token: string, body: unknown): Promise<Response> {
  return platform.fetch(
    new Request(`http://127.0.0.1${platform.context.config.basePath}/records/$search`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

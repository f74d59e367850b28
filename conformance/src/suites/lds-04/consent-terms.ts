import type { CheckContext } from "../../engine/context.ts";
import type { Identifier, Lds04Api } from "./api.ts";

/** A standard's example instance, by example name (`consent-record-input-minimal`). */
export function exampleInstance(context: CheckContext, name: string): Record<string, unknown> {
  const example = context.catalogue.standards
    .find((standard) => standard.id === "LDS-04")
    ?.examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`LDS-04 has no example ${name}`);
  return structuredClone(example.example.instance) as Record<string, unknown>;
}

/** The LDS-04 examples of one kind that illustrate a requirement, with the errors each invalid one names. */
export function examplesOf(context: CheckContext, kind: "valid" | "invalid", schema: string, requirement?: string) {
  const standard = context.catalogue.standards.find((candidate) => candidate.id === "LDS-04");
  return (standard?.examples ?? [])
    .filter(
      (example) =>
        example.kind === kind &&
        example.example.schema.endsWith(`/${schema}.schema.json`) &&
        (requirement === undefined || (example.example.requirements ?? []).includes(requirement)),
    )
    .map((example) => ({
      name: example.name,
      instance: structuredClone(example.example.instance) as Record<string, unknown>,
      errors: (example.example.errors ?? []) as readonly { pointer?: string; code: string }[],
    }));
}

/** A party (controller or recipient) for one of the persona organisations. */
export function partyFor(api: Lds04Api, context: CheckContext, org: string) {
  const name = context.catalogue.personas?.organisations.find((candidate) => candidate.id === org)?.name ?? org;
  return {
    organisation: api.organisation(org),
    name,
    address: "1 Test Street, Northmoor NM9 9ZZ",
    contact: "mailto:dpo@requester.example",
  };
}

export interface TermsOptions {
  readonly controllers: readonly string[];
  readonly recipients?: readonly string[];
  readonly purposes?: readonly string[];
  /** The record relies on explicit consent: special category data under Article 9(2)(a) (LDS-04-R03). */
  readonly explicit?: boolean;
  readonly lawfulBasis?: string;
  readonly agreementIds?: readonly string[];
  readonly event: Record<string, unknown>;
}

/** A consent-record-input for a subject: the standard's minimal example with the suite's own terms. */
export function consentTerms(context: CheckContext, api: Lds04Api, subject: Identifier, options: TermsOptions) {
  const terms = exampleInstance(context, "consent-record-input-minimal");
  return {
    ...terms,
    subject,
    controllers: options.controllers.map((org) => partyFor(api, context, org)),
    recipients: (options.recipients ?? []).map((org) => partyFor(api, context, org)),
    purposes: (options.purposes ?? ["research"]).map((purpose_class) => ({
      purpose_class,
      description: `Use of the person's information for ${purpose_class}.`,
    })),
    lawful_basis: options.lawfulBasis ?? "art6-1-e",
    ...(options.explicit
      ? {
          personal_data: [{ description: "The person's health needs", special_category: true }],
          special_category_conditions: [{ article_9: "art9-2-a" }],
        }
      : {}),
    ...(options.agreementIds ? { agreement_ids: [...options.agreementIds] } : {}),
    event: options.event,
  };
}

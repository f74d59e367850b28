import { randomBytes } from "node:crypto";
import { type Platform, registerClient } from "@lds/platform";
import type { PersonaOrganisation, Personas } from "@lds/types/meta";

/** A response to an arrange request: its status and parsed body. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** A persona organisation calling the platform's own operations, in-process, with a token of its own. */
export interface Organisation {
  readonly persona: PersonaOrganisation;
  call(method: string, path: string, body?: unknown): Promise<Answer>;
}

/** The personas the platform was seeded with. */
export function personasOf(platform: Platform): Personas {
  const personas = platform.context.catalogue.personas;
  if (!personas) throw new Error("the standards have no personas");
  return personas;
}

/**
 * The persona organisations as callers of the platform. Each gets a client of its own on first use
 * (`lds-mock-arrange-<organisation id>`, every scope the platform knows), so that the audit trail tells arranging
 * apart from the requests under test. `forget()` drops the clients and tokens, for a new platform instance.
 */
export function organisations(baseUrl: string, platform: () => Platform) {
  const tokens = new Map<string, Promise<string>>();

  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    platform().fetch(new Request(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) }));

  const issue = async (persona: PersonaOrganisation): Promise<string> => {
    const [identifier] = persona.identifiers;
    if (!identifier) throw new Error(`persona organisation ${persona.id} has no identifier`);
    const { context } = platform();
    const scopes = [...new Set(context.operations.flatMap((operation) => operation.scopeSets.flat()))].sort();
    const clientSecret = randomBytes(24).toString("base64url");
    const client = { clientId: `lds-mock-arrange-${persona.id}`, clientSecret };
    await registerClient(
      context.db,
      { ...client, organisation: identifier, name: persona.name, scopes },
      context.now(),
    );
    const response = await send(
      "POST",
      "/token",
      {
        authorization: `Basic ${btoa(`${client.clientId}:${clientSecret}`)}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      "grant_type=client_credentials",
    );
    const json = (await response.json()) as { access_token?: string };
    if (!json.access_token) throw new Error(`no token for ${persona.id}: ${JSON.stringify(json)}`);
    return json.access_token;
  };

  const token = (persona: PersonaOrganisation) => {
    let issued = tokens.get(persona.id);
    if (!issued) {
      issued = issue(persona);
      tokens.set(persona.id, issued);
      issued.catch(() => tokens.delete(persona.id));
    }
    return issued;
  };

  return {
    /** The persona organisation with this id (`org-northmoor-council`). */
    as(id: string): Organisation {
      const persona = personasOf(platform()).organisations.find((organisation) => organisation.id === id);
      if (!persona) throw new Error(`no persona organisation ${id}`);
      return {
        persona,
        async call(method, path, body) {
          const headers: Record<string, string> = { authorization: `Bearer ${await token(persona)}` };
          if (body !== undefined) headers["content-type"] = "application/json";
          const response = await send(method, path, headers, body === undefined ? undefined : JSON.stringify(body));
          const text = await response.text();
          return { status: response.status, body: text ? JSON.parse(text) : undefined };
        },
      };
    },
    forget: () => tokens.clear(),
  };
}

export type Organisations = ReturnType<typeof organisations>;

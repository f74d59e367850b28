import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from "node:crypto";
import type { Requester } from "../context.ts";
import type { Queryable } from "../storage/database.ts";

/** A client to register: the organisation it acts for and the scopes it may be granted. */
export interface ClientRegistration {
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly organisation: { readonly system: string; readonly value: string };
  readonly name: string;
  readonly scopes: readonly string[];
}

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

const hash = (secret: string, salt: Buffer) => scryptSync(secret, salt, 32);

/** Registers (or replaces) a client and returns its credentials; a secret is generated when none is given. */
export async function registerClient(db: Queryable, client: ClientRegistration, now: Date): Promise<ClientCredentials> {
  const clientId = client.clientId ?? randomUUID();
  const clientSecret = client.clientSecret ?? randomBytes(24).toString("base64url");
  const salt = randomBytes(16);
  await db.query(
    `INSERT INTO clients (client_id, secret_hash, organisation_system, organisation_value, organisation_name, scopes, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (client_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, organisation_system = EXCLUDED.organisation_system,
       organisation_value = EXCLUDED.organisation_value, organisation_name = EXCLUDED.organisation_name, scopes = EXCLUDED.scopes`,
    [
      clientId,
      `${salt.toString("hex")}:${hash(clientSecret, salt).toString("hex")}`,
      client.organisation.system,
      client.organisation.value,
      client.name,
      client.scopes.join(" "),
      now.toISOString(),
    ],
  );
  return { clientId, clientSecret };
}

interface ClientRow {
  client_id: string;
  secret_hash: string;
  organisation_system: string;
  organisation_value: string;
  organisation_name: string;
  scopes: string;
}

/** The requester a client id and secret authenticate, or undefined; compares in constant time. */
export async function authenticateClient(
  db: Queryable,
  clientId: string,
  secret: string,
): Promise<Requester | undefined> {
  const [row] = await db.query<ClientRow>("SELECT * FROM clients WHERE client_id = $1", [clientId]);
  if (!row) return undefined;
  const [salt = "", key = ""] = row.secret_hash.split(":");
  const expected = Buffer.from(key, "hex");
  const actual = hash(secret, Buffer.from(salt, "hex"));
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return {
    clientId: row.client_id,
    organisation: { system: row.organisation_system, value: row.organisation_value },
    name: row.organisation_name,
    scopes: row.scopes.split(" ").filter(Boolean),
  };
}

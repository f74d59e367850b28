import {
  createPlatform,
  type Platform,
  registerClient,
  type SandboxClient,
  sandboxDeclaration,
  seedSandbox,
} from "@lds/platform";
import type { SupplierDeclaration } from "@lds/types/conformance";
import type { HttpHandler } from "msw";
import { type Arrange, createArrange } from "./arrange.ts";
import { platformHandlers } from "./handlers.ts";
import { organisations, personasOf } from "./organisations.ts";
import { signingKey } from "./signing-key.ts";

/** Where the mock answers unless told otherwise: a reserved `.test` host, never a real one. */
export const DEFAULT_BASE_URL = "https://lds.mock.test/v1";

export interface MockPlatformOptions {
  /** The base URL the handlers answer under, ending in `/v{major}` (LDS-00-R24). */
  readonly baseUrl?: string;
  /** The platform's clock; the real one when absent. */
  readonly now?: () => Date;
}

/** The reference platform, in memory and seeded with the personas, behind msw handlers. */
export interface MockPlatform {
  readonly baseUrl: string;
  /** The token endpoint: `{baseUrl}/token`. */
  readonly tokenUrl: string;
  /** msw handlers for everything under the base URL: `setupServer(...mock.handlers)`. */
  readonly handlers: readonly HttpHandler[];
  /** The platform instance answering now (a new one after `reset()`). */
  readonly platform: Platform;
  /** The sandbox clients, by persona organisation id (`org-test-requester-a`); unchanged by `reset()`. */
  readonly clients: Readonly<Record<string, SandboxClient>>;
  /** A supplier declaration for the mock, as the conformance suite reads it. */
  readonly declaration: SupplierDeclaration;
  readonly arrange: Arrange;
  /** Puts back the seeded state: a new in-memory platform with the same clients and token signing key. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A stateful LDS platform for tests: the reference platform's app on embedded Postgres in memory, seeded with the
 * personas, answering msw's intercepted requests in-process — no server and no network.
 */
export async function createMockPlatform(options: MockPlatformOptions = {}): Promise<MockPlatform> {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const basePath = new URL(baseUrl).pathname;
  if (!/\/v[1-9][0-9]*$/.test(basePath)) throw new Error(`the base URL must end in /v{major}: ${baseUrl}`);
  const key = signingKey();
  const start = (catalogue?: Platform["context"]["catalogue"]) =>
    createPlatform({
      signingKey: key,
      config: { basePath, environment: "sandbox" },
      ...(catalogue ? { catalogue } : {}),
      ...(options.now ? { now: options.now } : {}),
    });

  let platform = await start();
  const sandboxClients = await seedSandbox(platform);
  const clients = Object.fromEntries(sandboxClients.map((client) => [client.organisationId, client]));
  const callers = organisations(baseUrl, () => platform);

  return {
    baseUrl,
    tokenUrl: `${baseUrl}/token`,
    handlers: platformHandlers(baseUrl, () => platform),
    get platform() {
      return platform;
    },
    clients,
    declaration: sandboxDeclaration(platform, baseUrl, sandboxClients),
    arrange: createArrange(() => personasOf(platform), callers),
    async reset() {
      const fresh = await start(platform.context.catalogue);
      await seedSandbox(fresh);
      const personas = personasOf(fresh);
      // The sandbox clients keep their secrets, so tests' token sources and declarations stay valid.
      for (const client of sandboxClients) {
        const organisation = personas.organisations.find((o) => o.id === client.organisationId);
        const [identifier] = organisation?.identifiers ?? [];
        if (!organisation || !identifier) continue;
        await registerClient(
          fresh.context.db,
          { ...client, organisation: identifier, name: organisation.name, scopes: client.scopes },
          fresh.context.now(),
        );
      }
      const old = platform;
      platform = fresh;
      callers.forget();
      await old.close();
    },
    close: () => platform.close(),
  };
}

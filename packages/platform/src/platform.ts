import { apiOperations, type Catalogue, loadCatalogue } from "@lds/catalogue";
import { createValidator } from "@lds/validate";
import type { Hono } from "hono";
import type { JWK } from "jose";
import { createApp } from "./app.ts";
import { createTokens } from "./auth/tokens.ts";
import type { AuditTrail, OperationHandler, PlatformConfig, PlatformContext } from "./context.ts";
import { handlers, IMPLEMENTED_STANDARDS } from "./handlers.ts";
import { problemTitles } from "./http/problem-titles.ts";
import { createAuditTrail } from "./lds-07/audit-trail.ts";
import type { Database } from "./storage/database.ts";
import { openDatabase, type StorageOptions } from "./storage/open.ts";

export interface PlatformOptions extends StorageOptions {
  readonly config?: Partial<PlatformConfig>;
  /** The token signing key (a private Ed25519 JWK); generated when absent. */
  readonly signingKey?: JWK;
  /** Check every response against its schema before sending it (a defect becomes a 500); on in sandboxes. */
  readonly checkResponses?: boolean;
  readonly catalogue?: Catalogue;
  readonly now?: () => Date;
  /** Handlers by operationId, over the reference platform's own (for tests and deliberately broken platforms). */
  readonly handlers?: Readonly<Record<string, OperationHandler>>;
  /** The standards to serve, by id; all the reference platform implements when absent. */
  readonly standards?: readonly string[];
  /** The audit trail (LDS-07); the reference platform's own when absent. */
  readonly audit?: AuditTrail;
}

/** A running platform instance: the Hono app, callable in-process through `fetch`, over its database. */
export interface Platform {
  readonly app: Hono;
  readonly context: PlatformContext;
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}

/** Opens the database, migrates it, and builds the app. */
export async function createPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const catalogue = options.catalogue ?? loadCatalogue();
  const now = options.now ?? (() => new Date());
  const config: PlatformConfig = {
    name: "LDS reference platform",
    apiVersion: "1.0.0",
    environment: "sandbox",
    basePath: "/v1",
    ...options.config,
  };
  const db: Database = await openDatabase(options);
  const implemented = new Set<string>(options.standards ?? IMPLEMENTED_STANDARDS);
  const context: PlatformContext = {
    config,
    db,
    catalogue,
    validator: createValidator(catalogue),
    operations: apiOperations(catalogue).filter((operation) => implemented.has(operation.standard.id)),
    tokens: await createTokens(options.signingKey, now),
    audit: options.audit ?? createAuditTrail(),
    checkResponses: options.checkResponses ?? config.environment === "sandbox",
    problemTitles: problemTitles(catalogue),
    now,
  };
  const app = createApp(context, { ...handlers, ...options.handlers });
  return {
    app,
    context,
    fetch: async (request) => app.fetch(request),
    close: () => db.close(),
  };
}

import type { Database } from "./database.ts";
import { migrate } from "./migrate.ts";
import { openPglite } from "./pglite.ts";
import { openPostgres } from "./postgres.ts";

export interface StorageOptions {
  /** A PostgreSQL connection string; when absent, embedded Postgres is used. */
  readonly databaseUrl?: string | undefined;
  /** Where embedded Postgres keeps its files; in memory when absent. */
  readonly dataDir?: string | undefined;
}

/** Opens the platform's database and brings its schema up to date. */
export async function openDatabase(options: StorageOptions = {}): Promise<Database> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  await migrate(db);
  return db;
}

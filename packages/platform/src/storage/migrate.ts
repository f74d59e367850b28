import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "./database.ts";

const MIGRATIONS = join(import.meta.dirname, "..", "..", "migrations");
/** An arbitrary constant: the advisory lock that lets one instance migrate while others wait. */
const LOCK = 7_400_100;

/** Applies, in name order and in one transaction, every migration the database has not had yet. */
export async function migrate(db: Database): Promise<string[]> {
  const files = readdirSync(MIGRATIONS)
    .filter((name) => /^\d{4}-[a-z0-9-]+\.sql$/.test(name))
    .sort();
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [LOCK]);
    await tx.query("CREATE TABLE IF NOT EXISTS lds_migrations (name text PRIMARY KEY, applied_at text NOT NULL)");
    const done = new Set((await tx.query<{ name: string }>("SELECT name FROM lds_migrations")).map((row) => row.name));
    const applied: string[] = [];
    for (const name of files.filter((file) => !done.has(file))) {
      for (const statement of statements(readFileSync(join(MIGRATIONS, name), "utf8"))) await tx.query(statement);
      await tx.query("INSERT INTO lds_migrations (name, applied_at) VALUES ($1, $2)", [name, new Date().toISOString()]);
      applied.push(name);
    }
    return applied;
  });
}

/** The statements of a migration file: split on semicolons that end a line. */
function statements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, "")
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

import { PGlite } from "@electric-sql/pglite";
import type { Database } from "./database.ts";

/** Embedded Postgres: in memory, or persisted in `dataDir`. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir ?? "memory://");
  return {
    engine: "pglite",
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(sql, [...params])).rows;
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<Row>(sql, [...params])).rows,
        }),
      ),
    close: () => db.close(),
  };
}

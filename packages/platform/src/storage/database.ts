/** Runs SQL: the one thing every storage engine offers the platform. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * The platform's database: embedded Postgres (PGlite) or a PostgreSQL server. Both speak the same SQL, so one
 * schema and one set of migrations serve both. A transaction commits before it resolves: an acknowledged write is on
 * disk (with a data directory or a server).
 */
export interface Database extends Queryable {
  readonly engine: "pglite" | "postgres";
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

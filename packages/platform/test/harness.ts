import { randomBytes } from "node:crypto";
import { nhsNumberCheckValue } from "@lds/identifiers";
import pg from "pg";
import { afterAll } from "vitest";
import { createPlatform, type Platform, type PlatformOptions } from "../src/index.ts";

/**
 * The storage engines the platform's tests run on: embedded Postgres always, and a PostgreSQL server when
 * LDS_TEST_DATABASE_URL names one (CI starts Debian's postgresql and sets it).
 */
export const engines = ["pglite", ...(process.env.LDS_TEST_DATABASE_URL ? ["postgres"] : [])] as const;

const opened: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of opened.splice(0)) await close();
});

/** A fresh platform on the given engine: in memory, or in a new database on the server, dropped afterwards. */
export async function testPlatform(engine: string, options: PlatformOptions = {}): Promise<Platform> {
  if (engine === "pglite") {
    const platform = await createPlatform(options);
    opened.push(() => platform.close());
    return platform;
  }
  const databaseUrl = await freshDatabaseUrl(opened);
  const platform = await createPlatform({ ...options, databaseUrl });
  opened.unshift(() => platform.close());
  return platform;
}

/** A new, empty database on the test server; dropped by the cleanup it adds to `cleanups`. */
export async function freshDatabaseUrl(cleanups: (() => Promise<void>)[]): Promise<string> {
  const admin = process.env.LDS_TEST_DATABASE_URL!;
  const name = `lds_test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: admin });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  });
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.href;
}

/** A request to the platform in-process, as a client would send it over HTTP. */
export function call(
  platform: Platform,
  method: string,
  path: string,
  init: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
    headers["content-type"] ??= "application/json";
  }
  return platform.fetch(
    new Request(`http://127.0.0.1${path}`, { method, headers, ...(body === undefined ? {} : { body }) }),
  );
}

/** A response body as loose JSON, for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: tests inspect arbitrary JSON bodies
export const json = (response: Response): Promise<any> => response.json();

/**
 * Valid NHS numbers in the synthetic 999 range for people no persona is, a new one each call: 999, six digits
 * counting up from `from` (each test file takes its own range), and the modulus 11 check digit.
 */
export function nhsNumbers(from: number): () => string {
  let serial = from;
  return () => {
    for (;;) {
      const first = `999${String(serial++).padStart(6, "0")}`;
      const check = nhsNumberCheckValue(first);
      if (check !== 10) return `${first}${check}`;
    }
  };
}

import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Database } from "@lds/platform";
import { Hono } from "hono";

/** The baseline: a Hono server whose one route does one indexed query on the platform's own database. */
export interface BareServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * `POST /records/$search` taking the same body as LDS-06 and answering with the record it names, found with one
 * query on two primary keys (person_identifiers, records) — no token, agreement, objection or audit work.
 */
export function serveBareRoute(db: Database): Promise<BareServer> {
  const app = new Hono();
  app.post("/records/$search", async (c) => {
    const { subject, record_type } = await c.req.json<{
      subject: { system: string; value: string };
      record_type: string;
    }>();
    const [row] = await db.query<{ record: unknown }>(
      `SELECT r.record FROM person_identifiers i JOIN records r ON r.person_id = i.person_id
       WHERE i.system = $1 AND i.value = $2 AND r.record_type = $3`,
      [subject.system, subject.value, record_type],
    );
    return row ? c.json(row.record as object) : c.json({ title: "Not Found" }, 404);
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}/records/$search`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      }),
    );
    server.once("error", reject);
  });
}

import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Platform } from "./platform.ts";

/** A platform listening on real HTTP. */
export interface RunningServer {
  /** The platform's base URL: `http://127.0.0.1:8080/v1`. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** Serves the platform over HTTP on a loopback address by default (port 0 picks a free port). */
export function listen(platform: Platform, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: platform.fetch, port: options.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({
        baseUrl: `http://${shown}:${info.port}${platform.context.config.basePath}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once("error", reject);
  });
}

import { request as plainRequest } from "node:http";
import { connect, type SecureVersion } from "node:tls";
import type { APIInformation as ApiInfo } from "@lds/types/lds-00";
import { defineCheck } from "../../engine/check.ts";

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
const PROBE_MS = 5_000;

/** Whether a TLS handshake at exactly the given version succeeds with the host (certificates are not judged here). */
function handshake(host: string, port: number, version: SecureVersion): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({
      host,
      port,
      servername: host,
      minVersion: version,
      maxVersion: version,
      rejectUnauthorized: false,
      timeout: PROBE_MS,
    });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once("secureConnect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}

/** What a plain-HTTP request to the base URL's host gets: a status and body, or nothing (refused). */
function plainHttp(url: URL): Promise<{ status: number; body: string } | undefined> {
  return new Promise((resolve) => {
    const request = plainRequest(
      { host: url.hostname, port: 80, path: `${url.pathname}/`, method: "GET", timeout: PROBE_MS },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (body.length < 65_536) body += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.once("error", () => resolve(undefined));
    request.once("timeout", () => {
      request.destroy();
      resolve(undefined);
    });
    request.end();
  });
}

/**
 * HTTPS with TLS 1.2 or later (LDS-00-R01): the base URL is https; a TLS 1.1 handshake is refused and a TLS 1.2 one
 * accepted; plain HTTP to the same host never yields a 2xx or API information. A loopback sandbox is exempt, as the
 * requirement says: the check is skipped there, with the reason.
 */
export const transportSecurity = defineCheck({
  id: "lds-00/transport-security",
  title: "HTTPS only, with TLS 1.2 or later",
  standard: "LDS-00",
  requirements: ["LDS-00-R01"],
  async run(context) {
    const url = new URL(context.baseUrl);
    const { response } = await context.http.request({ path: "/" });
    const info = response.json as ApiInfo | undefined;
    if (info?.environment === "sandbox" && LOOPBACK.test(url.hostname)) {
      return context.skip("a sandbox on a loopback address is exempt from LDS-00-R01");
    }
    context.expect(url.protocol, `scheme of the base URL ${context.baseUrl}`).toBe("https:");
    const port = Number(url.port || 443);
    context.expect(await handshake(url.hostname, port, "TLSv1.1"), "a TLS 1.1 handshake succeeded").toBe(false);
    context.expect(await handshake(url.hostname, port, "TLSv1.2"), "a TLS 1.2 handshake succeeded").toBe(true);
    const plain = await plainHttp(url);
    if (!plain) return;
    context
      .expect(plain.status, `status of GET http://${url.hostname}${url.pathname}/ over plain HTTP`)
      .toSatisfy((status) => status >= 300 && status < 500, "a refused connection, a 3xx redirect or a 4xx");
    let body: unknown;
    try {
      body = JSON.parse(plain.body);
    } catch {}
    context
      .expect(context.validator.validate("lds-00/api-info", body).length, "API information served over plain HTTP")
      .toSatisfy((errors) => errors > 0, "no API information over plain HTTP");
  },
});

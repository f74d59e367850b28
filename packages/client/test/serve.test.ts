import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clientCredentials } from "@lds/client";
import { createLds00Client } from "@lds/client/lds-00";
import { createLds04Client } from "@lds/client/lds-04";
import { createLds05Client } from "@lds/client/lds-05";
import type { SupplierDeclaration } from "@lds/types/conformance";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// The built `lds` command, as a supplier runs it (`npm run setup` builds it).
const bin = join(import.meta.dirname, "..", "..", "cli", "bin", "lds.js");
const dir = mkdtempSync(join(tmpdir(), "lds-client-serve-"));
const declarationFile = join(dir, "declaration.json");
let server: ChildProcess | undefined;
let baseUrl = "";
let declaration: SupplierDeclaration;

/** Starts `lds serve` on a free loopback port and waits for the line that names its base URL. */
function serve(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [bin, "serve", "--port", "0", "--sandbox", "--write-declaration", declarationFile],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    server = child;
    let out = "";
    let err = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /serving (http:\/\/\S+)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`lds serve exited with ${code}: ${err.trim()}`)));
  });
}

beforeAll(async () => {
  baseUrl = await serve();
  declaration = JSON.parse(readFileSync(declarationFile, "utf8"));
}, 120_000);

afterAll(async () => {
  const child = server;
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

const as = (organisation: string) => {
  const client = declaration.clients[organisation];
  if (!client) throw new Error(`the declaration has no client for ${organisation}`);
  return clientCredentials({
    tokenUrl: declaration.token_endpoint!,
    clientId: client.client_id,
    clientSecret: client.client_secret,
  });
};

describe("the clients against a real `lds serve`", () => {
  test("LDS-00: the platform describes itself at its base URL", async () => {
    const info = await createLds00Client({ baseUrl }).GET("/");
    expect(info.ok && info.data.base_url).toBe(baseUrl);
    expect(info.ok && info.data.token_url).toBe(declaration.token_endpoint);
  });

  test("LDS-05: requester B's agreements over every page, with one token", async () => {
    const lds05 = createLds05Client({ baseUrl, auth: as("org-test-requester-b") });
    const all = await lds05.collect("GET", "/agreements", { params: { query: { size: 1 } } });
    if (!all.ok) throw new Error(all.problem.code);
    expect(all.data.map((agreement) => agreement.status).sort()).toEqual(["active", "suspended", "terminated"]);
  });

  test("LDS-04: an objection written, then found by search; a bad one is a problem result", async () => {
    const lds04 = createLds04Client({ baseUrl, auth: as("org-northmoor-council") });
    const subject = { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000026" };
    const created = await lds04.POST("/objections", {
      body: { subject, purposes: ["planning"], actor: { role: "subject" }, channel: "post" },
    });
    if (!created.ok) throw new Error(created.problem.code);
    const found = await lds04.collect("POST", "/objections/$search", { body: { subject } });
    expect(found.ok && found.data.map((objection) => objection.id)).toContain(created.data.id);
    const refused = await lds04.POST("/objections", {
      body: { subject, purposes: ["direct-care" as never], actor: { role: "subject" }, channel: "post" },
    });
    expect(refused.ok || refused.problem.status).toBe(422);
  });

  test("a client with a wrong secret gets an unauthorised problem, not an exception", async () => {
    const client = declaration.clients["org-test-requester-a"]!;
    const auth = clientCredentials({
      tokenUrl: declaration.token_endpoint!,
      clientId: client.client_id,
      clientSecret: "not-the-secret",
    });
    const result = await createLds05Client({ baseUrl, auth }).GET("/agreements");
    expect(result.ok || result.problem.code).toBe("unauthorised");
  });
});

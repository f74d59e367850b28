import { writeFileSync } from "node:fs";
import { createPlatform, listen, sandboxDeclaration, seedSandbox } from "@lds/platform";
import type { Command } from "commander";
import { stringify } from "yaml";
import { type Io, UsageError } from "../io.ts";

interface ServeOptions {
  port: string;
  host: string;
  dataDir?: string;
  databaseUrl?: string;
  sandbox?: boolean;
  writeDeclaration?: string;
}

function port(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new UsageError(`--port must be 0–65535, not "${text}"`);
  return value;
}

/**
 * `lds serve`: the reference platform on HTTP until stopped. `--sandbox` seeds the personas and the test
 * organisations' clients; `--write-declaration` writes the supplier declaration the conformance suite reads.
 */
export function serveCommand(program: Command, io: Io): void {
  program
    .command("serve")
    .description("run the LDS reference platform")
    .option("--port <port>", "port to listen on (0: any free port)", "8080")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--data-dir <dir>", "keep embedded Postgres's files here (in memory when absent)")
    .option("--database-url <url>", "use this PostgreSQL server instead (default: $DATABASE_URL)")
    .option("--sandbox", "seed the synthetic personas and the test organisations")
    .option("--write-declaration <file>", "write a supplier declaration for this instance (.yaml or .json)")
    .action(async (options: ServeOptions) => {
      if (options.writeDeclaration && !options.sandbox) throw new UsageError("--write-declaration needs --sandbox");
      const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
      if (databaseUrl && options.dataDir) throw new UsageError("give --data-dir or --database-url, not both");
      const platform = await createPlatform({
        databaseUrl,
        dataDir: options.dataDir,
        config: { environment: options.sandbox ? "sandbox" : "production" },
      });
      const clients = options.sandbox ? await seedSandbox(platform) : [];
      const server = await listen(platform, { port: port(options.port), host: options.host });
      if (options.writeDeclaration) {
        const declaration = sandboxDeclaration(platform, server.baseUrl, clients);
        const text = /\.json$/i.test(options.writeDeclaration)
          ? `${JSON.stringify(declaration, null, 2)}\n`
          : stringify(declaration);
        writeFileSync(options.writeDeclaration, text, { mode: 0o600 });
      }
      io.out(`LDS reference platform${options.sandbox ? " (sandbox)" : ""} serving ${server.baseUrl}`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await server.close();
      await platform.close();
    });
}

import { createPlatform, listen, sandboxDeclaration, seedSandbox } from "@lds/platform";
import type { SupplierDeclaration } from "@lds/types/conformance";

/** The reference platform, running in sandbox mode for a conformance run, with its declaration. */
export interface EmbeddedPlatform {
  readonly declaration: SupplierDeclaration;
  close(): Promise<void>;
}

/**
 * Starts the reference platform in memory, seeds the sandbox personas and clients, and serves it on a free
 * loopback port: what `lds conformance run` certifies when given no target.
 */
export async function startEmbeddedPlatform(): Promise<EmbeddedPlatform> {
  const platform = await createPlatform({ config: { environment: "sandbox" } });
  try {
    const clients = await seedSandbox(platform);
    const server = await listen(platform, { port: 0, host: "127.0.0.1" });
    return {
      declaration: sandboxDeclaration(platform, server.baseUrl, clients),
      async close() {
        await server.close();
        await platform.close();
      },
    };
  } catch (error) {
    await platform.close();
    throw error;
  }
}

import {
  createPlatform,
  listen,
  type Platform,
  type PlatformOptions,
  sandboxDeclaration,
  seedSandbox,
} from "@lds/platform";
import type { SupplierDeclaration } from "@lds/types/conformance";

/** The reference platform, running in sandbox mode for a conformance run, with its declaration. */
export interface EmbeddedPlatform {
  readonly declaration: SupplierDeclaration;
  readonly platform: Platform;
  close(): Promise<void>;
}

/** How a platform answers on the wire, given the reference platform's own answer. */
export type FetchWrapper = (
  fetch: (request: Request) => Promise<Response>,
  platform: Platform,
) => (request: Request) => Promise<Response>;

/** A variant of the reference platform: different options, or requests and responses changed on the wire. */
export interface PlatformVariant {
  readonly options?: PlatformOptions;
  readonly wrap?: FetchWrapper;
}

/**
 * Starts the reference platform in memory, seeds the sandbox personas and clients, and serves it on a free
 * loopback port: what `lds conformance run` certifies when given no target. A variant serves a deliberately
 * changed platform (the faux platforms the suite is proven against).
 */
export async function startEmbeddedPlatform(variant: PlatformVariant = {}): Promise<EmbeddedPlatform> {
  const platform = await createPlatform({ config: { environment: "sandbox" }, ...variant.options });
  try {
    const clients = await seedSandbox(platform);
    const served = variant.wrap ? { ...platform, fetch: variant.wrap(platform.fetch, platform) } : platform;
    const server = await listen(served, { port: 0, host: "127.0.0.1" });
    return {
      declaration: sandboxDeclaration(platform, server.baseUrl, clients),
      platform,
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

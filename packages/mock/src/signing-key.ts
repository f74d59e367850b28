import { generateKeyPairSync } from "node:crypto";
import type { PlatformOptions } from "@lds/platform";

/**
 * A private Ed25519 JWK for the mock's tokens, made once per mock so that a token issued before `reset()` is still
 * accepted after it.
 */
export const signingKey = (): NonNullable<PlatformOptions["signingKey"]> =>
  generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" }) as NonNullable<PlatformOptions["signingKey"]>;

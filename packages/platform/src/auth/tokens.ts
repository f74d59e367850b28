import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK, jwtVerify, SignJWT } from "jose";
import type { Requester } from "../context.ts";

const ISSUER = "urn:lds:reference-platform";
const AUDIENCE = "urn:lds:api";
const ALG = "EdDSA";
/** Access tokens live for an hour (RFC 6749 `expires_in`). */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** Issues and verifies the platform's access tokens: JWTs signed with Ed25519 that name the requester organisation. */
export interface Tokens {
  issue(requester: Requester): Promise<string>;
  /** The requester a token was issued to, or undefined when it is not a valid, unexpired token of this platform. */
  verify(token: string): Promise<Requester | undefined>;
  /** The public key, as a JWK, for anyone verifying tokens outside the platform. */
  readonly publicJwk: JWK;
}

/** A signing key pair, generated or loaded from a private JWK. */
export async function createTokens(privateJwk?: JWK, now: () => Date = () => new Date()): Promise<Tokens> {
  const { privateKey, publicKey } = privateJwk
    ? {
        privateKey: await importJWK(privateJwk, ALG),
        publicKey: await importJWK({ kty: privateJwk.kty, crv: privateJwk.crv, x: privateJwk.x } as JWK, ALG),
      }
    : await generateKeyPair(ALG, { crv: "Ed25519", extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const seconds = () => Math.floor(now().getTime() / 1000);
  return {
    publicJwk,
    issue: (requester) =>
      new SignJWT({ org: requester.organisation, org_name: requester.name, scope: requester.scopes.join(" ") })
        .setProtectedHeader({ alg: ALG })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject(requester.clientId)
        .setJti(randomUUID())
        .setIssuedAt(seconds())
        .setExpirationTime(seconds() + TOKEN_LIFETIME_SECONDS)
        .sign(privateKey),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, publicKey, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: [ALG],
          currentDate: now(),
        });
        const org = payload.org as Requester["organisation"] | undefined;
        if (!payload.sub || !org || typeof org.system !== "string" || typeof org.value !== "string") return undefined;
        return {
          clientId: payload.sub,
          organisation: { system: org.system, value: org.value },
          name: String(payload.org_name ?? ""),
          scopes: String(payload.scope ?? "")
            .split(" ")
            .filter(Boolean),
        };
      } catch {
        return undefined;
      }
    },
  };
}

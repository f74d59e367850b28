import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { canonicalize } from "@lds/canonical-json";

/** An Ed25519 public key as a JWK (RFC 8037). */
export interface PublicJwk {
  readonly kty: "OKP";
  readonly crv: "Ed25519";
  readonly x: string;
}

/** The key a report is signed with: the private key, its public JWK and key id. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicJwk: PublicJwk;
  /** RFC 7638 thumbprint of the public JWK. */
  readonly kid: string;
}

/** A key file that cannot be used. */
export class SigningKeyError extends Error {
  override name = "SigningKeyError";
}

/** RFC 7638 JWK thumbprint: base64url SHA-256 of the required members in canonical form. */
export function thumbprint(jwk: PublicJwk): string {
  return createHash("sha256")
    .update(canonicalize({ crv: jwk.crv, kty: jwk.kty, x: jwk.x }))
    .digest("base64url");
}

/** The public JWK of an Ed25519 key; throws for any other kind of key. */
export function publicJwkOf(key: KeyObject): PublicJwk {
  const jwk = createPublicKey(key).export({ format: "jwk" }) as { kty?: string; crv?: string; x?: string };
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string") {
    throw new SigningKeyError("the key is not an Ed25519 key");
  }
  return { kty: "OKP", crv: "Ed25519", x: jwk.x };
}

const fromPrivateKey = (privateKey: KeyObject): SigningKey => {
  const publicJwk = publicJwkOf(privateKey);
  return { privateKey, publicJwk, kid: thumbprint(publicJwk) };
};

/** A signing key from a file holding a private Ed25519 JWK (`--signing-key`). */
export function readSigningKey(path: string): SigningKey {
  let jwk: unknown;
  try {
    jwk = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SigningKeyError(`cannot read the signing key ${path}: ${code ?? (error as Error).message}`);
  }
  const { kty, crv, d } = (jwk ?? {}) as { kty?: unknown; crv?: unknown; d?: unknown };
  if (kty !== "OKP" || crv !== "Ed25519" || typeof d !== "string") {
    throw new SigningKeyError(`${path} is not a private Ed25519 JWK (kty OKP, crv Ed25519, with d)`);
  }
  try {
    return fromPrivateKey(createPrivateKey({ key: jwk as import("node:crypto").JsonWebKey, format: "jwk" }));
  } catch (error) {
    throw new SigningKeyError(`${path} is not a usable Ed25519 key: ${(error as Error).message}`);
  }
}

/** A public Ed25519 JWK from a file (`report verify --public-key`); a private JWK's public part also serves. */
export function readPublicJwk(path: string): PublicJwk {
  let jwk: { kty?: unknown; crv?: unknown; x?: unknown };
  try {
    jwk = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SigningKeyError(`cannot read the public key ${path}: ${code ?? (error as Error).message}`);
  }
  if (jwk?.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string") {
    throw new SigningKeyError(`${path} is not an Ed25519 JWK (kty OKP, crv Ed25519, x)`);
  }
  return { kty: "OKP", crv: "Ed25519", x: jwk.x };
}

/** The default key file, under the current directory (gitignored): consecutive runs share it. */
export const defaultKeyPath = (cwd: string) => join(cwd, ".lds", "signing-key.json");

/** The key in `path`, generated (and written, readable only by its owner) when the file does not exist. */
export function localSigningKey(path: string): SigningKey {
  if (existsSync(path)) return readSigningKey(path);
  const { privateKey } = generateKeyPairSync("ed25519");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(privateKey.export({ format: "jwk" }), null, 2)}\n`, { mode: 0o600 });
  return fromPrivateKey(privateKey);
}

import { createPublicKey, sign, verify } from "node:crypto";
import { canonicalize } from "@lds/canonical-json";
import type { PublicJwk, SigningKey } from "./signing-key.ts";
import type { ConformanceReport, UnsignedReport } from "./types.ts";

/** What is signed: the report without its signature, as RFC 8785 canonical JSON, in UTF-8. */
export const signedBytes = (report: UnsignedReport) => Buffer.from(canonicalize(report), "utf8");

/** The report with an Ed25519 signature block: the public key, its thumbprint as key id, and the signature. */
export function signReport(report: UnsignedReport, key: SigningKey): ConformanceReport {
  const value = sign(null, signedBytes(report), key.privateKey).toString("base64url");
  return { ...report, signature: { alg: "EdDSA", kid: key.kid, jwk: key.publicJwk, value } };
}

/** Whether `value` is an Ed25519 signature of the report by the key `jwk`. */
export function signatureHolds(report: UnsignedReport, jwk: PublicJwk, value: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: "jwk" });
    return verify(null, signedBytes(report), key, Buffer.from(value, "base64url"));
  } catch {
    return false;
  }
}

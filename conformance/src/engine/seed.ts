import { createHash } from "node:crypto";

/**
 * A property's own seed, derived from the run's seed and the property's place (check id and property name), so
 * that adding, removing or reordering checks never shifts another check's generated cases.
 */
export function deriveSeed(runSeed: number, ...place: readonly string[]): number {
  const digest = createHash("sha256")
    .update(`${runSeed}\0${place.join("\0")}`)
    .digest();
  return digest.readInt32BE(0);
}

/** A fresh run seed: a 31-bit non-negative integer, easy to type back in. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

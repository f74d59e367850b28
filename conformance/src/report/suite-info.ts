import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suiteDigest } from "./digest.ts";

/** The suite's name, version and source digest, as a report states them. */
export interface SuiteInfo {
  readonly name: string;
  readonly version: string;
  readonly digest: string;
}

let cached: SuiteInfo | undefined;

/** This suite: from its package.json and its source files (computed once per process). */
export function suiteInfo(): SuiteInfo {
  if (!cached) {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as {
      name: string;
      version: string;
    };
    cached = { name: manifest.name, version: manifest.version, digest: suiteDigest() };
  }
  return cached;
}

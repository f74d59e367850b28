import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { canonicalize } from "@lds/canonical-json";
import type { SupplierDeclaration } from "@lds/types/conformance";

const sha256 = (data: string | Buffer) => `sha256:${createHash("sha256").update(data).digest("hex")}`;

/** Every file under a folder, relative paths with `/`, sorted; node_modules, dist and dotfiles left out. */
function filesUnder(root: string, keep: (path: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === "dist") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (keep(path)) found.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(root);
  return found.sort();
}

/**
 * sha256 over files: for each, in path order, its relative path, a NUL, its bytes and a NUL — so renaming,
 * adding, removing or changing any file changes the digest.
 */
export function digestFiles(root: string, keep: (path: string) => boolean = () => true): string {
  const hash = createHash("sha256");
  for (const path of filesUnder(root, keep)) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update("\0");
  }
  return `sha256:${hash.digest("hex")}`;
}

/** The suite's own source: every non-test TypeScript file under src/ (the package ships src/, so built runs agree). */
export function suiteDigest(): string {
  const source = join(import.meta.dirname, "..", "..", "src");
  return digestFiles(source, (path) => path.endsWith(".ts") && !path.endsWith(".test.ts"));
}

/** The standards the suite read: every file of the standards folder. */
export const standardsDigest = (root: string) => digestFiles(root);

/** The declaration without secrets, in canonical JSON, hashed: identifies it without disclosing credentials. */
export function declarationDigest(declaration: SupplierDeclaration): string {
  const clients = Object.fromEntries(
    Object.entries(declaration.clients).map(([id, client]) => {
      const { client_secret: _secret, ...rest } = client ?? { client_id: "", client_secret: "", scopes: [] };
      return [id, rest];
    }),
  );
  return sha256(canonicalize({ ...declaration, clients }));
}

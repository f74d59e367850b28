// `pnpm generate`: writes packages/types/src/*.gen.ts from the schemas, removing files no schema produces.
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalogue } from "@lds/catalogue";
import { generateTypes } from "./generate.ts";

const out = join(import.meta.dirname, "..", "..", "types", "src");
const files = await generateTypes(loadCatalogue());
for (const stale of readdirSync(out).filter((name) => name.endsWith(".gen.ts") && !files.has(name))) {
  rmSync(join(out, stale));
}
for (const [name, contents] of files) writeFileSync(join(out, name), contents);
console.log(`generated ${files.size} files in packages/types/src`);

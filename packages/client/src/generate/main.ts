// `pnpm --filter @lds/client generate`: writes src/lds-NN/openapi.gen.ts from the standards' OpenAPI documents.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadCatalogue } from "@lds/catalogue";
import { generateOpenApiTypes } from "./openapi-types.ts";

const src = join(import.meta.dirname, "..");
const files = await generateOpenApiTypes(loadCatalogue());
for (const [name, contents] of files) {
  mkdirSync(dirname(join(src, name)), { recursive: true });
  writeFileSync(join(src, name), contents);
}
console.log(`generated ${files.size} files in packages/client/src`);
